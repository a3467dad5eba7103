// The novice's own random stream, seeded from the run seed: the sim's mulberry32 on a holder the
// bot owns, so drawing never touches the world and the same seed gives the same hand.
import { mix32, nextFloat, type RngHolder } from '../../../sim';

export class BotRng {
  private readonly holder: RngHolder;

  constructor(seed: number) {
    // A salt keeps the bot's stream apart from the world's own (seeded from the same number).
    this.holder = { rng: mix32((seed ^ 0x6e6f7669) >>> 0) };
  }

  /** Uniform in [0, 1). */
  float(): number {
    return nextFloat(this.holder);
  }

  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** About normally distributed, mean 0 and deviation 1 (the sum of four uniforms, rescaled). */
  gauss(): number {
    return (this.float() + this.float() + this.float() + this.float() - 2) * Math.sqrt(3);
  }
}
