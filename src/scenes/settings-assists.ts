// Settings → Assists and readability: the Celeste-style assists (game speed, extra hearts, no
// knock-down, aim assist, longer bullet time; a run with any is marked and kept in its own records)
// and what makes the game easier to read (fewer flashes and less shake, caption size).
import type { Services } from '../game/services';
import { GAME_SPEEDS, type GameSpeed } from '../sim';
import type { Settings } from '../storage/settings';
import type { MenuItem } from '../ui/menu';
import { onOffText } from '../ui/settings-values';
import { t, type MessageKey } from '../i18n';

export const CAPTION_SIZES = ['small', 'normal', 'large'] as const;
export type CaptionSize = (typeof CAPTION_SIZES)[number];
const CAPTION_SIZE_KEYS: Record<CaptionSize, MessageKey> = { small: 'assists.captionSmall', normal: 'assists.captionNormal', large: 'assists.captionLarge' };

/** The next choice left (-1) or right (+1) of `current`, stopping at the ends. */
export function stepChoice<T>(list: readonly T[], current: T, direction: -1 | 1): T {
  const i = Math.max(0, list.indexOf(current));
  return list[Math.min(list.length - 1, Math.max(0, i + direction))]!;
}

export interface AssistPage {
  save(patch: Partial<Settings>): void;
  /** Redraws the values after Enter changed one (left/right redraw by themselves). */
  refresh(): void;
  back(): void;
}

export function assistItems(svc: Services, page: AssistPage): MenuItem[] {
  const save = (patch: Partial<Settings>) => page.save(patch);
  const assists = () => svc.settings.assists;
  const setAssist = (patch: Partial<Settings['assists']>) => save({ assists: { ...assists(), ...patch } });
  const toggle = (text: string, get: () => boolean, set: (v: boolean) => void): MenuItem => ({
    text,
    value: () => onOffText(get()),
    onAdjust: () => set(!get()),
    onConfirm: () => {
      set(!get());
      page.refresh();
    },
  });
  // Enter steps on and wraps round, so a mouse or a tap alone reaches every choice.
  const choice = <T>(text: string, list: readonly T[], get: () => T, show: (v: T) => string, set: (v: T) => void): MenuItem => ({
    text,
    value: () => show(get()),
    onAdjust: (d) => set(stepChoice(list, get(), d)),
    onConfirm: () => {
      set(list[(list.indexOf(get()) + 1) % list.length]!);
      page.refresh();
    },
  });
  return [
    choice<GameSpeed>(t('assists.speed'), GAME_SPEEDS, () => assists().speed, (s) => `${s}%`, (speed) => setAssist({ speed })),
    toggle(t('assists.extraHearts'), () => assists().extraHearts, (extraHearts) => setAssist({ extraHearts })),
    toggle(t('assists.noKnockdown'), () => assists().noKnockdown, (noKnockdown) => setAssist({ noKnockdown })),
    toggle(t('assists.aimAssist'), () => assists().aimAssist, (aimAssist) => setAssist({ aimAssist })),
    toggle(t('assists.longFocus'), () => assists().longFocus, (longFocus) => setAssist({ longFocus })),
    toggle(t('assists.reduceFlashes'), () => svc.settings.reduceFlashes, (reduceFlashes) => save({ reduceFlashes })),
    choice<CaptionSize>(t('assists.captionSize'), CAPTION_SIZES, () => svc.settings.captionSize, (c) => t(CAPTION_SIZE_KEYS[c]), (captionSize) => save({ captionSize })),
    { text: t('settings.back'), onConfirm: () => page.back() },
  ];
}
