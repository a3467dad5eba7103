// Carolina's bookstore at dawn and the escape over the rooftops (film: two men at the window, the shop
// set alight, the jump between roofs, Bucho's car below and the Wildey lowered).
// El wakes in the bedroom (east); the fire starts at the front of the shop, then in the bedroom, and
// at last by the stair hatch (west) that leads up, so a slow escape gets caught. Roofs: A (south-west) -> B -> C (north-east) -> D, each pair split by a
// two-cell drop to dive over or a plank to walk. The street on the east is far below: its men can be
// shot, never reached. The parapet on that side shelters (El must stand right at it to fire over);
// where it is broken (above Bucho's car) the edge is open both ways, and a dive off it is a fall.
import { FACE, type MapSource } from '../map-source';

export const rooftops: MapSource = {
  id: 'rooftops',
  title: 'Los Tejados',
  grid: [
    '########################################',
    '#rrrrrrrrrrrrvvqqqqqqqqqqqqqqPvvvvsssss#',
    '#rrrrrrrrrrrrbbqqqqTTqqqqqqqqPvvvvsssss#',
    '#rrrrrrrrrrxrvvqqqqTTqqqqqqqqPvvvvsCCCs#',
    '#rrrrrTTrrrrrvvqqqqqqqqqqqqqqvvvvvsCCCs#',
    '#rrrrrTTrrrrrvvqqqqqqqqqqxqqqvvvvvsssss#',
    '#rxrrrrrrrrrrvvqxqqqqqqqqqqqqPvvvvsssss#',
    '#rrrrrrrrrrrrvvqqqqqqqqqqqqqqPvvvvsssss#',
    '#RRRRRRRRRRRRRRvvvvvvvvvvvvbvvvvvvsssss#',
    '#RRRRRRRRRRRRRRvvvvvvvvvvvvbvvvvvvsssss#',
    '#rrrrrrrrrrrrvvqqqqqqqqqqqqqqPvvvvsssss#',
    '#rrxrrrrrrrrrvvqqqqTTqqqqqqqqPvvvvsssss#',
    '#rrrrrrrTTrrrvvqqqqTTqqqqqxqqPvvvvyssss#',
    '#rrrrrrrTTrrrvvqqqqqqqqqqqqqqPvvvvsssss#',
    '#rrrrrrrrrrrrvvqqqqqqqqqqxqqqPvvvvsssss#',
    '#rrrrrrrrrrxrvvqqqqqqqqqqqqqqPvvvvsssss#',
    '#rrrrrrrrrrrrbbqqqqqqqqqqqqqqPvvvvsssss#',
    '#rrrrrrrrrrrrvvqqqqqqqqqqqqqqPvvvvsssss#',
    '##H###KKKKKKKKKKKKKK###wwww###vvvvsssss#',
    '#ooooggggggggggggggg#oooooooo#vvvvsssss#',
    '#oooogookkkkookkkkgg#oooozzzo#vvvvssCCC#',
    '#oooo#oooooooooooogg#oooozzzowvvvvssCCC#',
    '#oooo#ookkkkookkkkgg#oooooooo#vvvvsssss#',
    '#oooo#ooooooooooooggEoooooooo#vvvvsssss#',
    '#oooo#ookkkkookkkkooZoooooooo#vvvvsssss#',
    '#oooo#ooooooooooooooZoooooooo#vvvvssssy#',
    '#oooo#ooooooooooooooZotoooooowvvvvsssss#',
    '#oooo#oooooo=====oooZoooooooo#vvvvsssss#',
    '#oooo#ooooooooooooooZoooooooo#vvvvsssss#',
    '########################################',
  ],
  legend: {
    '#': { walls: 16 },
    R: { walls: 25 },
    K: { walls: 27 },
    w: { walls: 20 },
    Z: { walls: 30 },
    o: { floor: 63 },
    H: { floor: 63 },
    // The tiled aisle under the front windows and to the bedroom door: it does not burn.
    g: { floor: 4 },
    E: { floor: 63 },
    k: { floor: 63, cover: 62 },
    '=': { floor: 63, cover: 51 },
    z: { floor: 63, cover: 42 },
    t: { floor: 63, cover: 36 },
    r: { floor: 11 },
    q: { floor: 10 },
    T: { floor: 10, cover: 58 },
    x: { floor: 10, cover: 38 },
    P: { floor: 10, cover: 56 },
    b: { floor: 2 },
    v: { floor: 57 },
    s: { floor: [6, 6, 7] },
    C: { floor: 6, cover: 45 },
    y: { floor: 6, cover: 39 },
  },
  objectives: [
    'eliminate window | The two shadows at the window',
    'reach roof_exit with carolina | Over the roofs, with Carolina',
  ],
  loadout: 'sawedOff 8, wildey 6, grenades 2',
  protect: ['carolina'],
  objects: [
    { kind: 'player', at: [23, 24], facing: FACE.north },
    { kind: 'actor', name: 'carolina', archetype: 'carolina', at: [24, 22], facing: FACE.north },
    { kind: 'actor', name: 'window_1', archetype: 'henchman', at: [24, 17], facing: FACE.south, behavior: 'guard', group: 'window' },
    { kind: 'actor', name: 'window_2', archetype: 'henchman', at: [26, 17], facing: FACE.south, behavior: 'guard', group: 'window' },
    { kind: 'actor', name: 'roof_b', archetype: 'henchman', at: [18, 14], facing: FACE.west, group: 'roofs' },
    { kind: 'actor', name: 'roof_c1', archetype: 'henchman', at: [20, 5], facing: FACE.south, group: 'roofs' },
    { kind: 'actor', name: 'roof_c2', archetype: 'gunman', at: [25, 3], facing: FACE.south, behavior: 'guard', group: 'roofs' },
    { kind: 'actor', name: 'roof_c3', archetype: 'henchman', at: [17, 7], facing: FACE.south, group: 'roofs' },
    { kind: 'actor', name: 'roof_d1', archetype: 'henchman', at: [6, 2], facing: FACE.east, group: 'roofs' },
    { kind: 'actor', name: 'roof_d2', archetype: 'henchman', at: [9, 6], facing: FACE.east, behavior: 'guard', group: 'roofs' },
    // They follow El up through the hatch once he is across the first gap.
    { kind: 'actor', name: 'behind_1', archetype: 'henchman', at: [2, 15], facing: FACE.east, group: 'behind', dormant: true },
    { kind: 'actor', name: 'behind_2', archetype: 'henchman', at: [4, 16], facing: FACE.east, group: 'behind', dormant: true },
    { kind: 'actor', name: 'behind_3', archetype: 'gunman', at: [5, 11], facing: FACE.east, group: 'behind', dormant: true },
    // The street far below.
    { kind: 'actor', name: 'street_1', archetype: 'henchman', at: [35, 8], facing: FACE.west, behavior: 'guard', group: 'street' },
    { kind: 'actor', name: 'street_2', archetype: 'henchman', at: [36, 13], facing: FACE.west, behavior: 'guard', group: 'street' },
    { kind: 'actor', name: 'street_3', archetype: 'gunman', at: [35, 18], facing: FACE.west, behavior: 'guard', group: 'street' },
    { kind: 'actor', name: 'street_4', archetype: 'henchman', at: [38, 16], facing: FACE.west, behavior: 'guard', group: 'street' },
    // Bucho drives up (the white car) while El is on the third roof, alone by the car: in the
    // Wildey's scope, in the clear (no man of his stands in line with him), and spared.
    {
      kind: 'actor', name: 'bucho', archetype: 'bucho', at: [36, 2], facing: FACE.south, group: 'bucho', dormant: true,
      spare: 'Not like this. Bucho must face you at the ranch.',
    },
    { kind: 'door', name: 'roof_hatch', at: 'H', vertical: false },
    { kind: 'door', name: 'bedroom_door', at: 'E', vertical: true },
    // Where each fire is set; the boards and shelves carry it from there.
    { kind: 'fire', name: 'shop', area: [9, 26, 10, 3] },
    { kind: 'fire', name: 'bedroom', area: [25, 26, 4, 3] },
    { kind: 'fire', name: 'stairs', area: [1, 21, 4, 4] },
    {
      kind: 'trigger', name: 'dawn', area: [21, 19, 8, 10], delay: 20,
      captions: ['El: Quiet. Two shadows at the window.', "Carolina: Bucho's men. He knows you're here."],
    },
    { kind: 'trigger', name: 'fire_starts', area: [21, 19, 8, 10], delay: 150, captions: ["Carolina: Smoke! They've set the shop alight!"], ignite: ['shop'] },
    { kind: 'trigger', name: 'fire_spreads', area: [21, 19, 8, 10], delay: 1200, ignite: ['bedroom'] },
    {
      kind: 'trigger', name: 'fire_stairs', area: [21, 19, 8, 10], delay: 1800,
      captions: ['Carolina: The stairs are burning! Up, now!'], ignite: ['stairs'],
    },
    { kind: 'trigger', name: 'up', area: [1, 10, 12, 8], captions: ['Carolina: Over the roofs. Jump, I can make it!'] },
    // The first gap: the case goes over first, and El dives after it (Use takes it back).
    {
      kind: 'trigger', name: 'case_over', area: [10, 10, 3, 8],
      captions: ['El: The case goes first.', 'Carolina: Then jump after it!'], throwCase: [17, 12],
    },
    // Time for Carolina to cross after El before they come up, and a shout to warn of them.
    { kind: 'trigger', name: 'men_below', area: [15, 10, 14, 8], delay: 200, captions: ['Henchman: The hatch! They went up on the roof!'] },
    { kind: 'trigger', name: 'men_behind', area: [15, 10, 14, 8], delay: 300, captions: ['Henchman: On the roof! Behind them!'], spawn: ['behind'] },
    {
      kind: 'trigger', name: 'bucho_car', area: [22, 1, 7, 7],
      captions: [
        'Carolina: The white car, down there. Bucho.',
        'Carolina: You have him in the scope. Why don\'t you shoot?',
        'El: Not like this. Not from a roof. He will face me.',
      ],
      spawn: ['bucho'],
    },
    { kind: 'exit', name: 'roof_exit', area: [1, 1, 4, 3] },
    { kind: 'note', name: 'out_of_reach', area: [34, 1, 5, 28] },
  ],
};
