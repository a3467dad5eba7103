// The HUD's words: the control hint at the start of a level, the status line under the ammo, sound
// captions for what a player must not miss, and how long a story caption stays up. Pure.
import type { Loadout, SimEvent } from '../sim';

/** The bindings the hint names: each action's keys, first one shown. */
export interface HintKeys {
  readonly fire: readonly string[];
  readonly dive: readonly string[];
  readonly use: readonly string[];
  readonly throw: readonly string[];
}

/**
 * The first-seconds hint: the player's own keys for drawing the pistols, diving and picking up, and
 * where the rest of the guitar case is when the level loads it; a part whose action has no key is
 * left out. With a gamepad in hand, the pad's buttons instead.
 */
export function controlHint(keys: HintKeys, loadout: Loadout, gamepad: boolean, describe: (code: string) => string): string {
  const caseGuns = loadout.sawedOff + loadout.wildey > 0;
  const grenades = loadout.grenades > 0;
  if (gamepad) {
    return ['Right trigger: draw the sleeve pistols', caseGuns ? 'D-pad: weapons' : null, grenades ? 'LT: grenade' : null]
      .filter((k) => k !== null).join('    ');
  }
  const keyOf = (codes: readonly string[]): string | null => (codes[0] === undefined ? null : codes[0] === 'Mouse0' ? 'Click' : describe(codes[0]));
  const part = (codes: readonly string[], what: string): string | null => {
    const key = keyOf(codes);
    return key ? `${key}: ${what}` : null;
  };
  const parts = [part(keys.fire, 'draw the sleeve pistols'), part(keys.dive, 'dive'), part(keys.use, 'pick up')];
  if (caseGuns) parts.push('1-4: weapons');
  if (grenades) parts.push(part(keys.throw, 'grenade'));
  return parts.filter((k) => k !== null).join('    ');
}

/** Under the ammo: reloading wins; an empty click shows for a moment, with the way out when not on the pistols. */
export function statusLine(reloading: boolean, showEmpty: boolean, onSleevePistols: boolean): string {
  if (reloading) return 'RELOADING';
  if (!showEmpty) return '';
  return onSleevePistols ? 'EMPTY' : 'EMPTY - press 1 for the pistols';
}

/** How long a story caption stays: about 45 ms a character, within 2.4-6 s. */
export function storyHoldMs(line: string): number {
  return Math.min(6000, Math.max(2400, 1200 + line.length * 45));
}

/** A short text for a sound a player should not miss (shown when captions are on); null for the rest, and for El's own doings. */
export function soundCaption(e: SimEvent, playerId: number): string | null {
  switch (e.type) {
    case 'alarm':
      return '[shouting: "Kill him!"]';
    case 'alert':
      return '[a gunman shouts]';
    case 'door':
      return e.by === playerId ? null : '[a door bangs open]';
    case 'dryFire':
      return e.actor === playerId ? '[click - empty]' : '[an empty gun clicks]';
    case 'reload':
      return e.actor === playerId && !e.done ? '[reloading]' : null;
    case 'spawn':
      return '[footsteps behind you]';
    case 'ram':
      return '[tyres screech - a crash]';
    case 'duelCue':
      return '[a hand moves to a gun]';
    case 'shatter':
      return e.by === playerId ? null : '[glass shatters]';
    case 'doorKick':
      return e.by === playerId ? null : '[a door is kicked in]';
    case 'explosion':
      return '[an explosion]';
    default:
      return null;
  }
}
