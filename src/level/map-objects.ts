// Gathers the objects of every object layer, validates their Tiled shape and sorts them by kind.
import { quote } from './error-text';
import { LevelError } from './level-error';
import { Props } from './properties';
import { check } from './validate';
import { MapObjectSchema, ObjectLayerSchema, type TiledObject } from './tiled-schema';

/** Object classes (Tiled "Class", saved as `type`) that mean something to the game. */
export const OBJECT_KINDS = ['player', 'actor', 'door', 'trigger', 'exit', 'fire', 'pickup'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

export type Shape = 'point' | 'rectangle' | 'ellipse' | 'polygon' | 'polyline' | 'tile' | 'text';

export interface MapObject {
  readonly obj: TiledObject;
  /** "" for plain objects (patrol paths, notes). */
  readonly kind: ObjectKind | '';
  /** Field path naming the object in errors: 'objects "tavo" (id 16)'. */
  readonly label: string;
  /** The object's name: Tiled's Name field, or a `name` custom property. */
  readonly name: string;
  readonly props: Props;
  readonly shape: Shape;
}

export function shapeOf(o: TiledObject): Shape {
  if (o.point) return 'point';
  if (o.ellipse) return 'ellipse';
  if (o.polygon) return 'polygon';
  if (o.polyline) return 'polyline';
  if (o.gid !== undefined) return 'tile';
  if (o.text !== undefined) return 'text';
  return 'rectangle';
}

/** A label usable before the object is validated, from whatever id and name it has. */
function rawLabel(raw: unknown, layer: number, index: number): string {
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as { id?: unknown; name?: unknown; type?: unknown; class?: unknown };
    if (typeof r.id === 'number') {
      if (typeof r.name === 'string' && r.name !== '') return `objects ${quote(r.name)} (id ${r.id})`;
      const cls = typeof r.type === 'string' && r.type !== '' ? r.type : typeof r.class === 'string' ? r.class : '';
      return /^[A-Za-z_][\w-]{0,30}$/.test(cls) ? `objects ${cls} (id ${r.id})` : `objects (id ${r.id})`;
    }
  }
  return `layers[${layer}].objects[${index}]`;
}

export interface ObjectSet {
  readonly all: readonly MapObject[];
  readonly byId: ReadonlyMap<number, MapObject>;
  of(kind: ObjectKind): MapObject[];
}

/** Reads every object of the given object layers (indices into the map's `layers`). */
export function readObjects(file: string, layers: readonly unknown[], objectLayers: readonly number[]): ObjectSet {
  const all: MapObject[] = [];
  const byId = new Map<number, MapObject>();
  for (const li of objectLayers) {
    const layer = check(ObjectLayerSchema, layers[li], file, `layers[${li}]`);
    layer.objects.forEach((raw, oi) => {
      const label = rawLabel(raw, li, oi);
      const obj = check(MapObjectSchema, raw, file, label);
      const cls = obj.type !== '' ? obj.type : obj.class;
      if (cls !== '' && !(OBJECT_KINDS as readonly string[]).includes(cls)) {
        throw new LevelError(file, `${label}.type`, `an object class of ${OBJECT_KINDS.join(', ')} (or none, for paths and notes)`, quote(cls));
      }
      const other = byId.get(obj.id);
      if (other) throw new LevelError(file, `${label}.id`, 'a unique object id', `${obj.id} (also ${other.label})`);
      const props = new Props(obj.properties, file, label);
      let name = obj.name.trim();
      const propName = props.string('name')?.trim();
      if (propName !== undefined && propName !== '') {
        if (name !== '' && name !== propName) props.fail('name', `the same name as the object's Name field ${quote(name)}`, quote(propName));
        name = propName;
      }
      const mo: MapObject = { obj, kind: cls as ObjectKind | '', label, name, props, shape: shapeOf(obj) };
      all.push(mo);
      byId.set(obj.id, mo);
    });
  }
  return { all, byId, of: (kind) => all.filter((o) => o.kind === kind) };
}

/** Requires a given shape (and no rotation for areas). */
export function requireShape(file: string, o: MapObject, shape: Shape): void {
  if (o.shape !== shape) {
    throw new LevelError(file, o.label, `a ${shape} object for a ${o.kind === '' ? 'path' : o.kind}`, `a ${o.shape}`);
  }
  if (shape === 'rectangle') {
    if (o.obj.rotation !== 0) throw new LevelError(file, `${o.label}.rotation`, '0 (rotated areas are not supported)', String(o.obj.rotation));
    if (!(o.obj.width > 0 && o.obj.height > 0)) {
      throw new LevelError(file, o.label, 'a rectangle with a positive width and height', `${o.obj.width}x${o.obj.height}`);
    }
  }
}

/** The properties each kind may carry (anything else is reported as a likely typo). */
export const KNOWN_PROPS: Readonly<Record<ObjectKind, readonly string[]>> = {
  player: ['facing'],
  actor: ['name', 'archetype', 'facing', 'behavior', 'path', 'group', 'dormant', 'calm', 'spare'],
  door: ['name', 'vertical', 'hidden'],
  trigger: ['name', 'delay', 'caption', 'caption1', 'caption2', '…', 'captions', 'alarm', 'spawn', 'openDoor', 'ignite', 'kill', 'throwCase', 'after'],
  exit: ['name'],
  fire: ['name'],
  pickup: ['name', 'weapon', 'rounds'],
};
