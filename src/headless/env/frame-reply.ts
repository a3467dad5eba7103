// The raw bytes of the bridge's "frame" replies (obs "frame"): what follows the JSON header line,
// little-endian, no base64. A reset or restore sends the observations only:
//   observations  float32 [N][layout.length]                      (N = 1 without --num-envs)
// A vector step sends, in this order (each part starts aligned to its own size):
//   rewards       float64 [N]        at 0
//   observations  float32 [N][L]     at 8N
//   terminated    uint8   [N]        at 8N + 4NL       (1 or 0)
//   truncated     uint8   [N]        at 9N + 4NL
// so numpy reads every part with np.frombuffer(frame, dtype, count, offset), without a copy.
import type { FlatVectorStep } from './vector-env';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The bytes of a typed array, little-endian (a view on a little-endian machine, a swapped copy elsewhere). */
function littleEndian(values: Float32Array | Float64Array): Uint8Array {
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  if (LITTLE_ENDIAN) return bytes;
  const copy = Buffer.from(bytes);
  return values.BYTES_PER_ELEMENT === 8 ? copy.swap64() : copy.swap32();
}

/** Byte size of a vector step's frame. */
export function stepFrameBytes(numEnvs: number, obsLength: number): number {
  return numEnvs * (8 + 4 * obsLength + 2);
}

/** Builds frames into one reused buffer: a frame is valid until the next one is built. */
export class FrameWriter {
  private bytes = new Uint8Array(0);

  /** A reset's or restore's frame: the observations alone. */
  observations(block: Float32Array): Uint8Array {
    return littleEndian(block);
  }

  /** A vector step's frame (layout above). */
  step(flat: FlatVectorStep): Uint8Array {
    const n = flat.rewards.length;
    const size = stepFrameBytes(n, flat.observations.length / n);
    if (this.bytes.length !== size) this.bytes = new Uint8Array(size);
    let at = 0;
    this.bytes.set(littleEndian(flat.rewards), at);
    at += 8 * n;
    this.bytes.set(littleEndian(flat.observations), at);
    at += flat.observations.byteLength;
    this.bytes.set(flat.terminated, at);
    this.bytes.set(flat.truncated, at + n);
    return this.bytes;
  }
}
