// Guns, cases and grenades lying on the floor at the start (point objects of class "pickup"):
// `weapon` names one (see src/sim/weapons.ts), `rounds` what it holds (grenades: how many).
import { WEAPON_IDS, WEAPONS, type PickupSpawn, type WeaponId } from '../sim';
import { quote } from './error-text';
import type { Props } from './properties';
import type { MapGeometry } from './map-geometry';
import { KNOWN_PROPS, requireShape, type ObjectSet } from './map-objects';

/** Properties a pickup object may carry. */
export const PICKUP_PROPS: readonly string[] = KNOWN_PROPS.pickup;
const MAX_ROUNDS = 999;
/** El's own guitar case is never placed: it only lands where a trigger throws it (throwCase). */
const PLACEABLE: readonly string[] = WEAPON_IDS.filter((w) => w !== 'guitarCase');

export function readPickups(set: ObjectSet, geo: MapGeometry): PickupSpawn[] {
  return set.of('pickup').map((o) => {
    requireShape(geo.file, o, 'point');
    const props: Props = o.props;
    props.onlyKnown((n) => PICKUP_PROPS.includes(n), PICKUP_PROPS);
    const weapon = props.string('weapon');
    if (weapon === undefined) props.fail('weapon', `a weapon (one of ${PLACEABLE.join(', ')})`, 'nothing');
    if (!PLACEABLE.includes(weapon)) {
      props.fail('weapon', `a known weapon (one of ${PLACEABLE.join(', ')})`, `unknown weapon ${quote(weapon)}`);
    }
    const id = weapon as WeaponId;
    // A full magazine unless the map says otherwise (a single grenade for 'grenade').
    const rounds = props.int('rounds', 0, MAX_ROUNDS, `a round count from 0 to ${MAX_ROUNDS}`) ?? WEAPONS[id].magazine;
    geo.requireWalkable(`${o.label}.position`, o.obj.x, o.obj.y, 'a pickup');
    return { weapon: id, rounds, x: o.obj.x, y: o.obj.y };
  });
}
