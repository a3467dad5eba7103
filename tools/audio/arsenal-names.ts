// The sounds the arsenal/props/car/duel set added to the bank (for the preview and boot-cost tools).
import type { SoundName } from '../../src/audio/sound-bank';

export const ARSENAL_NAMES: readonly SoundName[] = [
  'sawedOff', 'wildey', 'campaShot', 'rocketLaunch', 'shotgunOpen', 'shotgunClose', 'scopeIn',
  'grenadeThrow', 'grenadeBounce', 'explosion', 'explosionFar', 'debris',
  'glassShatter', 'tableCrash', 'tableThud', 'doorKick', 'bodyThump', 'focusIn', 'focusOut',
  'carRam', 'duelStandoff', 'duelCue', 'duelWin', 'duelFoul',
];
