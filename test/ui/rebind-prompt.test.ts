import { describe, expect, it } from 'vitest';
import { defaultBindings, planRebind } from '../../src/input/bindings';
import { swapDone, swapQuestion } from '../../src/ui/rebind-prompt';

function swap(...args: Parameters<typeof planRebind>) {
  const plan = planRebind(...args);
  if (plan.kind !== 'swap') throw new Error(`expected a swap, got ${plan.kind}`);
  return plan;
}

describe('swap prompt', () => {
  it('names the key, its action and what that action gets instead', () => {
    const plan = swap(defaultBindings(), 'moveUp', 0, 'KeyR');
    expect(swapQuestion('moveUp', 'KeyR', plan)).toBe('R is used by "Reload". Give it to "Move up"?\nEnter: swap ("Reload" gets W)    Esc: keep as it was');
    expect(swapDone('KeyR', plan)).toBe('Swapped: "Reload" is now W');
  });

  it('warns before an action is left with no key, and says so after', () => {
    const plan = swap(defaultBindings(), 'fire', 1, 'Space');
    expect(swapQuestion('fire', 'Space', plan)).toContain('"Dive" will have NO key');
    expect(swapDone('Space', plan)).toBe('Space taken: "Dive" has no key now');
  });

  it('each line fits the settings panel at scale 2 (1040 px; a character is at most 12 px: 86 characters)', () => {
    const plan = swap(defaultBindings(), 'slot4', 0, 'ShiftLeft');
    for (const line of swapQuestion('slot4', 'ShiftLeft', plan).split('\n')) expect(line.length, line).toBeLessThanOrEqual(86);
  });
});
