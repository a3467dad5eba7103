// Short UI labels for input codes (KeyboardEvent.code, Mouse<n>, Wheel*, Pad*), always in
// characters our bitmap font can draw (a layout's printed character it cannot draw falls back).
import { FONT_CHARS } from '../art/font';
import { EN, t, type MessageKey } from '../i18n';

const NAMED: Readonly<Record<string, string>> = {
  Space: 'Space', Enter: 'Enter', NumpadEnter: 'Num Enter', Escape: 'Esc', Backspace: 'Backspace',
  Tab: 'Tab', CapsLock: 'Caps Lock', Delete: 'Del', Insert: 'Ins', Home: 'Home', End: 'End',
  PageUp: 'PgUp', PageDown: 'PgDn', ContextMenu: 'Menu',
  ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→',
  ShiftLeft: 'Left Shift', ShiftRight: 'Right Shift', ControlLeft: 'Left Ctrl', ControlRight: 'Right Ctrl',
  AltLeft: 'Left Alt', AltRight: 'Right Alt', MetaLeft: 'Left Meta', MetaRight: 'Right Meta',
  Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\', IntlBackslash: '\\',
  Semicolon: ';', Quote: "'", Backquote: '`', Comma: ',', Period: '.', Slash: '/',
  NumpadAdd: 'Num +', NumpadSubtract: 'Num -', NumpadMultiply: 'Num *', NumpadDivide: 'Num /',
  NumpadDecimal: 'Num .',
  Mouse0: 'Left mouse', Mouse1: 'Middle mouse', Mouse2: 'Right mouse', Mouse3: 'Mouse 4', Mouse4: 'Mouse 5',
  WheelUp: 'Wheel up', WheelDown: 'Wheel down',
  // Standard-mapping gamepad buttons, Xbox names (for control hints).
  Pad0: 'A', Pad1: 'B', Pad2: 'X', Pad3: 'Y', Pad4: 'LB', Pad5: 'RB', Pad6: 'LT', Pad7: 'RT',
  Pad8: 'Back', Pad9: 'Start', Pad10: 'LS', Pad11: 'RS',
  Pad12: 'D-pad ↑', Pad13: 'D-pad ↓', Pad14: 'D-pad ←', Pad15: 'D-pad →',
};

/** Every code with a label of its own (the test draws each one). */
export const NAMED_CODES: readonly string[] = Object.keys(NAMED);

const DRAWABLE = new Set(Array.from(FONT_CHARS));

/** Whether the text font has a glyph for every character of `text`. */
export function drawable(text: string): boolean {
  return Array.from(text).every((c) => DRAWABLE.has(c));
}

/** code -> printed character (navigator.keyboard.getLayoutMap()), where the browser tells. */
let layout: ReadonlyMap<string, string> | null = null;

/** Set once the layout is known (PlayerInput asks for it), so an AZERTY player sees 'Z' for KeyW. */
export function setKeyboardLayout(map: ReadonlyMap<string, string> | null): void {
  layout = map;
}

/** Short label for a code: 'W', 'Space', 'Left mouse', '↑'. One argument, so `.map(describeCode)` works. */
export function describeCode(code: string): string {
  const printed = layout?.get(code);
  const upper = printed?.toUpperCase();
  // 'ß' or a dead key's mark would draw as nothing: those keep their physical name.
  if (upper && upper.trim() !== '' && !code.startsWith('Numpad') && drawable(upper)) return upper;
  // Key names that are words come in the player's language (the catalogue's key.*).
  const word = `key.${code}`;
  if (Object.hasOwn(EN, word)) return t(word as MessageKey);
  const named = NAMED[code];
  if (named) return named;
  let m = /^Key([A-Z])$/.exec(code);
  if (m) return m[1]!;
  m = /^Digit(\d)$/.exec(code);
  if (m) return m[1]!;
  m = /^Numpad(\d)$/.exec(code);
  if (m) return `Num ${m[1]!}`;
  m = /^Mouse(\d+)$/.exec(code);
  if (m) return `Mouse ${Number(m[1]) + 1}`;
  return code;
}
