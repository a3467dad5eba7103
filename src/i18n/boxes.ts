// Where each catalogue string is drawn and how much room it has there, so test/i18n/fit.test.ts
// can measure both languages with the pixel fonts' own advances (the menus: boxes-menus.ts; the play
// screens keep rows of their own, with lines drawn side by side: boxes-play-rows.ts). Game px at
// 1280x720, the default zoom; a multi-line string must fit line by line.
import type { MessageKey } from './index';

export interface TextBox {
  readonly key: MessageKey;
  /** 'small' = the 6x11 text face (label()), 'title' = the 12x16 display face (headline()). */
  readonly face: 'small' | 'title';
  /** The integer scale it is drawn at. */
  readonly scale: number;
  /** The widest it may be, in game px at that scale (the room it has on screen). */
  readonly maxWidth: number;
  /** Parameters at their longest plausible values (a time, a count, a name), if the string has any. */
  readonly params?: Readonly<Record<string, string | number>>;
}
