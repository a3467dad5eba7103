// MapSource -> Tiled map JSON (the same layout as levels/bar.tmj: layers floor, walls, cover, objects
// and the external tileset tileset.tsj), and its text with one grid row per line.
import type { Area, Cellpos, MapSource, ObjectSource, TileStack } from './map-source';

const T = 16;
type Json = Record<string, unknown>;
type Prop = { name: string; type: string; value: unknown };

export class SourceError extends Error {}

function findMarker(src: MapSource, ch: string): [number, number] {
  let found: [number, number] | null = null;
  src.grid.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (row[x] !== ch) continue;
      if (found) throw new SourceError(`${src.id}: marker "${ch}" appears more than once in the grid`);
      found = [x, y];
    }
  });
  if (!found) throw new SourceError(`${src.id}: marker "${ch}" is not in the grid`);
  return found;
}

function cell(src: MapSource, p: Cellpos): [number, number] {
  return typeof p === 'string' ? findMarker(src, p) : [p[0], p[1]];
}

function rect(src: MapSource, a: Area): { x: number; y: number; width: number; height: number } {
  if (a.length === 2) {
    const [x1, y1] = findMarker(src, a[0]);
    const [x2, y2] = findMarker(src, a[1]);
    const x = Math.min(x1, x2);
    const y = Math.min(y1, y2);
    return { x: x * T, y: y * T, width: (Math.abs(x2 - x1) + 1) * T, height: (Math.abs(y2 - y1) + 1) * T };
  }
  return { x: a[0] * T, y: a[1] * T, width: a[2] * T, height: a[3] * T };
}

const str = (name: string, value: string): Prop => ({ name, type: 'string', value });
const int = (name: string, value: number): Prop => ({ name, type: 'int', value });
const bool = (name: string, value: boolean): Prop => ({ name, type: 'bool', value });

function floorGid(stack: TileStack, x: number, y: number): number {
  const f = stack.floor;
  if (f === undefined) return 0;
  if (typeof f === 'number') return f + 1;
  // A fixed scatter, so regenerating a map never reshuffles its floor.
  const pick = ((x * 7 + y * 13 + ((x * y) % 5)) % f.length + f.length) % f.length;
  return f[pick]! + 1;
}

function tileLayers(src: MapSource): { floor: number[]; walls: number[]; cover: number[] } {
  const width = src.grid[0]!.length;
  const out = { floor: [] as number[], walls: [] as number[], cover: [] as number[] };
  src.grid.forEach((row, y) => {
    if (row.length !== width) throw new SourceError(`${src.id}: grid row ${y} has ${row.length} columns, expected ${width}`);
    for (let x = 0; x < width; x++) {
      const stack = src.legend[row[x]!];
      if (!stack) throw new SourceError(`${src.id}: grid row ${y} column ${x}: "${row[x]}" is not in the legend`);
      out.floor.push(floorGid(stack, x, y));
      out.walls.push(stack.walls === undefined ? 0 : stack.walls + 1);
      out.cover.push(stack.cover === undefined ? 0 : stack.cover + 1);
    }
  });
  return out;
}

function objectsOf(src: MapSource): Json[] {
  const out: Json[] = [];
  let nextId = 1;
  const base = (name: string, type: string) => ({ id: nextId++, name, type, rotation: 0, visible: true });
  const point = (p: Cellpos) => {
    const [x, y] = cell(src, p);
    return { point: true, x: x * T + T / 2, y: y * T + T / 2, width: 0, height: 0 };
  };
  const area = (a: Area) => rect(src, a);
  const list = (name: string, items: readonly string[] | undefined): Prop[] => (items && items.length > 0 ? [str(name, items.join(', '))] : []);
  for (const o of src.objects as readonly ObjectSource[]) {
    switch (o.kind) {
      case 'player':
        out.push({ ...base('', 'player'), ...point(o.at), properties: [int('facing', o.facing ?? 0)] });
        break;
      case 'actor': {
        const props: Prop[] = [str('archetype', o.archetype), int('facing', o.facing ?? 0)];
        if (o.behavior && o.behavior !== 'idle') props.push(str('behavior', o.behavior));
        const actor: Json = { ...base(o.name, 'actor'), ...point(o.at), properties: props };
        out.push(actor);
        if (o.path) {
          const pts = o.path.map((p) => cell(src, p));
          const [x0, y0] = pts[0]!;
          const line = { ...base(`${o.name}_path`, ''), x: x0 * T + T / 2, y: y0 * T + T / 2, width: 0, height: 0,
            polyline: pts.map(([x, y]) => ({ x: (x - x0) * T, y: (y - y0) * T })) };
          out.push(line);
          props.push({ name: 'path', type: 'object', value: line.id });
        }
        if (o.group) props.push(str('group', o.group));
        if (o.dormant) props.push(bool('dormant', true));
        if (o.calm) props.push(bool('calm', true));
        if (o.spare !== undefined) props.push(str('spare', o.spare));
        break;
      }
      case 'door': {
        const [x, y] = cell(src, o.at);
        const props: Prop[] = [];
        if (o.vertical !== undefined) props.push(bool('vertical', o.vertical));
        if (o.hidden) props.push(bool('hidden', true));
        out.push({ ...base(o.name, 'door'), x: x * T, y: y * T, width: T, height: T, properties: props });
        break;
      }
      case 'trigger': {
        const props: Prop[] = [];
        if (o.delay) props.push(int('delay', o.delay));
        if (o.after !== undefined) props.push(int('after', o.after));
        (o.captions ?? []).forEach((c, i) => props.push(str(`caption${i + 1}`, c)));
        props.push(...list('openDoor', o.openDoor), ...list('spawn', o.spawn), ...list('ignite', o.ignite), ...list('kill', o.kill));
        if (o.alarm) props.push(bool('alarm', true));
        if (o.throwCase !== undefined) {
          const [x, y] = cell(src, o.throwCase);
          props.push(str('throwCase', `${x}, ${y}`));
        }
        out.push({ ...base(o.name, 'trigger'), ...area(o.area), properties: props });
        break;
      }
      case 'exit':
      case 'fire':
        out.push({ ...base(o.name, o.kind), ...area(o.area) });
        break;
      case 'note':
        out.push({ ...base(o.name, ''), ...area(o.area) });
        break;
      case 'pickup': {
        const props: Prop[] = [str('weapon', o.weapon)];
        if (o.rounds !== undefined) props.push(int('rounds', o.rounds));
        out.push({ ...base('', 'pickup'), ...point(o.at), properties: props });
        break;
      }
    }
  }
  return out;
}

/** The Tiled map as a JSON value. */
export function buildMap(src: MapSource): Json {
  const width = src.grid[0]!.length;
  const height = src.grid.length;
  const layers = tileLayers(src);
  const objects = objectsOf(src);
  const tileLayer = (id: number, name: keyof typeof layers) => ({
    data: layers[name], height, id, name, opacity: 1, type: 'tilelayer', visible: true, width, x: 0, y: 0,
  });
  // Tiled lists map properties by name; `id` names the board whatever the file is called.
  const properties: Prop[] = [str('id', src.id)];
  if (src.loadout !== undefined) properties.push(str('loadout', src.loadout));
  properties.push(str('objectives', src.objectives.join('\n')));
  if (src.protect && src.protect.length > 0) properties.push(str('protect', src.protect.join(', ')));
  properties.push(int('timeLimit', src.timeLimit ?? 0), str('title', src.title));
  return {
    compressionlevel: -1,
    height,
    infinite: false,
    layers: [
      tileLayer(1, 'floor'),
      tileLayer(2, 'walls'),
      tileLayer(3, 'cover'),
      { draworder: 'topdown', id: 4, name: 'objects', objects, opacity: 1, type: 'objectgroup', visible: true, x: 0, y: 0 },
    ],
    nextlayerid: 5,
    nextobjectid: objects.length + 1,
    orientation: 'orthogonal',
    properties,
    renderorder: 'right-down',
    tiledversion: '1.10.2',
    tileheight: T,
    tilesets: [{ firstgid: 1, source: 'tileset.tsj' }],
    tilewidth: T,
    type: 'map',
    version: '1.10',
    width,
  };
}

/** JSON text as Tiled lays it out, with each tile layer's data one map row per line. */
export function mapText(map: Json): string {
  const width = map.width as number;
  const rows: string[] = [];
  const text = JSON.stringify(map, (key, value: unknown) => {
    if (key === 'data' && Array.isArray(value)) {
      const lines: string[] = [];
      for (let i = 0; i < value.length; i += width) lines.push(`  ${value.slice(i, i + width).join(',')}`);
      rows.push(lines.join(',\n'));
      return `@@ROWS${rows.length - 1}@@`;
    }
    return value;
  }, 1);
  return `${text.replace(/"@@ROWS(\d+)@@"/g, (_, i: string) => `[\n${rows[Number(i)]!}]`)}\n`;
}
