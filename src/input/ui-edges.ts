// Edge-triggered actions for UI code (pause, menus): each press is consumed once. Presses become
// visible at the next beginFrame() and expire at the one after, so a stale press (say Space for a
// dive) cannot confirm a menu that opens seconds later.
import { REPEATING_ACTIONS, type Action } from './actions';

/** Menu moves repeat while held: first after REPEAT_DELAY_MS, then every REPEAT_INTERVAL_MS. */
export const REPEAT_DELAY_MS = 400;
export const REPEAT_INTERVAL_MS = 110;

export class UiEdges {
  private incoming = new Map<Action, number>();
  private current = new Map<Action, number>();
  /** Held repeating actions: when they fire next. */
  private readonly repeatAt = new Map<Action, number>();

  press(a: Action, now: number): void {
    this.incoming.set(a, (this.incoming.get(a) ?? 0) + 1);
    if (REPEATING_ACTIONS.has(a)) this.repeatAt.set(a, now + REPEAT_DELAY_MS);
  }

  release(a: Action): void {
    this.repeatAt.delete(a);
  }

  /** Called once per rendered frame, before the scene reads consume(). */
  beginFrame(now: number): void {
    for (const [a, at] of this.repeatAt) {
      if (now < at) continue;
      this.incoming.set(a, (this.incoming.get(a) ?? 0) + 1);
      // After a long stall, repeat once rather than replaying every missed interval.
      const next = at + REPEAT_INTERVAL_MS;
      this.repeatAt.set(a, next > now ? next : now + REPEAT_INTERVAL_MS);
    }
    this.current = this.incoming;
    this.incoming = new Map();
  }

  /** True once per press of `a` seen at the last beginFrame(). */
  consume(a: Action): boolean {
    const n = this.current.get(a) ?? 0;
    if (n === 0) return false;
    this.current.set(a, n - 1);
    return true;
  }

  /** Drops every unconsumed press (a scene change, a capture). */
  clear(): void {
    this.incoming.clear();
    this.current.clear();
  }
}
