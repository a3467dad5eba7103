// Reads back the PNGs src/headless/png.ts writes (8-bit RGBA, no filtering), for tests.
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  readonly w: number;
  readonly h: number;
  readonly data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Throws on anything but a well-formed unfiltered RGBA PNG. */
export function decodePng(bytes: Buffer): DecodedPng {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG signature');
  let off = 8;
  let w = 0;
  let h = 0;
  let ended = false;
  const idat: Buffer[] = [];
  while (off < bytes.length) {
    const len = bytes.readUInt32BE(off);
    const type = bytes.toString('ascii', off + 4, off + 8);
    const body = bytes.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      w = body.readUInt32BE(0);
      h = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6) throw new Error('not 8-bit RGBA');
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') ended = true;
    off += 12 + len;
  }
  if (!ended || w === 0 || h === 0) throw new Error('truncated PNG');
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== (w * 4 + 1) * h) throw new Error('pixel data of the wrong size');
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    const row = y * (w * 4 + 1);
    if (raw[row] !== 0) throw new Error(`row ${y} is filtered`);
    data.set(raw.subarray(row + 1, row + 1 + w * 4), y * w * 4);
  }
  return { w, h, data };
}
