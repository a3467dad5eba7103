// What the Settings lines show and how left/right change them: volumes in tenths with a bar, on/off
// switches, the LiveSplit link's state, the keys bound to an action, and the warning for actions
// left without a key. Pure but for the language.
import { t } from '../i18n';

/** Volume steps: left/right moves a tenth, kept within 0..1 and on whole tenths (no 0.30000000000000004). */
export const VOLUME_STEP = 0.1;

export function stepVolume(volume: number, direction: -1 | 1): number {
  const next = Math.min(1, Math.max(0, volume + direction * VOLUME_STEP));
  return Math.round(next * 10) / 10;
}

/** A ten-cell bar and the percentage: "||||||.... 60%". */
export function volumeText(volume: number): string {
  return `${'|'.repeat(Math.round(volume * 10)).padEnd(10, '.')} ${Math.round(volume * 100)}%`;
}

export function onOffText(on: boolean): string {
  return t(on ? 'settings.on' : 'settings.off');
}

/** The LiveSplit link's line: "Off", or what the link is doing ("On: connected"). */
export function liveSplitLinkText(on: boolean, state: string): string {
  return on ? t('settings.linkOn', { state }) : t('settings.off');
}

/** A long value cut to `max` characters from its end kept whole ("ws://localhost:16834/livesplit"). */
export function shortValue(text: string, max: number): string {
  return text.length <= max ? text : `...${text.slice(text.length - max + 3)}`;
}

/** The keys of one action, as the player reads them ("W / Up"), or "-" for none. */
export function bindingText(codes: readonly string[] | undefined, describe: (code: string) => string): string {
  return (codes ?? []).map(describe).join(' / ') || '-';
}

/** Under the controls page only: the actions that no key reaches, named so none is lost unnoticed. */
export function unboundWarning(onControlsPage: boolean, unboundLabels: readonly string[]): string {
  return onControlsPage && unboundLabels.length > 0 ? t('settings.noKey', { actions: unboundLabels.join(', ') }) : '';
}

/** The leaderboard server line: the URL set (its end, when long), else this page's server or none. */
export function serverUrlText(url: string, pageServes: boolean, maxChars = 30): string {
  if (url === '') return t(pageServes ? 'settings.thisPageServer' : 'settings.noServer');
  const plain = url.replace(/^https?:\/\//, '');
  return plain.length > maxChars ? `..${plain.slice(-(maxChars - 2))}` : plain;
}
