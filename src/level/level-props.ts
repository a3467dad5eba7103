// Map properties beyond title/objectives/timeLimit: the starting `loadout` and the `protect` list.
import { EMPTY_LOADOUT, type ActorSpawn, type Loadout } from '../sim';
import { listOf, quote } from './error-text';
import { parseLoadout } from './loadout-format';
import type { Props } from './properties';

export function readLoadout(props: Props): Loadout {
  const text = props.string('loadout');
  if (text === undefined) return EMPTY_LOADOUT;
  const parsed = parseLoadout(text);
  if ('expected' in parsed) props.fail('loadout', parsed.expected, parsed.got);
  return parsed;
}

/** Comma-separated names of actors that must live; each must name an actor of the map, once. */
export function readProtect(props: Props, actors: readonly ActorSpawn[]): string[] {
  const text = props.string('protect');
  if (text === undefined) return [];
  const names = text.split(',').map((s) => s.trim());
  if (names.every((n) => n === '')) props.fail('protect', 'one or more actor names separated by commas', 'an empty string');
  const actorNames = actors.map((a) => a.name).filter((n) => n !== '');
  const out: string[] = [];
  for (const name of names) {
    if (name === '') props.fail('protect', 'actor names separated by single commas', `${quote(text)} (an empty name)`);
    if (!actorNames.includes(name)) props.fail('protect', `the name of an actor (one of ${listOf(actorNames)})`, quote(name));
    if (out.includes(name)) props.fail('protect', 'each name once', `${quote(name)} twice`);
    out.push(name);
  }
  return out;
}
