import { Button, nextU32, type TickInput } from '../../sim';
import type { BotDef } from './bot';

/** Mashes random inputs, each held for a random few ticks, from its own seeded stream. */
export const randomBot: BotDef = {
  name: 'random',
  description: 'seeded random inputs, each held for 1-20 ticks',
  create(seed) {
    const stream = { rng: seed ^ 0x5bd1e995 };
    let held: TickInput = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };
    let left = 0;
    return {
      act() {
        if (left-- > 0) return held;
        left = nextU32(stream) % 20;
        const r = nextU32(stream);
        const b = nextU32(stream);
        held = {
          // `| 0`: r is a full 32-bit number, so the arithmetic is in doubles; small integers keep
          // the input's fields laid out as such (AS_DOUBLE in the sim says why that matters).
          moveX: ((r % 255) - 127) | 0,
          moveY: (((r >>> 8) % 255) - 127) | 0,
          aim: ((r >>> 16) % 4096) | 0,
          buttons: (b % 2 ? Button.Fire : 0) | (b % 23 === 0 ? Button.Dive : 0) | (b % 17 === 0 ? Button.Use : 0) | (b % 29 === 0 ? Button.Reload : 0),
        };
        return held;
      },
    };
  },
};
