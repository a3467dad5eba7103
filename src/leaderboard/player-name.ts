// Player names on the boards: 1-24 printable characters (the server's rule), and how a name from the
// server is drawn in the game's pixel font — as text only, never markup.
import { FONT_CHARS } from '../art/font';

export const MAX_NAME_LENGTH = 24;

const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/** The name as it will be sent (trimmed), or the one line saying why it cannot be. */
export function checkName(text: string): { readonly ok: true; readonly name: string } | { readonly ok: false; readonly message: string } {
  const name = text.trim();
  const length = Array.from(name).length;
  if (length === 0) return { ok: false, message: 'Type a name (1 to 24 characters)' };
  if (length > MAX_NAME_LENGTH) return { ok: false, message: `A name has at most ${MAX_NAME_LENGTH} characters (this one has ${length})` };
  if (CONTROL.test(name)) return { ok: false, message: 'A name holds printable characters only' };
  return { ok: true, name };
}

const DRAWABLE = new Set(Array.from(FONT_CHARS));

/**
 * A name as the pixel font can draw it: characters the font lacks become '?', and control
 * characters never reach the screen. Bitmap text has no markup, so "<b>" is drawn as typed.
 */
export function drawableName(name: string): string {
  return Array.from(name).map((c) => (DRAWABLE.has(c) ? c : '?')).join('');
}
