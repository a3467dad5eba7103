// The browser game: dev server (`npm start`) and production build. base './' so dist/ works from any
// path (itch.io, GitHub Pages, a file server).
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { levelHotReload } from './tools/dev/level-hot-reload.ts';

export default defineConfig({
  base: './',
  plugins: [
    // `npm start`: saving a map in Tiled reloads that level in the running page.
    levelHotReload(),
    // Offline play: a Workbox service worker (dist/sw.js) precaches the whole build. Build only: the
    // dev server gets none (src/pwa/register.ts registers it in production builds only).
    VitePWA({
      // public/manifest.webmanifest is the one manifest (tools/art/write-icons.ts draws its icons);
      // the plugin must not write a second.
      manifest: false,
      // src/pwa/register.ts registers it, and decides when a waiting update may take over.
      injectRegister: false,
      registerType: 'prompt',
      workbox: {
        // Everything the build holds: the code (levels, sounds and fonts are made or inlined in it),
        // the page, the manifest and its icons.
        globPatterns: ['**/*.{js,css,html,png,webmanifest,woff2,json,ogg,mp3,wav}'],
        // Phaser's chunk is ~1.4 MB; Workbox skips files over its 2 MiB default without failing.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Any page address (?level=..., #replay=...) is the one page, offline too.
        navigateFallback: 'index.html',
        // A new build waits until the next start (src/pwa/update-on-start.ts), never mid-run.
        skipWaiting: false,
        // The first install controls the page that installed it, so that page already plays offline.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Phaser is ~1.4 MB minified on its own; that is expected, not a warning.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser in its own chunk: game code changes don't bust its cache.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
});
