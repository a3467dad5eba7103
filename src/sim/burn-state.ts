// The fire state of one cell (world.burn). In a file of its own, with no imports, so that the
// pathfinder can read it without pulling fire.ts (and its imports) into an import cycle.
export const enum BurnState {
  Unburnt = 0,
  Burning = 1,
  BurntOut = 2,
}
