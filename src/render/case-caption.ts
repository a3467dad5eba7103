// What El's case says as it flies over the rooftop gap (case-view.ts). Pure.
import type { LevelData } from '../sim';

/**
 * The words of the level's trigger that throws the case (its first caption, "El: The case goes
 * first."), without the speaker; null when no trigger throws it or that trigger says nothing.
 */
export function caseCaption(level: LevelData): string | null {
  for (const t of level.triggers) {
    if (!t.actions.some((a) => a.type === 'throwCase')) continue;
    const caption = t.actions.find((a) => a.type === 'caption');
    return caption && caption.type === 'caption' ? caption.text : null;
  }
  return null;
}
