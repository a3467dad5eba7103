// A small GIF reader for the clip tests: walks the blocks, decodes each frame's LZW data and
// composites frames as a viewer does (transparent pixels keep the frame below; disposal 1 only).
export interface GifFrame {
  /** Delay in hundredths of a second, and whether the frame has a transparent index. */
  readonly delayCs: number;
  readonly disposal: number;
  /** The full picture after this frame, RGB. */
  readonly rgb: Uint8Array;
}

export interface Gif {
  readonly width: number;
  readonly height: number;
  readonly loops: boolean;
  readonly frames: readonly GifFrame[];
}

function colourTable(bytes: Uint8Array, at: number, size: number): number[][] {
  const table: number[][] = [];
  for (let i = 0; i < size; i++) table.push([bytes[at + i * 3]!, bytes[at + i * 3 + 1]!, bytes[at + i * 3 + 2]!]);
  return table;
}

function lzwDecode(data: Uint8Array, minCodeSize: number, pixels: number): Uint8Array {
  const out = new Uint8Array(pixels);
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  let size = minCodeSize + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = [];
    for (let i = 0; i < clear; i++) dict.push([i]);
    dict.push([], []);
    size = minCodeSize + 1;
  };
  reset();
  let bit = 0;
  let n = 0;
  let prev: number[] | null = null;
  while (bit + size <= data.length * 8) {
    let code = 0;
    for (let i = 0; i < size; i++, bit++) if (data[bit >> 3]! & (1 << (bit & 7))) code |= 1 << i;
    if (code === clear) {
      reset();
      prev = null;
      continue;
    }
    if (code === end) break;
    let entry: number[];
    if (code < dict.length) entry = dict[code]!;
    else if (prev) entry = [...prev, prev[0]!];
    else throw new Error(`bad LZW code ${code}`);
    for (const v of entry) if (n < pixels) out[n++] = v;
    if (prev && dict.length < 4096) dict.push([...prev, entry[0]!]);
    prev = entry;
    if (dict.length === 1 << size && size < 12) size++;
  }
  if (n !== pixels) throw new Error(`frame has ${n} pixels, expected ${pixels}`);
  return out;
}

export function readGif(bytes: Uint8Array): Gif {
  const text = (at: number, len: number) => String.fromCharCode(...bytes.subarray(at, at + len));
  if (text(0, 6) !== 'GIF89a') throw new Error(`not a GIF89a: ${text(0, 6)}`);
  const u16 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8);
  const width = u16(6);
  const height = u16(8);
  const flags = bytes[10]!;
  let at = 13;
  let global: number[][] = [];
  if (flags & 0x80) {
    const size = 2 << (flags & 7);
    global = colourTable(bytes, at, size);
    at += size * 3;
  }
  const canvas = new Uint8Array(width * height * 3);
  const frames: GifFrame[] = [];
  let loops = false;
  let delayCs = 0;
  let disposal = 0;
  let transparent = -1;
  const subBlocks = (): Uint8Array => {
    const parts: number[] = [];
    for (let len = bytes[at++]!; len > 0; len = bytes[at++]!) {
      parts.push(...bytes.subarray(at, at + len));
      at += len;
    }
    return Uint8Array.from(parts);
  };
  for (;;) {
    const kind = bytes[at++];
    if (kind === 0x3b) break;
    if (kind === 0x21) {
      const label = bytes[at++]!;
      if (label === 0xf9) {
        const packed = bytes[at + 1]!;
        disposal = (packed >> 2) & 7;
        delayCs = u16(at + 2);
        transparent = packed & 1 ? bytes[at + 4]! : -1;
        at += 1;
        at += 4;
        subBlocks();
      } else {
        const body = subBlocks();
        if (label === 0xff && String.fromCharCode(...body.subarray(0, 11)) === 'NETSCAPE2.0') loops = true;
      }
      continue;
    }
    if (kind !== 0x2c) throw new Error(`unexpected block 0x${(kind ?? 0).toString(16)} at ${at - 1}`);
    const fx = u16(at);
    const fy = u16(at + 2);
    const fw = u16(at + 4);
    const fh = u16(at + 6);
    const local = bytes[at + 8]!;
    at += 9;
    let table = global;
    if (local & 0x80) {
      const size = 2 << (local & 7);
      table = colourTable(bytes, at, size);
      at += size * 3;
    }
    const minCode = bytes[at++]!;
    const index = lzwDecode(subBlocks(), minCode, fw * fh);
    for (let y = 0; y < fh; y++) {
      for (let x = 0; x < fw; x++) {
        const c = index[y * fw + x]!;
        if (c === transparent) continue;
        const rgb = table[c]!;
        canvas.set(rgb, ((fy + y) * width + fx + x) * 3);
      }
    }
    frames.push({ delayCs, disposal, rgb: canvas.slice() });
    transparent = -1;
  }
  return { width, height, loops, frames };
}
