// The env's own generator of board seeds, as Gymnasium's np_random: reset(seed) seeds it, every
// later reset() draws the next board from it. Integer math only (a Weyl sequence through the
// murmur3 finaliser, "splitmix32"), so a seed gives the same boards in Node, Chromium or any
// process. It is not the sim's PRNG: the sim gets only the drawn seed, through createWorld.
import { webcrypto } from 'node:crypto';

export class SeedStream {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** The next board seed, an integer 0..2^32-1. */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }
}

/** A generator seed from the operating system's entropy, for an env that was never given one. */
export function osSeed(): number {
  return webcrypto.getRandomValues(new Uint32Array(1))[0]!;
}
