// Pickups placed in a map: point objects of class "pickup" with a weapon and a round count.
import { describe, expect, it } from 'vitest';
import { WEAPONS } from '../../src/sim';
import { BAR_FILE, barJson, expectLevelError, objectsOf, parseBar, setProp, type Json } from './helpers';

function withPickup(props: Record<string, [string, unknown]>, extra: Partial<Json> = {}): Json {
  const json = barJson();
  const player = objectsOf(json).find((o) => o.type === 'player');
  const pickup: Json = { id: 9001, name: '', type: 'pickup', x: player.x + 8, y: player.y, width: 0, height: 0, rotation: 0, visible: true, point: true, ...extra };
  for (const [name, [type, value]] of Object.entries(props)) setProp(pickup, name, type, value);
  objectsOf(json).push(pickup);
  return json;
}

const L = 'objects pickup (id 9001)';

describe('pickups in a map', () => {
  it('the shipped bar has none', () => {
    expect(parseBar().pickups).toBeUndefined();
  });

  it('read weapon and rounds; rounds default to a full magazine', () => {
    const json = withPickup({ weapon: ['string', 'quinoCase'], rounds: ['int', 2] });
    const level = parseBar(json);
    expect(level.pickups).toHaveLength(1);
    expect(level.pickups![0]).toMatchObject({ weapon: 'quinoCase', rounds: 2 });
    const full = parseBar(withPickup({ weapon: ['string', 'sawedOff'] }));
    expect(full.pickups![0]!.rounds).toBe(WEAPONS.sawedOff.magazine);
  });

  it('reject an unknown weapon, a bad count, a missing weapon or a non-point shape in one line', () => {
    expectLevelError(() => parseBar(withPickup({ weapon: ['string', 'bazooka'] })), BAR_FILE, `${L}.properties.weapon`, /unknown weapon "bazooka"/);
    expectLevelError(() => parseBar(withPickup({ weapon: ['string', 'wildey'], rounds: ['int', -1] })), BAR_FILE, `${L}.properties.rounds`, /round count/);
    expectLevelError(() => parseBar(withPickup({})), BAR_FILE, `${L}.properties.weapon`, /a weapon \(one of/);
    expectLevelError(() => parseBar(withPickup({ weapon: ['string', 'grenade'] }, { point: false, width: 16, height: 16 })), BAR_FILE, L, /a point object for a pickup/);
  });
});
