// Text from outside the game (a player's name, a typed URL) as the pixel font can draw it.
import { FONT_CHARS } from '../art/font';

const DRAWABLE = new Set(Array.from(FONT_CHARS));

/**
 * A name as the pixel font can draw it: characters the font lacks become '?', and control
 * characters never reach the screen. Bitmap text has no markup, so "<b>" is drawn as typed.
 */
export function drawableText(name: string): string {
  return Array.from(name).map((c) => (DRAWABLE.has(c) ? c : '?')).join('');
}
