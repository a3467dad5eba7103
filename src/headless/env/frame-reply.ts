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

/** A reset's or restore's frame: the observations alone. */
export function observationFrame(block: Float32Array): Uint8Array {
  return littleEndian(block);
}

/**
 * A vector step's frame, whose arrays VectorEnv.stepInto writes straight into: each is a view of
 * one buffer laid out as above, so on a little-endian machine the frame is that buffer, no copy.
 */
export class StepFrame {
  readonly flat: FlatVectorStep;
  private readonly buffer: ArrayBuffer;

  constructor(numEnvs: number, obsLength: number) {
    const n = numEnvs;
    this.buffer = new ArrayBuffer(stepFrameBytes(n, obsLength));
    const flags = 8 * n + 4 * n * obsLength;
    this.flat = {
      rewards: new Float64Array(this.buffer, 0, n),
      observations: new Float32Array(this.buffer, 8 * n, n * obsLength),
      terminated: new Uint8Array(this.buffer, flags, n),
      truncated: new Uint8Array(this.buffer, flags + n, n),
    };
  }

  /** The frame's bytes (valid until the next step is written into it). */
  bytes(): Uint8Array {
    if (LITTLE_ENDIAN) return new Uint8Array(this.buffer);
    const out = new Uint8Array(this.buffer.byteLength);
    const { rewards, observations, terminated, truncated } = this.flat;
    out.set(littleEndian(rewards), 0);
    out.set(littleEndian(observations), observations.byteOffset);
    out.set(terminated, terminated.byteOffset);
    out.set(truncated, truncated.byteOffset);
    return out;
  }
}
