// The room each play-area string has (HUD, captions, hints, kill-cam, replay viewer, touch labels);
// see boxes.ts. Filled by the play area's translation.
import type { TextBox } from './boxes';

export const PLAY_BOXES: readonly TextBox[] = [];
