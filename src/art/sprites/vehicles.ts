// The car Bucho's second in command drives (src/sim/ai/car.ts): a black sedan seen from above,
// pointing EAST, centred on the actor. Its wreck is the same car shot up: glass gone dark with a few
// shards left, lights out, paint scorched.
import { parseSprite, type PixelImage } from '../pixel-sprite';

const CAR: readonly string[] = [
  '....kkkkk............kkkkk....',
  '..nnnnnnnnnnnnnnnnnnnnnnnnnn..',
  '.nNNNNNNNNNNNNNNNNNNNNNNNNNNn.',
  'RNNNNNNNNNNNNNNNNNNNNNNNNNNNNy',
  'RNNNNNNcccnnnnnnnnnccbbNNNNNNy',
  'nNNNNNNcccnnnnnnnnnccbbNNNNNNn',
  'nNNNNNNcccnnnnmnnnnccbbNNNNNNn',
  'nNNNNNNcccnnnnmnnnnccbbNNNNNNn',
  'nNqqqqqcccnnnnnnnnnccbbqqqqqNn',
  'nNqqqqqcccnnnnnnnnnccbbqqqqqNn',
  'nNNNNNNcccnnnnnnnnnccbbNNNNNNn',
  'nNNNNNNcccnnnnnnnnnccbbNNNNNNn',
  'nNNNNNNcccnnnnnnnnnccbbNNNNNNn',
  'RNNNNNNcccnnnnnnnnnccbbNNNNNNy',
  'RNNNNNNNNNNNNNNNNNNNNNNNNNNNNy',
  '.nNNNNNNNNNNNNNNNNNNNNNNNNNNn.',
  '..nnnnnnnnnnnnnnnnnnnnnnnnnn..',
  '....kkkkk............kkkkk....',
];

/** The wreck: a fixed scatter (by position, no randomness) of scorch and shards over the car. */
function wreck(rows: readonly string[]): string[] {
  return rows.map((row, y) =>
    [...row].map((ch, x) => {
      const h = (x * 7 + y * 13 + x * y) % 11;
      if (ch === 'c' || ch === 'b') return h === 0 ? 'M' : 'k';
      if (ch === 'R' || ch === 'y') return 'n';
      if (ch === 'N' || ch === 'q') return h < 3 ? 'k' : h < 5 ? 'q' : 'N';
      if (ch === 'm') return 'k';
      return ch;
    }).join(''),
  );
}

export function vehicleSprites(): Map<string, PixelImage> {
  return new Map([
    ['car', parseSprite('car', CAR)],
    ['car_wreck', parseSprite('car_wreck', wreck(CAR))],
  ]);
}
