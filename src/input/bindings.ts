// Which physical controls trigger which action. Keyed by KeyboardEvent.code (physical position, so
// AZERTY/Dvorak players get the same hand layout), `Mouse<button>` and `WheelUp`/`WheelDown`.
import * as v from 'valibot';
import { MENU_KEYS, REBINDABLE_ACTIONS, type Action, type MenuAction, type RebindableAction } from './actions';

export { describeCode } from './code-labels';

/** Codes an action may have (primary and alternate). */
export const MAX_CODES_PER_ACTION = 2;

export type Bindings = Readonly<Record<RebindableAction, readonly string[]>>;

const DEFAULTS: Bindings = {
  moveUp: ['KeyW', 'ArrowUp'],
  moveDown: ['KeyS', 'ArrowDown'],
  moveLeft: ['KeyA', 'ArrowLeft'],
  moveRight: ['KeyD', 'ArrowRight'],
  fire: ['Mouse0'],
  dive: ['Space'],
  reload: ['KeyR'],
  use: ['KeyE'],
  // Two codes at most, so only one wheel direction fits beside Q; WheelUp is free to bind.
  switchWeapon: ['KeyQ', 'WheelDown'],
  slot1: ['Digit1'],
  slot2: ['Digit2'],
  slot3: ['Digit3'],
  slot4: ['Digit4'],
  throw: ['KeyG', 'Mouse2'],
  focus: ['ShiftLeft'],
  pause: ['Escape'],
  restart: ['Backspace'],
};

/** A fresh copy each call, so callers can never edit the defaults. */
export function defaultBindings(): Record<RebindableAction, string[]> {
  return copy(DEFAULTS);
}

function copy(b: Bindings): Record<RebindableAction, string[]> {
  const out = {} as Record<RebindableAction, string[]>;
  for (const a of REBINDABLE_ACTIONS) out[a] = [...b[a]];
  return out;
}

export interface RebindResult {
  readonly bindings: Bindings;
  /** The other action the code was taken from, if any (the UI should say so). */
  readonly movedFrom: RebindableAction | null;
}

/**
 * Puts `code` in `action`'s slot `slotIndex` (0 primary, 1 alternate), replacing what was there.
 * A code is bound to one action only: taken from wherever it was. `code` null clears the slot.
 */
export function rebind(bindings: Bindings, action: RebindableAction, slotIndex: number, code: string | null): RebindResult {
  const out = copy(bindings);
  let movedFrom: RebindableAction | null = null;
  if (code !== null) {
    for (const a of REBINDABLE_ACTIONS) {
      const i = out[a].indexOf(code);
      if (i < 0) continue;
      out[a].splice(i, 1);
      if (a !== action) movedFrom = a;
    }
  }
  const list = out[action];
  const slot = Math.max(0, Math.min(MAX_CODES_PER_ACTION - 1, Math.trunc(slotIndex) || 0));
  if (code === null) {
    if (slot < list.length) list.splice(slot, 1);
  } else if (slot < list.length) {
    list[slot] = code;
  } else {
    list.push(code);
  }
  return { bindings: out, movedFrom };
}

/** What binding `code` to `action` would do, for the controls screen to ask before it does it. */
export type RebindPlan =
  /** The code is already the action's key there: nothing to do. */
  | { readonly kind: 'same' }
  /** No other action uses the code: apply `bindings`. */
  | { readonly kind: 'free'; readonly bindings: Bindings }
  /**
   * `other` uses the code: ask first. Confirming applies `bindings`, where `other` takes the key
   * `action` gives up (`given`, null when it had none there); `unbound` names `other` when that
   * leaves it with no key at all.
   */
  | { readonly kind: 'swap'; readonly other: RebindableAction; readonly given: string | null; readonly unbound: RebindableAction | null; readonly bindings: Bindings };

/** Plans binding `code` into `action`'s slot `slotIndex` (0 primary, 1 alternate), swapping with whoever has it. */
export function planRebind(bindings: Bindings, action: RebindableAction, slotIndex: number, code: string): RebindPlan {
  const slot = Math.max(0, Math.min(MAX_CODES_PER_ACTION - 1, Math.trunc(slotIndex) || 0));
  const own = bindings[action];
  if (own[slot] === code) return { kind: 'same' };
  const other = REBINDABLE_ACTIONS.find((a) => a !== action && bindings[a].includes(code)) ?? null;
  const out = copy(bindings);
  const list = out[action];
  // Already the action's other slot: the two slots trade places.
  const ownAt = list.indexOf(code);
  if (ownAt >= 0) list.splice(ownAt, 1);
  const given = slot < own.length && ownAt < 0 ? own[slot]! : null;
  if (slot < list.length) list[slot] = code;
  else list.push(code);
  if (ownAt >= 0 && given === null && own[slot] !== undefined) list.splice(ownAt, 0, own[slot]!);
  if (other === null) return { kind: 'free', bindings: out };
  const theirs = out[other];
  const at = theirs.indexOf(code);
  // The key given up goes where the taken one was, unless `other` already has it.
  if (given !== null && !theirs.includes(given)) theirs[at] = given;
  else theirs.splice(at, 1);
  return { kind: 'swap', other, given: given !== null && out[other].includes(given) ? given : null, unbound: theirs.length === 0 ? other : null, bindings: out };
}

/** Actions with no key at all (the controls screen names them, so nothing is lost unnoticed). */
export function unboundActions(bindings: Bindings): RebindableAction[] {
  return REBINDABLE_ACTIONS.filter((a) => bindings[a].length === 0);
}

const codeList = v.pipe(
  v.array(v.pipe(v.string('expected a key code'), v.minLength(1), v.maxLength(40))),
  v.maxLength(MAX_CODES_PER_ACTION, `expected at most ${MAX_CODES_PER_ACTION} codes`),
);

function noDuplicates(b: Partial<Record<RebindableAction, readonly string[]>>): boolean {
  const seen = new Set<string>();
  for (const a of REBINDABLE_ACTIONS) {
    for (const c of b[a] ?? []) {
      if (seen.has(c)) return false;
      seen.add(c);
    }
  }
  return true;
}

/** Actions missing from saved bindings (added in a later version) get their free default codes. */
function fillMissing(b: Partial<Record<RebindableAction, readonly string[]>>): Bindings {
  const used = new Set(REBINDABLE_ACTIONS.flatMap((a) => b[a] ?? []));
  const out = {} as Record<RebindableAction, string[]>;
  for (const a of REBINDABLE_ACTIONS) out[a] = [...(b[a] ?? DEFAULTS[a].filter((c) => !used.has(c)))];
  return out;
}

const entries = Object.fromEntries(REBINDABLE_ACTIONS.map((a) => [a, v.optional(codeList)])) as Record<
  RebindableAction,
  v.OptionalSchema<typeof codeList, undefined>
>;

/** Schema for saved bindings (used by the settings record). */
export const bindingsSchema = v.pipe(
  v.object(entries),
  v.check((b) => noDuplicates(b), 'a key is bound to two actions'),
  v.transform((b) => fillMissing(b)),
);

export type BindingsCheck = { readonly ok: true; readonly bindings: Bindings } | { readonly ok: false; readonly error: string };

/** Validates bindings from outside (a file, storage); the error is one line. */
export function validateBindings(input: unknown): BindingsCheck {
  const r = v.safeParse(bindingsSchema, input);
  if (r.success) return { ok: true, bindings: r.output };
  const issue = r.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
}

/** code -> actions it triggers: the bindings plus the fixed menu keys. */
export function buildCodeMap(bindings: Bindings): ReadonlyMap<string, readonly Action[]> {
  const map = new Map<string, Action[]>();
  const add = (code: string, a: Action): void => {
    const list = map.get(code);
    if (list) list.push(a);
    else map.set(code, [a]);
  };
  for (const a of REBINDABLE_ACTIONS) for (const c of bindings[a]) add(c, a);
  for (const [a, codes] of Object.entries(MENU_KEYS) as [MenuAction, readonly string[]][]) for (const c of codes) add(c, a);
  return map;
}
