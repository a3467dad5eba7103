// The HUD's words: the control hint at the start of a level, the status line under the ammo, sound
// captions for what a player must not miss, and how long a story caption stays up. Pure.
import { t } from '../i18n';
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
    return [t('hint.padDraw'), caseGuns ? t('hint.padWeapons') : null, grenades ? t('hint.padGrenade') : null]
      .filter((k) => k !== null).join('    ');
  }
  const keyOf = (codes: readonly string[]): string | null => (codes[0] === undefined ? null : codes[0] === 'Mouse0' ? t('hint.click') : describe(codes[0]));
  const part = (codes: readonly string[], what: string): string | null => {
    const key = keyOf(codes);
    return key ? t('hint.part', { key, what }) : null;
  };
  const parts = [part(keys.fire, t('hint.draw')), part(keys.dive, t('hint.dive')), part(keys.use, t('hint.pickUp'))];
  if (caseGuns) parts.push(t('hint.part', { key: '1-4', what: t('hint.weapons') }));
  if (grenades) parts.push(part(keys.throw, t('hint.grenade')));
  return parts.filter((k) => k !== null).join('    ');
}

/** Under the ammo: reloading wins; an empty click shows for a moment, with the way out when not on the pistols. */
export function statusLine(reloading: boolean, showEmpty: boolean, onSleevePistols: boolean): string {
  if (reloading) return t('hud.reloading');
  if (!showEmpty) return '';
  return onSleevePistols ? t('hud.empty') : t('hud.emptyPistols');
}

/** How long a story caption stays: about 45 ms a character, within 2.4-6 s. */
export function storyHoldMs(line: string): number {
  return Math.min(6000, Math.max(2400, 1200 + line.length * 45));
}

/** A short text for a sound a player should not miss (shown when captions are on); null for the rest, and for El's own doings. */
export function soundCaption(e: SimEvent, playerId: number): string | null {
  switch (e.type) {
    case 'alarm':
      return t('sound.alarm');
    case 'alert':
      return t('sound.alert');
    case 'door':
      return e.by === playerId ? null : t('sound.door');
    case 'dryFire':
      return e.actor === playerId ? t('sound.dryFireOwn') : t('sound.dryFire');
    case 'reload':
      return e.actor === playerId && !e.done ? t('sound.reload') : null;
    case 'spawn':
      return t('sound.spawn');
    case 'ram':
      return t('sound.ram');
    case 'duelCue':
      return t('sound.duelCue');
    case 'shatter':
      return e.by === playerId ? null : t('sound.shatter');
    case 'doorKick':
      return e.by === playerId ? null : t('sound.doorKick');
    case 'explosion':
      return t('sound.explosion');
    default:
      return null;
  }
}
