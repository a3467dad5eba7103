// Fire zones: named rectangles a trigger can `ignite` (src/sim/fire.ts spreads what they start).
import type { FireZone } from '../sim';
import { LevelError } from './level-error';
import type { MapGeometry } from './map-geometry';
import { KNOWN_PROPS, requireShape, type ObjectSet } from './map-objects';

export function readFires(set: ObjectSet, geo: MapGeometry): FireZone[] {
  return set.of('fire').map((o) => {
    requireShape(geo.file, o, 'rectangle');
    o.props.onlyKnown((n) => KNOWN_PROPS.fire.includes(n), KNOWN_PROPS.fire);
    if (o.name === '') throw new LevelError(geo.file, `${o.label}.name`, 'a name for the fire zone (an ignite trigger refers to it)', 'none');
    return { name: o.name, area: geo.requireAreaInside(o) };
  });
}
