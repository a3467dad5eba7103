// Player and actor spawn points (point objects of class "player" / "actor").
import { ARCHETYPE_IDS, isArchetypeId, type ActorSpawn, type Behavior, type Point } from '../sim';
import { quote } from './error-text';
import { LevelError } from './level-error';
import type { MapGeometry } from './map-geometry';
import { KNOWN_PROPS, requireShape, type MapObject, type ObjectSet } from './map-objects';
import type { Props } from './properties';

export const ANGLE_TEXT = 'an angle from 0 to 4095 (0 east, 1024 south, 2048 west, 3072 north)';
const BEHAVIORS: readonly Behavior[] = ['idle', 'patrol', 'guard'];

function facingOf(o: MapObject): number {
  return o.props.int('facing', 0, 4095, ANGLE_TEXT) ?? 0;
}

export function readPlayer(set: ObjectSet, geo: MapGeometry): { x: number; y: number; facing: number } {
  const players = set.of('player');
  if (players.length !== 1) {
    const got = players.length === 0 ? 'none' : `${players.length} (${players.map((p) => p.label).join(', ')})`;
    throw new LevelError(geo.file, 'objects', 'exactly one player spawn (a point object of class "player")', got);
  }
  const p = players[0]!;
  requireShape(geo.file, p, 'point');
  p.props.onlyKnown((n) => KNOWN_PROPS.player.includes(n), KNOWN_PROPS.player);
  geo.requireWalkable(`${p.label}.position`, p.obj.x, p.obj.y, 'a player spawn');
  return { x: p.obj.x, y: p.obj.y, facing: facingOf(p) };
}

function readPath(o: MapObject, set: ObjectSet, geo: MapGeometry): Point[] {
  const ref = o.props.objectRef('path');
  if (ref === undefined) o.props.fail('path', 'a polyline object to patrol (required with behavior "patrol")', 'nothing');
  const target = set.byId.get(ref);
  if (!target) o.props.fail('path', 'a reference to an existing polyline object', `object id ${ref}, which does not exist`);
  const line = target.obj.polyline;
  if (target.shape !== 'polyline' || !line) o.props.fail('path', 'a reference to a polyline object', `${target.label}, a ${target.shape}`);
  if (line.length < 2) throw new LevelError(geo.file, `${target.label}.polyline`, 'at least 2 points', String(line.length));
  return line.map((pt, i) => {
    const x = target.obj.x + pt.x;
    const y = target.obj.y + pt.y;
    geo.requireWalkable(`${target.label}.polyline[${i}]`, x, y, 'a patrol point', true);
    return { x, y };
  });
}

/** Longest `spare` text: it is shown on one line of the HUD and the results. */
export const SPARE_MAX = 80;

/** `spare`: the failure shown if El hits this actor (src/sim/spare.ts); one line of text. */
function readSpare(props: Props): string | undefined {
  const what = `the line shown if El hits him, e.g. "Not like this." (one line, at most ${SPARE_MAX} characters)`;
  const text = props.text('spare', what);
  if (text !== undefined && (text.length > SPARE_MAX || /[\r\n]/.test(text))) props.fail('spare', what, quote(text));
  return text;
}

export function readActors(set: ObjectSet, geo: MapGeometry): ActorSpawn[] {
  return set.of('actor').map((o) => {
    requireShape(geo.file, o, 'point');
    const props: Props = o.props;
    props.onlyKnown((n) => KNOWN_PROPS.actor.includes(n), KNOWN_PROPS.actor);
    const archetype = props.string('archetype');
    if (archetype === undefined) props.fail('archetype', `an archetype (one of ${ARCHETYPE_IDS.join(', ')})`, 'nothing');
    if (!isArchetypeId(archetype)) {
      props.fail('archetype', `a known archetype (one of ${ARCHETYPE_IDS.join(', ')})`, `unknown archetype ${quote(archetype)}`);
    }
    const behaviorText = props.string('behavior') ?? 'idle';
    if (!(BEHAVIORS as readonly string[]).includes(behaviorText)) {
      props.fail('behavior', `one of ${BEHAVIORS.join(', ')}`, quote(behaviorText));
    }
    const behavior = behaviorText as Behavior;
    if (behavior !== 'patrol' && props.has('path')) {
      props.fail('path', 'no path unless behavior is "patrol"', `a path with behavior ${quote(behavior)}`);
    }
    const group = props.string('group')?.trim() ?? '';
    const dormant = props.bool('dormant') ?? false;
    if (dormant && group === '') props.fail('group', 'a group for a dormant actor (a trigger spawns it by group)', 'none');
    geo.requireWalkable(`${o.label}.position`, o.obj.x, o.obj.y, 'an actor spawn');
    const spare = readSpare(props);
    return {
      name: o.name,
      archetype,
      x: o.obj.x,
      y: o.obj.y,
      facing: facingOf(o),
      behavior,
      path: behavior === 'patrol' ? readPath(o, set, geo) : [],
      group,
      dormant,
      calm: props.bool('calm') ?? false,
      // Left out when absent so older levels keep their content hash (replays stay valid).
      ...(spare !== undefined ? { spare } : {}),
    };
  });
}
