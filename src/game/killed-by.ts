// Who killed El and with what, in the words the results' "Killed by" row and the kill-cam use:
// "a back-room gunman - revolver", "Navajas - knives", "Bucho's second in command - the car",
// "the fire", "a fall". Named people are named; everyone else gets an article, as a sentence would.
// The words are the catalogue's (who.*, gun.*, cause.*, killed.*), in the player's language.
import { EN, t, type MessageKey } from '../i18n';
import { actorById, isArchetypeId, type HarmCause, type SimEvent, type WeaponId, type World } from '../sim';

export type DeathEvent = Extract<SimEvent, { type: 'death' }>;

/** Causes that are the thing itself, whoever set them off. */
const CAUSE_WORDS: Partial<Record<HarmCause, MessageKey>> = {
  ram: 'cause.ram',
  knockdown: 'cause.knockdown',
  fire: 'cause.fire',
  fall: 'cause.fall',
};

/** "a back-room gunman", "an ...", "the boy", "Tavo"; null for an archetype the game does not know. */
export function whoText(arch: string): string | null {
  return isArchetypeId(arch) ? t(`who.${arch}`) : null;
}

/** What did it: "revolver", "grenade", "the car", "the fire"; null when nothing is known. */
export function withText(cause: HarmCause, weapon: WeaponId | null): string | null {
  const word = CAUSE_WORDS[cause];
  if (word) return t(word);
  if (!weapon) return null;
  // A gun the catalogue does not know yet is named by its id rather than not at all.
  const key = `gun.${weapon}`;
  return Object.hasOwn(EN, key) ? t(key as MessageKey) : weapon;
}

/**
 * The row's text for El's death. `killerArch`: the archetype of whoever `death.by` is (null for
 * the level itself or someone no longer known); `self`: El did it himself (his own grenade).
 */
export function killedByText(death: Pick<DeathEvent, 'cause' | 'weapon'>, killerArch: string | null, self: boolean): string {
  const what = withText(death.cause, death.weapon);
  // The level's own dangers need no one behind them.
  if (death.cause === 'fire' || death.cause === 'fall') return what!;
  if (self) return what ? t('killed.own', { what }) : t('killed.himself');
  const who = killerArch === null ? null : whoText(killerArch);
  if (who && what) return t('killed.byWith', { who, what });
  return who ?? what ?? t('killed.unknown');
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
