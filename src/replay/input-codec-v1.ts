// Reads inputs text written before the range-coded format (input-codec.ts), so every replay file and
// link made since the game began still plays. Version 1 is varints, column after column:
//   tick count; moveX, moveY, buttons as runs of (length, value) (moveX and moveY zigzagged);
//   aim as wrapped changes from the previous tick, a 0 followed by how many ticks it stays;
//   aimDist coded as aim, after it, only when some tick had one (older files stop after aim).
import { ANGLE_MASK, type TickInput } from '../sim';
import { InputCodecError } from './input-codec-error';

const unzigzag = (n: number) => (n >>> 1) ^ -(n & 1);

/** The ticks version-1 bytes hold (range checks are the caller's). Throws InputCodecError. */
export function decodeInputsV1(bytes: Uint8Array, maxTicks: number): TickInput[] {
  let pos = 0;
  const read = (): number => {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= bytes.length) throw new InputCodecError('inputs: ends in the middle of the data');
      const b = bytes[pos++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
    }
    throw new InputCodecError('inputs: a number is too long');
  };
  if (bytes.length === 0) return [];
  const n = read();
  if (n > maxTicks) throw new InputCodecError(`inputs: more than ${maxTicks} ticks`);
  const column = (name: string, decode: (v: number) => number): number[] => {
    const values: number[] = [];
    while (values.length < n) {
      const run = read();
      const value = decode(read());
      if (run < 1 || values.length + run > n) throw new InputCodecError(`inputs: ${name} runs do not add up to ${n} ticks`);
      for (let k = 0; k < run; k++) values.push(value);
    }
    return values;
  };
  const moveX = column('moveX', unzigzag);
  const moveY = column('moveY', unzigzag);
  const buttons = column('buttons', (v) => v);
  const deltas = (name: string, wrap: (v: number) => number): number[] => {
    const values: number[] = [];
    let prev = 0;
    while (values.length < n) {
      const token = read();
      if (token === 0) {
        const run = read();
        if (run < 1 || values.length + run > n) throw new InputCodecError(`inputs: ${name} runs do not add up to ${n} ticks`);
        for (let k = 0; k < run; k++) values.push(prev);
      } else {
        prev = wrap(prev + unzigzag(token));
        values.push(prev);
      }
    }
    return values;
  };
  const aim = deltas('aim', (v) => v & ANGLE_MASK);
  const aimDist = pos < bytes.length ? deltas('aimDist', (v) => v) : null;
  if (pos !== bytes.length) throw new InputCodecError(`inputs: ${bytes.length - pos} bytes left over after ${n} ticks`);
  const out: TickInput[] = [];
  for (let i = 0; i < n; i++) {
    const base = { moveX: moveX[i]!, moveY: moveY[i]!, aim: aim[i]!, buttons: buttons[i]! };
    out.push(aimDist ? { ...base, aimDist: aimDist[i]! } : base);
  }
  return out;
}
