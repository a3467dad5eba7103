// Who is holding which action. A source is one physical control (a key code, 'Mouse0', 'Pad7');
// an action is down while any of its sources is, so releasing W while ↑ is held keeps moving.
import type { Action } from './actions';

export class ActionHolds {
  private readonly bySource = new Map<string, readonly Action[]>();
  private readonly count = new Map<Action, number>();

  /** Source pressed; returns the actions that went from up to down. A repeat of a held source is ignored. */
  down(source: string, actions: readonly Action[]): Action[] {
    if (this.bySource.has(source)) return [];
    this.bySource.set(source, actions);
    const pressed: Action[] = [];
    for (const a of actions) {
      const n = (this.count.get(a) ?? 0) + 1;
      this.count.set(a, n);
      if (n === 1) pressed.push(a);
    }
    return pressed;
  }

  /** Source released; returns the actions that went from down to up. Releases what the press held,
   *  even if the bindings changed in between. */
  up(source: string): Action[] {
    const actions = this.bySource.get(source);
    if (!actions) return [];
    this.bySource.delete(source);
    const released: Action[] = [];
    for (const a of actions) {
      const n = (this.count.get(a) ?? 1) - 1;
      if (n > 0) this.count.set(a, n);
      else {
        this.count.delete(a);
        released.push(a);
      }
    }
    return released;
  }

  /** Releases every source matching `which` (all by default); returns the actions that went up. */
  upAll(which: (source: string) => boolean = () => true): Action[] {
    const released: Action[] = [];
    for (const s of [...this.bySource.keys()]) if (which(s)) released.push(...this.up(s));
    return released;
  }

  isDown(a: Action): boolean {
    return this.count.has(a);
  }

  isSourceDown(source: string): boolean {
    return this.bySource.has(source);
  }
}
