// gifenc's three functions, however the loader hands the CommonJS package over: Vite and tsx give
// its named exports, Node's own `import` (the prebuilt `npm run sim`) puts them all on the default.
import * as gifencModule from 'gifenc';
import type { Encoder, Format, Palette } from 'gifenc';

export interface GifLibrary {
  GIFEncoder(): Encoder;
  quantize(rgba: Uint8Array, maxColors: number, opts?: { format?: Format }): Palette;
  applyPalette(rgba: Uint8Array, palette: Palette, format?: Format): Uint8Array;
}

function isLibrary(m: unknown): m is GifLibrary {
  const lib = m as Partial<GifLibrary> | null;
  return typeof lib?.GIFEncoder === 'function' && typeof lib.quantize === 'function' && typeof lib.applyPalette === 'function';
}

function find(): GifLibrary {
  const candidates: unknown[] = [gifencModule, (gifencModule as { default?: unknown }).default];
  const lib = candidates.find(isLibrary);
  if (!lib) throw new Error('gifenc: GIFEncoder, quantize and applyPalette not found in the installed package');
  return lib;
}

export const gif: GifLibrary = find();
