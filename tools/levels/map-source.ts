// The readable source of a level map: an ASCII grid, a legend from characters to tiles, the objects
// and the map properties. tools/levels/build.ts turns it into the Tiled map levels/<id>.tmj.
//
// Positions are in cells (column, row from the top-left, 0-based) or a marker character that appears
// exactly once in the grid; areas are [column, row, width, height] in cells or two marker characters
// for opposite corners. Actors and pickups stand at the centre of their cell.

/** Tileset ids (0..63, as in levels/tileset.tsj), not gids. `floor` may alternate between several. */
export interface TileStack {
  readonly floor?: number | readonly number[];
  readonly walls?: number;
  readonly cover?: number;
}

export type Cellpos = readonly [number, number] | string;
export type Area = readonly [number, number, number, number] | readonly [string, string];

export interface ActorSource {
  readonly kind: 'actor';
  readonly name: string;
  readonly archetype: string;
  readonly at: Cellpos;
  readonly facing?: number;
  readonly behavior?: 'idle' | 'patrol' | 'guard';
  /** Patrol waypoints (cells); required for patrol. */
  readonly path?: readonly Cellpos[];
  readonly group?: string;
  readonly dormant?: boolean;
  readonly calm?: boolean;
  /** El must not shoot him here; the text is the failure if he does (src/sim/spare.ts). */
  readonly spare?: string;
}

export interface TriggerSource {
  readonly kind: 'trigger';
  readonly name: string;
  readonly area: Area;
  readonly delay?: number;
  /** "Speaker: text", in order. */
  readonly captions?: readonly string[];
  readonly openDoor?: readonly string[];
  readonly spawn?: readonly string[];
  readonly alarm?: boolean;
  readonly ignite?: readonly string[];
  readonly kill?: readonly string[];
  /** Starts only once this many objectives are done (El inside the area then, or later). */
  readonly after?: number;
  /** Where El's guitar case lands when he throws it (a cell or marker; written "column, row"). */
  readonly throwCase?: Cellpos;
}

export type ObjectSource =
  | { readonly kind: 'player'; readonly at: Cellpos; readonly facing?: number }
  | ActorSource
  | { readonly kind: 'door'; readonly name: string; readonly at: Cellpos; readonly vertical?: boolean; readonly hidden?: boolean }
  | TriggerSource
  | { readonly kind: 'exit'; readonly name: string; readonly area: Area }
  | { readonly kind: 'fire'; readonly name: string; readonly area: Area }
  | { readonly kind: 'pickup'; readonly weapon: string; readonly at: Cellpos; readonly rounds?: number }
  /** A plain note rectangle (no class; the game ignores it). `out_of_reach` marks floor meant to be shot at, not walked to. */
  | { readonly kind: 'note'; readonly name: string; readonly area: Area };

export interface MapSource {
  /** Writes levels/<id>.tmj. */
  readonly id: string;
  readonly title: string;
  /** Rows of equal length; every character must be in the legend. */
  readonly grid: readonly string[];
  readonly legend: Readonly<Record<string, TileStack>>;
  readonly objectives: readonly string[];
  readonly loadout?: string;
  readonly protect?: readonly string[];
  readonly timeLimit?: number;
  readonly objects: readonly ObjectSource[];
}

/** Angles (0..4095, clockwise from east) by compass name, for readable sources. */
export const FACE = { east: 0, southEast: 512, south: 1024, southWest: 1536, west: 2048, northWest: 2560, north: 3072, northEast: 3584 } as const;
