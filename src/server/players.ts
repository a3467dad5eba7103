// Players without accounts: a name, and the secret the game made on its first submission. The
// server keeps a salted SHA-256 of the secret, never the secret. (A slow hash such as scrypt guards
// guessable passwords; these secrets are long random strings the game makes, so guessing is already
// out of reach and a fast hash keeps submissions cheap.)
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { KEY_MAX, KEY_MIN, NAME_MAX } from './limits';

export function hashKey(key: string, salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(key, 'utf8').digest('hex');
}

export function newKeyHash(key: string): { salt: string; hash: string } {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: hashKey(key, salt) };
}

export function keyMatches(key: string, salt: string, hash: string): boolean {
  const a = Buffer.from(hashKey(key, salt), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The name as stored (Unicode NFC), or a message saying what is wrong with it. */
export function checkName(raw: string): { name: string } | { error: string } {
  const name = raw.normalize('NFC');
  const length = [...name].length;
  if (length < 1 || length > NAME_MAX) return { error: `player: a name of 1 to ${NAME_MAX} characters, got ${length}` };
  // Control, format, unassigned and private-use characters print as nothing (or as anything).
  if (/\p{C}/u.test(name)) return { error: 'player: printable characters only (no control or invisible characters)' };
  if (name.trim() !== name || name.trim() === '') return { error: 'player: no spaces at the start or end' };
  return { name };
}

export function checkKey(key: string): string | null {
  if (key.length < KEY_MIN || key.length > KEY_MAX) return `key: the player secret is ${KEY_MIN} to ${KEY_MAX} characters, got ${key.length}`;
  if (!/^[\x21-\x7e]+$/.test(key)) return 'key: the player secret is printable ASCII without spaces';
  return null;
}
