// Typed access to a Tiled custom-property list, with one-line errors that name the property.
import { describeValue, listOf, quote } from './error-text';
import { LevelError } from './level-error';
import type { TiledProperty } from './tiled-schema';

export class Props {
  private readonly byName = new Map<string, TiledProperty>();

  /**
   * @param file  file named in errors
   * @param owner field path of the owner ('objects "tavo" (id 16)'; "" for the map itself)
   */
  constructor(
    list: readonly TiledProperty[],
    readonly file: string,
    readonly owner: string,
  ) {
    for (const p of list) {
      if (this.byName.has(p.name)) this.fail(p.name, 'each property name once', `${quote(p.name)} twice`);
      this.byName.set(p.name, p);
    }
  }

  /** Field path of one property, e.g. 'objects "tavo" (id 16).properties.facing'. */
  path(name: string): string {
    return `${this.owner === '' ? '' : `${this.owner}.`}properties.${name}`;
  }

  fail(name: string, expected: string, got: string): never {
    throw new LevelError(this.file, this.path(name), expected, got);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Rejects any property whose name `allowed` refuses (catches typos such as "dormat"). */
  onlyKnown(allowed: (name: string) => boolean, listed: readonly string[]): void {
    for (const name of this.byName.keys()) {
      if (!allowed(name)) this.fail(name, `one of the properties ${listOf(listed, 20)}`, `an unknown property ${quote(name)}`);
    }
  }

  private got(p: TiledProperty): string {
    return `${describeValue(p.value)} (a ${p.type} property)`;
  }

  string(name: string): string | undefined {
    const p = this.byName.get(name);
    if (!p) return undefined;
    if (typeof p.value !== 'string') this.fail(name, 'a string', this.got(p));
    return p.value;
  }

  /** A string that, when present, is not blank; trimmed. */
  text(name: string, what: string): string | undefined {
    const s = this.string(name);
    if (s === undefined) return undefined;
    if (s.trim() === '') this.fail(name, what, 'an empty string');
    return s.trim();
  }

  int(name: string, min: number, max: number, what = `an integer from ${min} to ${max}`): number | undefined {
    const p = this.byName.get(name);
    if (!p) return undefined;
    const n = p.value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) this.fail(name, what, this.got(p));
    return n;
  }

  bool(name: string): boolean | undefined {
    const p = this.byName.get(name);
    if (!p) return undefined;
    if (typeof p.value !== 'boolean') this.fail(name, 'true or false (a bool property)', this.got(p));
    return p.value;
  }

  /** An object reference (Tiled "object" property: the target's id; 0 means none). */
  objectRef(name: string): number | undefined {
    const p = this.byName.get(name);
    if (!p) return undefined;
    const n = p.value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) this.fail(name, 'an object reference (an object property)', this.got(p));
    return n === 0 ? undefined : n;
  }
}
