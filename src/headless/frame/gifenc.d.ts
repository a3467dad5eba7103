// Types for the parts of gifenc (a CommonJS package without its own) that run clips use. How its
// exports arrive depends on the loader (named through an ES-module interop, or all on the default
// export under Node's own import): gif-library.ts finds them either way.
declare module 'gifenc' {
  export type Palette = number[][];
  export interface GifFrameOptions {
    palette?: Palette;
    /** Milliseconds (the GIF stores hundredths: gifenc rounds). */
    delay?: number;
    /** 0 loops forever, -1 plays once. */
    repeat?: number;
    /** Whether index `transparentIndex` leaves the pixel below showing. */
    transparent?: boolean;
    transparentIndex?: number;
    /** GIF disposal: 1 keeps this frame under the next (frames drawn as differences). */
    dispose?: number;
  }
  export interface Encoder {
    writeFrame(index: Uint8Array, width: number, height: number, opts?: GifFrameOptions): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  export type Format = 'rgb565' | 'rgb444' | 'rgba4444';
  export function GIFEncoder(opts?: { initialCapacity?: number; auto?: boolean }): Encoder;
  export function quantize(rgba: Uint8Array | Uint8ClampedArray, maxColors: number, opts?: { format?: Format }): Palette;
  export function applyPalette(rgba: Uint8Array | Uint8ClampedArray, palette: Palette, format?: Format): Uint8Array;
  const whole: unknown;
  export default whole;
}
