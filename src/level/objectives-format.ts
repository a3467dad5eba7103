// The map's `objectives` property: one objective per line, completed in order.
//
//   eliminate bar   | Clear out El Tarasco      every enemy of group "bar" dead ("*" = every enemy)
//   defeat tavo     | Deal with Tavo            the actor named "tavo" dead
//   reach alley_end | Get to the alley          the player inside the exit named "alley_end"
//   reach gate_out with carolina | Both of you  ... and each named actor (alive) inside it too
//   survive 1800    | Hold out for 30 seconds   ticks (60 = 1 s) since the previous objective
//   duel bucho 180 12 | Draw on Bucho           the standoff: the target moves 180 ticks in; El
//                                               must fire within 12 ticks of that cue
//
// Blank lines and lines starting with "#" are ignored. Targets are checked against the map later.

import type { Objective } from '../sim';

export const OBJECTIVE_KINDS = ['eliminate', 'defeat', 'reach', 'survive', 'duel'] as const;
export const OBJECTIVE_FORMAT = '"<eliminate|defeat|reach|survive|duel> <target> | <text>"';
export const REACH_FORMAT = '"reach <exit>" or "reach <exit> with <actor>[, <actor>…]" (e.g. "reach gate_out with carolina")';
export const DUEL_FORMAT = '"duel <actor> <cue ticks> <window ticks>" (e.g. "duel bucho 180 12")';

export interface ObjectiveLine {
  readonly line: number;
  readonly objective: Objective;
}

export type ObjectiveProblem = { readonly line: number; readonly expected: string; readonly got: string };

/** Parses the whole property; returns the objectives or the first problem. */
export function parseObjectives(value: string): ObjectiveLine[] | ObjectiveProblem {
  const out: ObjectiveLine[] = [];
  const lines = value.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const line = i + 1;
    const bar = raw.indexOf('|');
    const quoted = JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
    if (bar < 0) return { line, expected: OBJECTIVE_FORMAT, got: `${quoted} (no "|" before the text)` };
    const head = raw.slice(0, bar).trim();
    const text = raw.slice(bar + 1).trim();
    const space = head.search(/\s/);
    const kind = space < 0 ? head : head.slice(0, space);
    const target = space < 0 ? '' : head.slice(space).trim();
    if (!(OBJECTIVE_KINDS as readonly string[]).includes(kind)) {
      return { line, expected: `an objective kind (${OBJECTIVE_KINDS.join(', ')})`, got: JSON.stringify(kind) };
    }
    if (target === '') return { line, expected: `a target after "${kind}"`, got: `${quoted} (no target)` };
    if (text === '') return { line, expected: 'objective text after "|"', got: `${quoted} (no text)` };
    let objective: Objective;
    switch (kind) {
      case 'eliminate':
        objective = { type: 'eliminate', group: target === '*' ? '' : target, text };
        break;
      case 'defeat':
        objective = { type: 'defeat', target, text };
        break;
      case 'reach': {
        const reach = parseReach(target, text);
        if ('expected' in reach) return { line, ...reach };
        objective = reach;
        break;
      }
      case 'duel': {
        const duel = parseDuel(target, text);
        if ('expected' in duel) return { line, ...duel };
        objective = duel;
        break;
      }
      default: {
        const ticks = /^[0-9]{1,7}$/.test(target) ? Number(target) : NaN;
        if (!(ticks >= 1)) return { line, expected: 'a number of ticks from 1 (60 ticks = 1 s) after "survive"', got: JSON.stringify(target) };
        objective = { type: 'survive', ticks, text };
      }
    }
    out.push({ line, objective });
  }
  if (out.length === 0) return { line: 0, expected: `at least one objective line ${OBJECTIVE_FORMAT}`, got: 'none' };
  return out;
}

/** `<exit>` or `<exit> with <actor>, <actor>…`: the exit, and who must be inside it with El. */
function parseReach(target: string, text: string): Objective | { expected: string; got: string } {
  // Exit names may hold spaces ("street end"); " with " starts the companions.
  const m = /^(.*?)\s+with(?:\s+(.*))?$/.exec(target);
  if (!m) return { type: 'reach', exit: target, text };
  const exit = m[1]!;
  const names = (m[2] ?? '').split(',').map((s) => s.trim());
  if (names.some((n) => n === '' || /\s/.test(n))) return { expected: REACH_FORMAT, got: JSON.stringify(`reach ${target}`) };
  return { type: 'reach', exit, with: names, text };
}

/** `<actor> <cue> <window>`: both counts in ticks, at least 1. */
function parseDuel(target: string, text: string): Objective | { expected: string; got: string } {
  const parts = target.split(/\s+/);
  if (parts.length !== 3) return { expected: DUEL_FORMAT, got: JSON.stringify(`duel ${target}`) };
  const [name, cueText, windowText] = parts as [string, string, string];
  const ticks = (t: string) => (/^[0-9]{1,6}$/.test(t) ? Number(t) : NaN);
  const cue = ticks(cueText);
  const window = ticks(windowText);
  if (!(cue >= 1)) return { expected: 'a cue in ticks from 1 (60 ticks = 1 s) after the duel target', got: JSON.stringify(cueText) };
  if (!(window >= 1)) return { expected: 'a draw window in ticks from 1 after the cue', got: JSON.stringify(windowText) };
  return { type: 'duel', target: name, cue, window, text };
}
