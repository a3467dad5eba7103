import { describe, expect, it } from 'vitest';
import { REBINDABLE_ACTIONS } from '../../src/input/actions';
import { defaultBindings, planRebind, unboundActions, type Bindings } from '../../src/input/bindings';

function codes(b: Bindings): string[] {
  return REBINDABLE_ACTIONS.flatMap((a) => b[a]);
}

describe('planRebind', () => {
  it('a free key simply replaces the slot', () => {
    const plan = planRebind(defaultBindings(), 'reload', 0, 'KeyT');
    expect(plan.kind).toBe('free');
    if (plan.kind !== 'free') return;
    expect(plan.bindings.reload).toEqual(['KeyT']);
    expect(unboundActions(plan.bindings)).toEqual([]);
  });

  it('the key already in that slot changes nothing', () => {
    expect(planRebind(defaultBindings(), 'moveUp', 0, 'KeyW')).toEqual({ kind: 'same' });
  });

  it("the action's own alternate trades places with its primary", () => {
    const plan = planRebind(defaultBindings(), 'moveUp', 0, 'ArrowUp');
    expect(plan.kind).toBe('free');
    if (plan.kind === 'free') expect(plan.bindings.moveUp).toEqual(['ArrowUp', 'KeyW']);
  });

  it("a key another action uses is a swap: the other action gets the key given up, in the same place", () => {
    const before = defaultBindings();
    const plan = planRebind(before, 'moveUp', 0, 'KeyR');
    expect(plan.kind).toBe('swap');
    if (plan.kind !== 'swap') return;
    expect(plan.other).toBe('reload');
    expect(plan.given).toBe('KeyW');
    expect(plan.unbound).toBeNull();
    expect(plan.bindings.moveUp).toEqual(['KeyR', 'ArrowUp']);
    expect(plan.bindings.reload).toEqual(['KeyW']);
    expect(before.reload).toEqual(['KeyR']); // input untouched
    // A swap never loses or doubles a key.
    expect(codes(plan.bindings).sort()).toEqual(codes(before).sort());
    expect(unboundActions(plan.bindings)).toEqual([]);
  });

  it('swapping into the slot of the key taken keeps the other action alternate in place', () => {
    // Right mouse is throw's alternate: taking it for fire gives throw Left mouse as its alternate.
    const plan = planRebind(defaultBindings(), 'fire', 0, 'Mouse2');
    expect(plan.kind).toBe('swap');
    if (plan.kind !== 'swap') return;
    expect(plan.bindings.fire).toEqual(['Mouse2']);
    expect(plan.bindings.throw).toEqual(['KeyG', 'Mouse0']);
  });

  it('says when the other action is left with no key (nothing given back)', () => {
    // Fire has no alternate: binding Space there takes dive's only key and gives none back.
    const plan = planRebind(defaultBindings(), 'fire', 1, 'Space');
    expect(plan.kind).toBe('swap');
    if (plan.kind !== 'swap') return;
    expect(plan.given).toBeNull();
    expect(plan.unbound).toBe('dive');
    expect(plan.bindings.fire).toEqual(['Mouse0', 'Space']);
    expect(plan.bindings.dive).toEqual([]);
    expect(unboundActions(plan.bindings)).toEqual(['dive']);
  });

  it('an action with two keys that loses one is not unbound', () => {
    const plan = planRebind(defaultBindings(), 'reload', 1, 'ArrowUp');
    expect(plan.kind).toBe('swap');
    if (plan.kind !== 'swap') return;
    expect(plan.other).toBe('moveUp');
    expect(plan.given).toBeNull();
    expect(plan.unbound).toBeNull();
    expect(plan.bindings.moveUp).toEqual(['KeyW']);
  });

  it('when the other action already has the key given up, it just loses the taken one', () => {
    let b: Bindings = defaultBindings();
    const first = planRebind(b, 'throw', 1, 'KeyT'); // throw: G, T
    if (first.kind !== 'free') throw new Error('expected free');
    b = first.bindings;
    const plan = planRebind(b, 'reload', 0, 'KeyT');
    expect(plan.kind).toBe('swap');
    if (plan.kind !== 'swap') return;
    expect(plan.given).toBe('KeyR');
    expect(plan.bindings.throw).toEqual(['KeyG', 'KeyR']);
    expect(plan.bindings.reload).toEqual(['KeyT']);
  });
});
