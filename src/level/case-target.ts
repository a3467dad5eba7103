// The trigger property `throwCase`: where El's thrown guitar case lands. Either a cell, written
// "column, row" (0-based, as the map sources count), or the name of a point object with no class.
import { listOf, quote } from './error-text';
import type { MapGeometry } from './map-geometry';
import type { MapObject, ObjectSet } from './map-objects';
import { TILE_SIZE } from './tiled-schema';

const CELL_TEXT = /^\s*(\d{1,3})\s*,\s*(\d{1,3})\s*$/;

/** The landing point in world pixels (a cell's centre), or undefined when the trigger throws nothing. */
export function readCaseTarget(o: MapObject, set: ObjectSet, geo: MapGeometry): { x: number; y: number } | undefined {
  const value = o.props.text('throwCase', 'a cell "column, row" or the name of a point object where the case lands');
  if (value === undefined) return undefined;
  const field = o.props.path('throwCase');
  const cell = CELL_TEXT.exec(value);
  if (cell) {
    const tx = Number(cell[1]);
    const ty = Number(cell[2]);
    if (tx >= geo.width || ty >= geo.height) {
      o.props.fail('throwCase', `a cell inside the ${geo.width}x${geo.height} map (column 0..${geo.width - 1}, row 0..${geo.height - 1})`, quote(value));
    }
    const x = (tx + 0.5) * TILE_SIZE;
    const y = (ty + 0.5) * TILE_SIZE;
    geo.requireWalkable(field, x, y, 'a landing cell for the case');
    return { x, y };
  }
  const points = set.all.filter((p) => p.kind === '' && p.shape === 'point');
  const named = points.filter((p) => p.name === value);
  if (named.length === 0) {
    const names = points.map((p) => p.name).filter((n) => n !== '');
    o.props.fail('throwCase', `a cell "column, row" (e.g. "17, 13") or the name of a point object with no class (one of ${listOf(names)})`, quote(value));
  }
  if (named.length > 1) o.props.fail('throwCase', 'the name of exactly one point object', `${quote(value)}, the name of ${named.length}`);
  const p = named[0]!;
  geo.requireWalkable(`${p.label}.position`, p.obj.x, p.obj.y, 'a landing point for the case');
  return { x: p.obj.x, y: p.obj.y };
}
