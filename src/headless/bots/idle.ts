import { NO_INPUT } from '../../sim';
import type { BotDef } from './bot';

/** Stands still and never fires: a baseline, and a check that a level cannot be cleared by waiting. */
export const idleBot: BotDef = {
  name: 'idle',
  description: 'does nothing',
  create: () => ({ act: () => NO_INPUT }),
};
