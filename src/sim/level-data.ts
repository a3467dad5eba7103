// The level as the simulation consumes it: plain, immutable data.
// src/level turns a Tiled map into this; nothing here knows about Tiled.
import type { WeaponId } from './weapons';
import type { ArchetypeId } from './archetypes';

/** Collision class of one grid cell. */
export const enum Cell {
  Floor = 0,
  /** Blocks movement, bullets, sight; damps sound. */
  Wall = 1,
  /** Low cover (tables, bar counter): blocks movement and distant bullets; sight passes over it. */
  Cover = 2,
  /** Out-of-bounds or open gap: blocks walking, not bullets or sight (rooftop gaps, later). */
  Void = 3,
  /** A closed door (world state only, never in level data): blocks like a wall until opened. */
  DoorClosed = 4,
}

/** Surface a bullet hits, for impact effects and sounds. */
export const enum Material {
  None = 0,
  Stone = 1,
  Wood = 2,
  Glass = 3,
  Metal = 4,
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type Behavior = 'idle' | 'patrol' | 'guard';

export interface ActorSpawn {
  /** Name from the map (unique when set), used by objectives ("defeat": "tavo") and triggers. */
  readonly name: string;
  /** Key into ARCHETYPES (src/sim/archetypes.ts). */
  readonly archetype: ArchetypeId;
  /** World pixels, centre of the actor. */
  readonly x: number;
  readonly y: number;
  /** Facing at spawn, integer angle (0..4095, 0 = east, clockwise on screen). */
  readonly facing: number;
  readonly behavior: Behavior;
  /** Patrol waypoints in world pixels (patrol only; loops). */
  readonly path: readonly Point[];
  /** Group name for triggers/objectives ("" when none). */
  readonly group: string;
  /** Not in the world until a trigger spawns its group. */
  readonly dormant: boolean;
  /** Ignores the player on sight until an alarm, gunfire or damage (the bar patrons). */
  readonly calm: boolean;
  /**
   * El must not shoot him here (Bucho below the rooftops): never wakes, allies leave him be, and
   * El's first hit loses the run with this text as the failure (src/sim/spare.ts). Absent: not spared.
   */
  readonly spare?: string;
}

export interface DoorSpawn {
  readonly name: string;
  /** Cell coordinates of the door tile. */
  readonly tx: number;
  readonly ty: number;
  /** Vertical door (in a wall running north-south) or horizontal. */
  readonly vertical: boolean;
  /** A hidden door looks like wall until opened (the back room). */
  readonly hidden: boolean;
}

export type TriggerAction =
  | { readonly type: 'caption'; readonly speaker: string; readonly text: string }
  | { readonly type: 'alarm' }
  | { readonly type: 'spawn'; readonly group: string }
  | { readonly type: 'openDoor'; readonly door: string }
  /** Sets the named fire zone burning (src/sim/fire.ts spreads it). */
  | { readonly type: 'ignite'; readonly fire: string }
  /** The named actor dies at once, by knives (Navajas killing Buscemi). */
  | { readonly type: 'kill'; readonly target: string }
  /**
   * El throws his guitar case (everything but the sleeve pistols) to land at (x, y), world pixels:
   * the case across the rooftop gap, to be taken back with Use (src/sim/case-throw.ts).
   */
  | { readonly type: 'throwCase'; readonly x: number; readonly y: number };

export interface TriggerZone {
  readonly name: string;
  readonly area: Rect;
  /** Ticks between the player entering and the actions running. */
  readonly delay: number;
  /**
   * Waits for the story: the trigger only starts once this many objectives are done (El inside its
   * area then, or later). Left out: from the start.
   */
  readonly after?: number;
  readonly actions: readonly TriggerAction[];
}

export type Objective =
  | { readonly type: 'eliminate'; readonly group: string; readonly text: string }
  /** El inside the exit, and with him (inside it or at his side) each living actor named in `with`. */
  | { readonly type: 'reach'; readonly exit: string; readonly with?: readonly string[]; readonly text: string }
  | { readonly type: 'survive'; readonly ticks: number; readonly text: string }
  | { readonly type: 'defeat'; readonly target: string; readonly text: string }
  /**
   * The standoff: `cue` ticks after the objective begins the target moves; El must draw (pull the
   * trigger) within `window` ticks of it. Too early or too late has consequences (see duel.ts).
   */
  | { readonly type: 'duel'; readonly target: string; readonly cue: number; readonly window: number; readonly text: string };

export interface ExitZone {
  readonly name: string;
  readonly area: Rect;
}

/** What the guitar case holds at the start of a level beyond the sleeve pistols (0 = not carried). */
export interface Loadout {
  /** Sawed-off shells in all (two load at a time). */
  readonly sawedOff: number;
  /** Wildey magnum rounds in all. */
  readonly wildey: number;
  readonly grenades: number;
}

export const EMPTY_LOADOUT: Loadout = Object.freeze({ sawedOff: 0, wildey: 0, grenades: 0 });

/** A gun, case or grenades lying on the floor at the start (optional: older levels have none). */
export interface PickupSpawn {
  readonly weapon: WeaponId;
  /** Rounds it holds (grenades: how many). */
  readonly rounds: number;
  readonly x: number;
  readonly y: number;
}

/** A named area a trigger can set on fire (`ignite`). */
export interface FireZone {
  readonly name: string;
  readonly area: Rect;
}

/** A table standing on a cover cell: El can kick it over (src/sim/tables.ts). */
export interface TableSpawn {
  readonly tx: number;
  readonly ty: number;
  /** Sprite name, for drawing only. */
  readonly art: string;
}

/** What a breakable cell becomes once broken, stored as `Cell + 1` so that 0 means "not breakable". */
export function breakableCode(becomes: Cell): number {
  return becomes + 1;
}

export interface LevelData {
  readonly id: string;
  readonly title: string;
  /** Grid size in cells. */
  readonly width: number;
  readonly height: number;
  /** Pixels per cell (16). */
  readonly tileSize: number;
  /** width*height Cell values, row-major. */
  readonly cells: Uint8Array;
  /** width*height Material values, row-major (what a bullet hitting that cell sounds like). */
  readonly materials: Uint8Array;
  /** Tile layers for drawing only (Tiled global tile ids, 0 = empty); the sim never reads them. */
  readonly layers: readonly { readonly name: string; readonly gids: Uint16Array }[];
  readonly player: { readonly x: number; readonly y: number; readonly facing: number };
  readonly actors: readonly ActorSpawn[];
  readonly doors: readonly DoorSpawn[];
  readonly triggers: readonly TriggerZone[];
  readonly exits: readonly ExitZone[];
  /** Completed in order; the level is cleared when the last is done. */
  readonly objectives: readonly Objective[];
  /** Ticks before the outcome is "timeout"; 0 = no limit. */
  readonly timeLimit: number;
  readonly loadout: Loadout;
  /** Names of actors who must live (Carolina, the boy): a death ends the run as failed. */
  readonly protect: readonly string[];
  readonly fires: readonly FireZone[];
  /**
   * Per cell, row-major: 0 = not breakable; otherwise `breakableCode(cell)` of what a bullet leaves
   * (a window pane becomes Void, a shelf of bottles stays Wall). See src/sim/breakables.ts.
   */
  readonly breakable: Uint8Array;
  /** Tables El can kick over; their cells are Cover in `cells`. */
  readonly tables: readonly TableSpawn[];
  /** Guns, cases and grenades on the floor at the start (absent = none). */
  readonly pickups?: readonly PickupSpawn[];
}
