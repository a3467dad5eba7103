// Player names on the boards: 1-24 printable characters (the server's rule), and how a name from the
// server is drawn: as text only, never markup (src/ui/drawable-text.ts).
import { t } from '../i18n';

export const MAX_NAME_LENGTH = 24;

const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/** The name as it will be sent (trimmed), or the one line saying why it cannot be. */
export function checkName(text: string): { readonly ok: true; readonly name: string } | { readonly ok: false; readonly message: string } {
  const name = text.trim();
  const length = Array.from(name).length;
  if (length === 0) return { ok: false, message: t('name.empty') };
  if (length > MAX_NAME_LENGTH) return { ok: false, message: t('name.tooLong', { max: MAX_NAME_LENGTH, n: length }) };
  if (CONTROL.test(name)) return { ok: false, message: t('name.printable') };
  return { ok: true, name };
}
