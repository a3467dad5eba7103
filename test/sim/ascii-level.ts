// Small levels drawn as text, for unit tests of single mechanics.
//   # wall   . floor   T low cover (table)   ~ void   D door   H hidden door
//   t a table El can kick over   = window pane (breaks to void)   % bottles (break, stay wall)
//   , wooden floor (burns)   W wooden wall (burns)
//   @ El Mariachi   e henchman   g gunman   c civilian   (actors stand on floor)
//   a Campa   q Quino   l Carolina   b the boy   v the car (lieutenant)   B Bucho   n Navajas   u Buscemi
import { breakableCode, Cell, EMPTY_LOADOUT, Material, type ActorSpawn, type DoorSpawn, type ExitZone, type FireZone, type LevelData, type Loadout, type Objective, type PickupSpawn, type TableSpawn, type TriggerZone } from '../../src/sim/level-data';
import type { ArchetypeId } from '../../src/sim/archetypes';

export interface AsciiOptions {
  id?: string;
  objectives?: Objective[];
  triggers?: TriggerZone[];
  exits?: ExitZone[];
  timeLimit?: number;
  loadout?: Partial<Loadout>;
  protect?: string[];
  fires?: FireZone[];
  /** Guns, cases and grenades on the floor at the start. */
  pickups?: PickupSpawn[];
  /** Overrides per actor letter index (in reading order). */
  actor?: (spawn: ActorSpawn, index: number) => ActorSpawn;
  playerFacing?: number;
}

const ARCH: Record<string, ArchetypeId> = {
  e: 'henchman', g: 'gunman', c: 'civilian', a: 'campa', q: 'quino', l: 'carolina', b: 'boy', v: 'lieutenant', B: 'bucho',
  n: 'navajas', u: 'buscemi',
};

export function asciiLevel(rows: string[], options: AsciiOptions = {}): LevelData {
  const height = rows.length;
  const width = rows[0]!.length;
  const cells = new Uint8Array(width * height);
  const materials = new Uint8Array(width * height);
  const actors: ActorSpawn[] = [];
  const doors: DoorSpawn[] = [];
  const tables: TableSpawn[] = [];
  const breakable = new Uint8Array(width * height);
  let player = { x: 0, y: 0, facing: options.playerFacing ?? 0 };
  rows.forEach((row, ty) => {
    if (row.length !== width) throw new Error(`row ${ty} has ${row.length} columns, expected ${width}`);
    [...row].forEach((ch, tx) => {
      const i = ty * width + tx;
      const cx = tx * 16 + 8;
      const cy = ty * 16 + 8;
      switch (ch) {
        case '#':
          cells[i] = Cell.Wall;
          materials[i] = Material.Stone;
          break;
        case ',':
          materials[i] = Material.Wood;
          break;
        case 'W':
          cells[i] = Cell.Wall;
          materials[i] = Material.Wood;
          break;
        case 'T':
          cells[i] = Cell.Cover;
          materials[i] = Material.Wood;
          break;
        case 't':
          cells[i] = Cell.Cover;
          materials[i] = Material.Wood;
          tables.push({ tx, ty, art: 'table' });
          break;
        case '=':
        case '%':
          cells[i] = Cell.Wall;
          materials[i] = Material.Glass;
          breakable[i] = breakableCode(ch === '=' ? Cell.Void : Cell.Wall);
          break;
        case '~':
          cells[i] = Cell.Void;
          break;
        case 'D':
        case 'H': {
          const wallAbove = rows[ty - 1]?.[tx] === '#';
          doors.push({ name: `door${doors.length}`, tx, ty, vertical: wallAbove, hidden: ch === 'H' });
          materials[i] = Material.Wood;
          break;
        }
        case '@':
          player = { x: cx, y: cy, facing: player.facing };
          break;
        default:
          if (ARCH[ch]) {
            let spawn: ActorSpawn = {
              name: `${ARCH[ch]}${actors.length}`, archetype: ARCH[ch]!, x: cx, y: cy, facing: 2048,
              behavior: 'idle', path: [], group: '', dormant: false, calm: false,
            };
            if (options.actor) spawn = options.actor(spawn, actors.length);
            actors.push(spawn);
          }
      }
    });
  });
  return {
    id: options.id ?? 'test',
    title: 'Test',
    width,
    height,
    tileSize: 16,
    cells,
    materials,
    layers: [],
    player,
    actors,
    doors,
    triggers: options.triggers ?? [],
    exits: options.exits ?? [],
    // By default the level never ends on its own, so a test decides when to stop.
    objectives: options.objectives ?? [{ type: 'survive', ticks: 1e9, text: 'Hold out' }],
    timeLimit: options.timeLimit ?? 0,
    loadout: { ...EMPTY_LOADOUT, ...options.loadout },
    protect: options.protect ?? [],
    fires: options.fires ?? [],
    breakable,
    tables,
    ...(options.pickups ? { pickups: options.pickups } : {}),
  };
}
