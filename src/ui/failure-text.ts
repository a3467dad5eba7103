// Why a run is lost, in the player's language. The sim names the loss in English
// (world.failure: "Carolina was killed", "El Mariachi fell", a level's own `spare` line); this
// reads those shapes back and says them again with the catalogue's words. Pure.
import { lang, levelText, t } from '../i18n';
import { ARCHETYPES, isArchetypeId } from '../sim';
import { whoText } from '../game/killed-by';

/** The archetype whose sim name is `name` ("The boy", "Carolina"), or null. */
function archetypeNamed(name: string): string | null {
  for (const id of Object.keys(ARCHETYPES)) if (isArchetypeId(id) && ARCHETYPES[id].name === name) return id;
  return null;
}

/** Someone as a sentence names them ("the boy", "Carolina"); an unknown name as the sim gave it. */
function who(name: string): string {
  const arch = archetypeNamed(name);
  return (arch && whoText(arch)) ?? name;
}

export function failureText(reason: string): string {
  // English is what the sim said.
  if (lang() === 'en') return reason;
  if (reason === 'El Mariachi fell to the street below') return t('fail.fellStreet');
  const m = /^(.*) (fell|was shot|was killed)$/.exec(reason);
  if (!m) return levelText(reason);
  const key = m[2] === 'fell' ? 'fail.fell' : m[2] === 'was shot' ? 'fail.shot' : 'fail.killed';
  // Spanish joins "a" and "el": "Le dispararon al niño".
  const text = t(key, { who: who(m[1]!) }).replace(/\ba el\b/g, 'al');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
