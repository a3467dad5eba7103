// The film's cast beyond the bar, each with a look of their own (one file per person).
import { BOY } from './boy';
import { BUCHO } from './bucho';
import { CAROLINA } from './carolina';
import type { Look } from './looks';
import { CAMPA, QUINO } from './mariachis';
import { NAVAJAS } from './navajas';
import { ROOFTOP_GUNMAN } from './rooftop-gunman';

export const CAST_LOOKS = {
  navajas: NAVAJAS,
  bucho: BUCHO,
  rooftopGunman: ROOFTOP_GUNMAN,
  campa: CAMPA,
  quino: QUINO,
  carolina: CAROLINA,
  boy: BOY,
} satisfies Record<string, Look>;
