// Rectangle objects: doors (one tile in a wall gap), triggers (scripted zones) and exits.
import {
  Cell, type ActorSpawn, type DoorSpawn, type ExitZone, type FireZone, type TriggerAction, type TriggerZone,
} from '../sim';
import { listOf, quote } from './error-text';
import { LevelError } from './level-error';
import { readCaseTarget } from './case-target';
import { captionLines, captionOrder, CAPTION_FORMAT, parseCaption } from './captions-format';
import { cellName, type MapGeometry } from './map-geometry';
import { KNOWN_PROPS, requireShape, type MapObject, type ObjectSet } from './map-objects';
import type { Props } from './properties';
import { TILE_SIZE } from './tiled-schema';

function describeCell(geo: MapGeometry, tx: number, ty: number): string {
  const c = geo.cellAt(tx, ty);
  return c === null ? `the map edge at tile (${tx}, ${ty})` : `${cellName(c)} at tile (${tx}, ${ty})`;
}

export function readDoors(set: ObjectSet, geo: MapGeometry): DoorSpawn[] {
  return set.of('door').map((o) => {
    requireShape(geo.file, o, 'rectangle');
    o.props.onlyKnown((n) => KNOWN_PROPS.door.includes(n), KNOWN_PROPS.door);
    const { x, y, width, height } = o.obj;
    if (width !== TILE_SIZE || height !== TILE_SIZE) {
      throw new LevelError(geo.file, o.label, `a ${TILE_SIZE}x${TILE_SIZE} rectangle (one tile)`, `${width}x${height}`);
    }
    if (x % TILE_SIZE !== 0 || y % TILE_SIZE !== 0) {
      throw new LevelError(geo.file, o.label, `a rectangle aligned to the ${TILE_SIZE} px grid`, `x ${x}, y ${y}`);
    }
    const tx = x / TILE_SIZE;
    const ty = y / TILE_SIZE;
    const here = geo.cellAt(tx, ty);
    if (here === null) throw new LevelError(geo.file, o.label, 'a door inside the map', `tile (${tx}, ${ty})`);
    if (here !== Cell.Floor) {
      throw new LevelError(geo.file, o.label, 'a door on a floor cell in a gap of the walls layer', describeCell(geo, tx, ty));
    }
    const isWall = (dx: number, dy: number) => geo.cellAt(tx + dx, ty + dy) === Cell.Wall;
    const northSouth = isWall(0, -1) && isWall(0, 1);
    const eastWest = isWall(-1, 0) && isWall(1, 0);
    const stated = o.props.bool('vertical');
    const vertical = stated ?? (northSouth && !eastWest);
    if (vertical && !northSouth) {
      const bad = isWall(0, -1) ? describeCell(geo, tx, ty + 1) : describeCell(geo, tx, ty - 1);
      throw new LevelError(geo.file, o.label, 'a vertical door with walls north and south of it', bad);
    }
    if (!vertical && !eastWest) {
      if (stated === undefined && !northSouth) {
        throw new LevelError(geo.file, o.label, 'a door in a gap of the walls layer (walls on two opposite sides)', `no walls around tile (${tx}, ${ty})`);
      }
      const bad = isWall(-1, 0) ? describeCell(geo, tx + 1, ty) : describeCell(geo, tx - 1, ty);
      throw new LevelError(geo.file, o.label, 'a horizontal door with walls west and east of it (set vertical for a north-south wall)', bad);
    }
    const index = ty * geo.width + tx;
    if (geo.doorCells.has(index)) throw new LevelError(geo.file, o.label, 'one door per tile', `a second door at tile (${tx}, ${ty})`);
    geo.doorCells.add(index);
    return { name: o.name, tx, ty, vertical, hidden: o.props.bool('hidden') ?? false };
  });
}

/** A comma-separated list property ("tavo, backup"). */
function listProp(o: MapObject, name: string): string[] {
  const value = o.props.string(name);
  if (value === undefined) return [];
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) o.props.fail(name, 'one or more names separated by commas', 'an empty string');
  return items;
}

function readCaptions(o: MapObject): TriggerAction[] {
  const props: Props = o.props;
  const numbered = props.names()
    .map((name) => ({ name, order: captionOrder(name) }))
    .filter((c): c is { name: string; order: number } => c.order !== null)
    .sort((a, b) => a.order - b.order);
  const multi = props.string('captions');
  if (multi !== undefined && numbered.length > 0) {
    props.fail('captions', 'either a multi-line "captions" or "caption"/"caption1"/"caption2"…, not both', `both (and ${numbered[0]!.name})`);
  }
  const out: TriggerAction[] = [];
  if (multi !== undefined) {
    const lines = captionLines(multi);
    if (lines.length === 0) props.fail('captions', `one ${CAPTION_FORMAT} per line`, 'no lines');
    for (const l of lines) {
      const c = parseCaption(l.text);
      if (!c) props.fail(`captions line ${l.line}`, CAPTION_FORMAT, quote(l.text));
      out.push({ type: 'caption', ...c });
    }
  }
  for (const { name } of numbered) {
    const text = props.string(name) ?? '';
    const c = parseCaption(text.trim());
    if (!c) props.fail(name, CAPTION_FORMAT, quote(text));
    out.push({ type: 'caption', ...c });
  }
  return out;
}

const TRIGGER_ACTIONS = 'at least one action (caption, caption1…, captions, openDoor, spawn, alarm, ignite, kill, throwCase)';

export function readTriggers(
  set: ObjectSet,
  geo: MapGeometry,
  doors: readonly DoorSpawn[],
  actors: readonly ActorSpawn[],
  fires: readonly FireZone[],
  objectiveCount: number,
): TriggerZone[] {
  const doorNames = doors.map((d) => d.name).filter((n) => n !== '');
  const fireNames = fires.map((f) => f.name);
  const actorNames = actors.map((a) => a.name).filter((n) => n !== '');
  const dormantGroups = [...new Set(actors.filter((a) => a.dormant).map((a) => a.group))];
  return set.of('trigger').map((o) => {
    requireShape(geo.file, o, 'rectangle');
    const props: Props = o.props;
    props.onlyKnown((n) => KNOWN_PROPS.trigger.includes(n) || captionOrder(n) !== null, KNOWN_PROPS.trigger);
    const area = geo.requireAreaInside(o);
    const delay = props.int('delay', 0, 60 * 60 * 10, 'a delay in ticks from 0 to 36000 (60 ticks = 1 s)') ?? 0;
    const actions = readCaptions(o);
    for (const door of listProp(o, 'openDoor')) {
      if (!doorNames.includes(door)) props.fail('openDoor', `the name of a door (one of ${listOf(doorNames)})`, quote(door));
      actions.push({ type: 'openDoor', door });
    }
    for (const group of listProp(o, 'spawn')) {
      if (!dormantGroups.includes(group)) {
        props.fail('spawn', `a group that has dormant actors (one of ${listOf(dormantGroups)})`, quote(group));
      }
      actions.push({ type: 'spawn', group });
    }
    if (props.bool('alarm') === true) actions.push({ type: 'alarm' });
    for (const fire of listProp(o, 'ignite')) {
      if (!fireNames.includes(fire)) props.fail('ignite', `the name of a fire zone (one of ${listOf(fireNames)})`, quote(fire));
      actions.push({ type: 'ignite', fire });
    }
    for (const target of listProp(o, 'kill')) {
      if (!actorNames.includes(target)) props.fail('kill', `the name of an actor (one of ${listOf(actorNames)})`, quote(target));
      actions.push({ type: 'kill', target });
    }
    const landing = readCaseTarget(o, set, geo);
    if (landing) actions.push({ type: 'throwCase', ...landing });
    if (actions.length === 0) throw new LevelError(geo.file, o.label, TRIGGER_ACTIONS, 'none');
    const after = props.int('after', 1, objectiveCount, `a number of objectives done before the trigger starts, from 1 to ${objectiveCount} (the objectives listed)`);
    return { name: o.name, area, delay, actions, ...(after !== undefined ? { after } : {}) };
  });
}

export function readExits(set: ObjectSet, geo: MapGeometry): ExitZone[] {
  return set.of('exit').map((o) => {
    requireShape(geo.file, o, 'rectangle');
    o.props.onlyKnown((n) => KNOWN_PROPS.exit.includes(n), KNOWN_PROPS.exit);
    if (o.name === '') throw new LevelError(geo.file, `${o.label}.name`, 'a name for the exit (objectives refer to it)', 'none');
    return { name: o.name, area: geo.requireAreaInside(o) };
  });
}
