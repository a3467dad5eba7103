// Turns asynchronous press/release events into per-tick button states. The sim sees input only at
// 60 Hz ticks and detects presses as edges between ticks, so:
//  - a press released before the next tick still shows as down for one tick (a quick click fires);
//  - a release and re-press between two ticks shows as up for one tick, then down (two shots, not one);
//  - presses of one-shot actions (weapon slots) are reported once, whatever the hold length.
import type { Action } from './actions';

export interface TickSample {
  /** Actions to report as held this tick. */
  readonly down: ReadonlySet<Action>;
  /** Actions with a fresh press this tick, oldest first. */
  readonly pressed: readonly Action[];
}

export class TickLatch {
  private readonly held = new Set<Action>();
  /** Pressed since the last sample (insertion order = press order). */
  private readonly pressedSince = new Set<Action>();
  private readonly releasedSince = new Set<Action>();
  /** Re-presses postponed by one tick so the sim sees the release in between. */
  private readonly postponed = new Set<Action>();
  /** Down in the last sample. */
  private shown = new Set<Action>();
  /** Held across reset(); ignored until released, so e.g. the click on "Resume" does not fire. */
  private readonly ignored = new Set<Action>();

  press(a: Action): void {
    this.held.add(a);
    this.pressedSince.delete(a);
    this.pressedSince.add(a);
  }

  release(a: Action): void {
    this.held.delete(a);
    if (this.ignored.delete(a)) return;
    this.releasedSince.add(a);
  }

  /** Called once per sim tick. */
  sample(): TickSample {
    const down = new Set<Action>();
    const pressed: Action[] = [];
    const next: Action[] = [];
    for (const a of this.postponed) {
      down.add(a);
      pressed.push(a);
    }
    for (const a of this.pressedSince) {
      if (this.postponed.has(a)) continue;
      if (this.shown.has(a) && this.releasedSince.has(a)) {
        // Down last tick, released and pressed again since: show the release now, the press next tick.
        next.push(a);
        continue;
      }
      down.add(a);
      pressed.push(a);
    }
    for (const a of this.held) if (!this.ignored.has(a) && !next.includes(a)) down.add(a);
    this.postponed.clear();
    for (const a of next) this.postponed.add(a);
    this.pressedSince.clear();
    this.releasedSince.clear();
    // Shown only because it was latched: the sim thinks it is down, so it still owes a release.
    for (const a of down) if (!this.held.has(a)) this.releasedSince.add(a);
    this.shown = down;
    return { down, pressed };
  }

  /** Forgets pending presses; what is held now stays ignored until released. Call when the sim
   *  (re)starts or resumes, so presses made in a menu do not leak into the first tick. */
  reset(): void {
    this.pressedSince.clear();
    this.releasedSince.clear();
    this.postponed.clear();
    this.shown = new Set();
    for (const a of this.held) this.ignored.add(a);
  }
}
