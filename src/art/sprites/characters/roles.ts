// Role characters: the shared poses are drawn once in roles, and each actor's look maps roles to
// palette colours. None of these characters is a palette colour.
//   1 2 3  clothes: main, shade, light        4 5  accent: main, shade (red for enemies)
//   6 7    skin: main, shade                  8 9  hair: main, light
//   ~ ^    sleeves: main, shade               +    trim (buttons, cuffs, buckle)
//   0 -    trousers: main, shade              = #  boots: main, light
//   @ % &  hat: main, shade, light            $    hat band
export type RoleMap = Readonly<Record<string, string>>;

export const ROLE_CHARS = '123456789~^+0-=#@%&$';

/** Clothes and skin colours for one actor look. Every role must be mapped. */
export interface Colors {
  cloth: readonly [string, string, string];
  accent: readonly [string, string];
  skin: readonly [string, string];
  hair: readonly [string, string];
  sleeve: readonly [string, string];
  trim: string;
  trousers: readonly [string, string];
  boots: readonly [string, string];
  hat: readonly [string, string, string, string];
}

export function roleMap(c: Colors): RoleMap {
  return {
    '1': c.cloth[0], '2': c.cloth[1], '3': c.cloth[2],
    '4': c.accent[0], '5': c.accent[1],
    '6': c.skin[0], '7': c.skin[1],
    '8': c.hair[0], '9': c.hair[1],
    '~': c.sleeve[0], '^': c.sleeve[1],
    '+': c.trim,
    '0': c.trousers[0], '-': c.trousers[1],
    '=': c.boots[0], '#': c.boots[1],
    '@': c.hat[0], '%': c.hat[1], '&': c.hat[2], $: c.hat[3],
  };
}
