// public/: the web manifest, the favicon and the app icons. The manifest parses with what an install
// needs, index.html links them, and a production build ships them as they are.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/art/palette';
import { decodePng } from '../headless/png-decode';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as Record<string, unknown> & { icons: ManifestIcon[] };
const paletteColours = new Set(Object.values(PALETTE).map((c) => c.toLowerCase()));

/** The local files a page links in its <head>: icons, the manifest. */
function linkedFiles(html: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const m of html.matchAll(/<link\s+rel="([^"]+)"[^>]*\shref="([^"]+)"/g)) links.set(m[1]!, m[2]!);
  return links;
}

describe('public/', () => {
  it('has a manifest with the fields an install needs, in the palette\'s colours', () => {
    expect(manifest.name).toBe('Desperado');
    expect(typeof manifest.short_name).toBe('string');
    expect((manifest.short_name as string).length).toBeLessThanOrEqual(12);
    expect(['fullscreen', 'standalone']).toContain(manifest.display);
    expect(manifest.start_url).toBe('./');
    for (const key of ['background_color', 'theme_color']) {
      expect(manifest[key], key).toMatch(/^#[0-9a-f]{6}$/);
      expect(paletteColours.has(manifest[key] as string), `${key} is an ART.md colour`).toBe(true);
    }
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });

  it('holds every icon the manifest names, a PNG of the size it claims', () => {
    for (const icon of manifest.icons) {
      const file = path.join('public', icon.src);
      expect(existsSync(file), file).toBe(true);
      expect(icon.type).toBe('image/png');
      const png = decodePng(readFileSync(file));
      expect(`${png.w}x${png.h}`).toBe(icon.sizes);
    }
  });

  it('is linked from index.html: favicon, home-screen icon, manifest, theme colour', () => {
    const html = readFileSync('index.html', 'utf8');
    const links = linkedFiles(html);
    for (const rel of ['icon', 'apple-touch-icon', 'manifest']) {
      const href = links.get(rel);
      expect(href, rel).toBeDefined();
      expect(existsSync(path.join('public', href!)), `${rel} -> ${href}`).toBe(true);
    }
    expect(html).toContain(`<meta name="theme-color" content="${manifest.theme_color as string}" />`);
  });

  describe('in the production build', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'desperado-dist-'));
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    it('ships each file unchanged and the built page links them relative to itself', () => {
      execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'pipe' });
      const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      const links = linkedFiles(html);
      for (const rel of ['icon', 'apple-touch-icon', 'manifest']) {
        const href = links.get(rel)!;
        // base './': the page works from any path, so its links must be relative.
        expect(href, rel).toMatch(/^\.\//);
        const built = path.join(outDir, href);
        expect(existsSync(built), `${rel} -> ${href}`).toBe(true);
      }
      for (const file of ['manifest.webmanifest', ...manifest.icons.map((i) => i.src), 'favicon-32.png']) {
        expect(readFileSync(path.join(outDir, file)).equals(readFileSync(path.join('public', file))), file).toBe(true);
      }
    }, 240_000);
  });
});
