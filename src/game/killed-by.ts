// Who killed El and with what, in the words the results' "Killed by" row and the kill-cam use:
// "a back-room gunman - revolver", "Navajas - knives", "Bucho's second in command - the car",
// "the fire", "a fall". Named people are named; everyone else gets an article, as a sentence would.
import { actorById, ARCHETYPES, isArchetypeId, type HarmCause, type SimEvent, type WeaponId, type World } from '../sim';

export type DeathEvent = Extract<SimEvent, { type: 'death' }>;

/** Archetypes that are people of the film with names of their own: no article. */
const NAMED = new Set(['mariachi', 'tavo', 'navajas', 'bucho', 'lieutenant', 'campa', 'quino', 'carolina', 'buscemi']);

/** A gun as the row says it: short and lower case, as a player would name it. */
const GUN_WORDS: Readonly<Record<WeaponId, string>> = {
  sleevePistols: 'sleeve pistols',
  pistol: 'pistol',
  revolver: 'revolver',
  deagle: 'Desert Eagle',
  sawedOff: 'sawed-off',
  wildey: 'Wildey magnum',
  campaCase: 'machine-gun case',
  quinoCase: 'rocket',
  knife: 'knives',
  grenade: 'grenade',
  guitarCase: 'guitar case',
};

/** Causes that are the thing itself, whoever set them off. */
const CAUSE_WORDS: Partial<Record<HarmCause, string>> = {
  ram: 'the car',
  knockdown: 'a knock-down',
  fire: 'the fire',
  fall: 'a fall',
};

/** "a back-room gunman", "an ...", "the boy", "Tavo"; null for an archetype the game does not know. */
export function whoText(arch: string): string | null {
  if (!isArchetypeId(arch)) return null;
  const def = ARCHETYPES[arch];
  if (NAMED.has(arch)) return def.name;
  if (def.name.startsWith('The ')) return `the ${def.name.slice(4)}`;
  const noun = def.name.toLowerCase();
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** What did it: "revolver", "grenade", "the car", "the fire"; null when nothing is known. */
export function withText(cause: HarmCause, weapon: WeaponId | null): string | null {
  return CAUSE_WORDS[cause] ?? (weapon ? GUN_WORDS[weapon] : null);
}

/**
 * The row's text for El's death. `killerArch`: the archetype of whoever `death.by` is (null for
 * the level itself or someone no longer known); `self`: El did it himself (his own grenade).
 */
export function killedByText(death: Pick<DeathEvent, 'cause' | 'weapon'>, killerArch: string | null, self: boolean): string {
  const what = withText(death.cause, death.weapon);
  // The level's own dangers need no one behind them.
  if (death.cause === 'fire' || death.cause === 'fall') return what!;
  if (self) return what ? `his own ${what}` : 'himself';
  const who = killerArch === null ? null : whoText(killerArch);
  if (who && what) return `${who} - ${what}`;
  return who ?? what ?? 'unknown';
}

/** The row's text for El's death event in `world` (read before anything leaves the world). */
export function killedByInWorld(world: World, death: DeathEvent): string {
  const self = death.by === world.playerId;
  const killer = death.by > 0 && !self ? actorById(world, death.by) : undefined;
  return killedByText(death, killer?.arch ?? null, self);
}

/** El's death among a tick's events, if he died on it. */
export function playerDeath(world: World, events: readonly SimEvent[]): DeathEvent | null {
  for (const e of events) if (e.type === 'death' && e.actor === world.playerId) return e;
  return null;
}
