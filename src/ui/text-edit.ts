// Editing one line of text from key presses and pastes: what a keydown's `key` does to the line.
// Pure, so the field's rules are tested without a browser.

export type EditKey = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'backspace' } | { readonly kind: 'clear' } | { readonly kind: 'enter' } | { readonly kind: 'escape' };

/** A keydown as an edit, or null for keys that do nothing here (arrows, F-keys, Ctrl+S...). */
export function editKeyOf(key: string, ctrlOrMeta: boolean): EditKey | null {
  if (key === 'Enter') return { kind: 'enter' };
  if (key === 'Escape') return { kind: 'escape' };
  if (key === 'Backspace') return ctrlOrMeta ? { kind: 'clear' } : { kind: 'backspace' };
  // Printable keys have a one-character `key` (a code point; astral ones are two UTF-16 units).
  if (!ctrlOrMeta && Array.from(key).length === 1) return { kind: 'text', text: key };
  return null;
}

/** The line after `edit` (text keeps to `maxLength` code points; line breaks in a paste become spaces). */
export function applyEdit(line: string, edit: EditKey, maxLength: number): string {
  const chars = Array.from(line);
  if (edit.kind === 'backspace') return chars.slice(0, -1).join('');
  if (edit.kind === 'clear') return '';
  if (edit.kind !== 'text') return line;
  const added = Array.from(edit.text.replace(/[\r\n\t]+/g, ' '));
  return [...chars, ...added].slice(0, maxLength).join('');
}
