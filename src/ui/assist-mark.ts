// How an assisted run is marked for people: the HUD's small mark and the results' "Assists" row,
// from the assist names a run carries (src/sim/assists.ts assistNames). Pure.
import { t } from '../i18n';

const WORDS: Readonly<Record<string, string>> = {
  'speed-80': 'speed 80%',
  'speed-60': 'speed 60%',
  'speed-50': 'speed 50%',
  'extra-hearts': 'extra hearts',
  'no-knockdown': 'no knock-down',
  'aim-assist': 'aim assist',
  'long-focus': 'longer bullet time',
};

/** The HUD mark: "" for an unassisted run, else "ASSIST" (with the game speed when it is slowed). */
export function assistMark(names: readonly string[]): string {
  if (names.length === 0) return '';
  const speed = names.find((n) => n.startsWith('speed-'));
  return speed ? t('hud.assistSpeed', { pct: speed.slice('speed-'.length) }) : t('hud.assist');
}

/** The results' row: the assists in words ("extra hearts, aim assist"). */
export function assistsText(names: readonly string[]): string {
  return names.map((n) => WORDS[n] ?? n).join(', ');
}
