// Draws one tick of a World onto an RGB canvas, in the game's own draw order (render/depth.ts) and
// from its own sprites, choosing frames with the same pure functions the world view uses
// (cast-frames, figure-look, pickup-frames, tracers). What needs the world view's memory of past
// ticks is derived from the tick instead: the walk cycle from the sim's footfall strides, the legs'
// heading from this tick's motion, a body's fall from its facing, animation phases from the tick.
// Particles (blood, shells, dust, chips) are left out: they live only in the world view.
import {
  actorById, ANGLE_UNITS, BurnState, Cell, duelHolds, isVehicle, TILE, type Actor, type LevelData, type World,
} from '../../sim';
import { actorFrame, actorLegsFrame, standInFrame } from '../../render/cast-frames';
import { figureLook } from '../../render/figure-look';
import { FIRE_ALPHA, FIRE_SCALE } from '../../render/light-sources';
import { glintFrame, pickupFrame } from '../../render/pickup-frames';
import { TIPPED_OFFSET, TIPPED_THICKNESS, TIPPED_TINT } from '../../render/table-look';
import { HAZE_MAX, newSmokePuffs, SMOKE_COLOUR, SMOKE_MIN, smokePuffs } from '../../render/smoke-look';
import { tracerFor } from '../../render/tracers';
import { lookOf } from '../../render/weapon-looks';
import { hitFrame } from '../../art/sprites/flash';
import { sprite } from './art-cache';
import { drawLine, drawSprite, fillRect, type RgbCanvas, type SpriteOptions } from './canvas';
import type { LevelArt } from './level-art';

const RAD = (Math.PI * 2) / ANGLE_UNITS;
/** Milliseconds of game time per tick: the phases the world view takes from its clock. */
const TICK_MS = 1000 / 60;
/** The hit flash's 70 ms, in ticks (world-view.ts). */
const FLASH_TICKS = 4;
/** Legs frames: one per 5 px walked (actor-frames.ts), two footfall strides (10 px each) per cycle. */
const STRIDE_PX = 10;
const PUFFS = newSmokePuffs();
/** El's thrown case (case-view.ts): half size, an 18 px arc, one turn in the air. */
const CASE_SCALE = 0.5;
const CASE_ARC = 18;

export function drawWorld(c: RgbCanvas, world: World, level: LevelData, art: LevelArt): void {
  const now = world.tick * TICK_MS;
  copyLayer(c, art, art.base);
  drawBroken(c, world, level);
  drawChar(c, world, level);
  const el = actorById(world, world.playerId);
  const duelTarget = duelHolds(world) ? duelDrawnTarget(world) : -1;
  const figures = world.actors.map((a, i) => figure(world, a, i, duelTarget));
  for (const f of figures) if (!f.actor.alive && !isVehicle(f.actor) && !overVoid(world, f.actor)) drawAt(c, f.actor.id % 2 ? 'pool1' : 'pool0', f.actor.x, f.actor.y, { rotation: (f.actor.id * 2.4) % 6.28 });
  drawPickups(c, world, now);
  drawTables(c, world, art);
  for (const f of figures) if (!f.actor.alive) drawFigure(c, f, false);
  for (const f of figures) if (f.actor.alive && !isVehicle(f.actor)) drawAt(c, 'shadow', f.actor.x + 1, f.actor.y + 2);
  for (const f of figures) if (f.actor.alive && !f.lit) drawFigure(c, f, false);
  drawGrenadesAndRockets(c, world);
  drawDoors(c, world, level);
  drawShotsAndKnives(c, world, now);
  drawSmoke(c, world, level, now);
  shadeOver(c, art);
  // El last, over every other lit figure (figure-look.ts gives him the highest depth).
  for (const f of figures) if (f.lit && f.actor.id !== world.playerId) drawFigure(c, f, true);
  for (const f of figures) if (f.lit && f.actor.id === world.playerId) drawFigure(c, f, true);
  if (art.lit) addLayer(c, art, art.light);
  drawFire(c, world, level, now);
  drawRounds(c, world);
  drawThrownCase(c, world);
  if (el) haze(c, world, level, el);
}

interface Figure {
  readonly actor: Actor;
  readonly body: string;
  readonly legs: string | null;
  readonly legAngle: number;
  readonly lit: boolean;
  readonly bodyRim: string | null;
  readonly legsRim: string | null;
  readonly marker: boolean;
}

function figure(world: World, a: Actor, index: number, duelTarget: number): Figure {
  const stride = world.footfalls[index];
  const walked = stride ? stride.foot * STRIDE_PX + stride.walked : 0;
  const legs = actorLegsFrame(a, walked);
  const wanted = actorFrame(a, world.tick, a.id === duelTarget, a.id === world.playerId ? world.player.drawLeft : 0);
  const drawn = sprite(wanted) ? wanted : standInFrame(a, wanted);
  const flashing = a.hurtTick >= 0 && world.tick - a.hurtTick < FLASH_TICKS && sprite(hitFrame(drawn)) !== null;
  const look = figureLook(a, wanted, legs);
  const dx = a.x - a.px;
  const dy = a.y - a.py;
  const legAngle = dx * dx + dy * dy > 0.0025 ? Math.atan2(dy, dx) : a.aim * RAD;
  return { actor: a, body: flashing ? hitFrame(drawn) : drawn, legs, legAngle, lit: look.lit, bodyRim: look.bodyRim, legsRim: look.legsRim, marker: look.marker };
}

/** The duel's target once he has made his move (the world view learns it from the `duelCue` event). */
function duelDrawnTarget(world: World): number {
  const o = world.level.objectives[world.objective];
  return o && o.type === 'duel' && world.duel.ticks >= Math.max(1, o.cue) ? world.duel.target : -1;
}

function drawFigure(c: RgbCanvas, f: Figure, lit: boolean): void {
  const a = f.actor;
  // A body lies the way it fell: away from where it faced (the world view turns it from its killer).
  const rotation = a.alive || isVehicle(a) ? a.aim * RAD : a.aim * RAD + Math.PI;
  if (lit) {
    if (f.marker) drawAt(c, 'el_marker', a.x, a.y);
    if (f.legsRim && f.legs) drawAt(c, f.legsRim, a.x, a.y, { rotation: f.legAngle });
    if (f.bodyRim) drawAt(c, f.bodyRim, a.x, a.y, { rotation });
  }
  if (f.legs) drawAt(c, f.legs, a.x, a.y, { rotation: f.legAngle });
  drawAt(c, f.body, a.x, a.y, { rotation });
}

function drawAt(c: RgbCanvas, name: string, x: number, y: number, o?: SpriteOptions): void {
  const img = sprite(name);
  if (img) drawSprite(c, img, x, y, o);
}

function overVoid(world: World, a: Actor): boolean {
  const tx = Math.floor(a.x / TILE);
  const ty = Math.floor(a.y / TILE);
  return world.cells[ty * world.level.width + tx] === Cell.Void;
}

/** Copies the canvas's window out of a full-map layer; outside the map stays as it is. */
function copyLayer(c: RgbCanvas, art: LevelArt, layer: Uint8Array): void {
  const x0 = Math.max(0, -c.ox);
  const x1 = Math.min(c.w, art.w - c.ox);
  if (x0 >= x1) return;
  for (let y = Math.max(0, -c.oy); y < Math.min(c.h, art.h - c.oy); y++) {
    const from = ((y + c.oy) * art.w + x0 + c.ox) * 3;
    c.rgb.set(layer.subarray(from, from + (x1 - x0) * 3), (y * c.w + x0) * 3);
  }
}

/** Adds a full-map light layer over the canvas's window. */
function addLayer(c: RgbCanvas, art: LevelArt, layer: Uint8Array): void {
  const x0 = Math.max(0, -c.ox);
  const x1 = Math.min(c.w, art.w - c.ox);
  for (let y = Math.max(0, -c.oy); y < Math.min(c.h, art.h - c.oy); y++) {
    let si = ((y + c.oy) * art.w + x0 + c.ox) * 3;
    let di = (y * c.w + x0) * 3;
    for (let x = x0; x < x1; x++, si += 3, di += 3) {
      if (layer[si] === 0 && layer[si + 1] === 0 && layer[si + 2] === 0) continue;
      for (let k = 0; k < 3; k++) c.rgb[di + k] = Math.min(255, c.rgb[di + k]! + layer[si + k]!);
    }
  }
}

/** The place's shade over everything drawn so far (its mood's dark, render/shade.ts). */
function shadeOver(c: RgbCanvas, art: LevelArt): void {
  const [r, g, b] = art.ink;
  const x0 = Math.max(0, -c.ox);
  const x1 = Math.min(c.w, art.w - c.ox);
  for (let y = Math.max(0, -c.oy); y < Math.min(c.h, art.h - c.oy); y++) {
    let si = (y + c.oy) * art.w + x0 + c.ox;
    let di = (y * c.w + x0) * 3;
    for (let x = x0; x < x1; x++, si++, di += 3) {
      const a = art.shade[si]! / 255;
      if (a === 0) continue;
      c.rgb[di] = c.rgb[di]! + (r - c.rgb[di]!) * a;
      c.rgb[di + 1] = c.rgb[di + 1]! + (g - c.rgb[di + 1]!) * a;
      c.rgb[di + 2] = c.rgb[di + 2]! + (b - c.rgb[di + 2]!) * a;
    }
  }
}

/** Broken glass (props-view.ts): a dark hole where a pane was, dark stains where bottles stood. */
function drawBroken(c: RgbCanvas, world: World, level: LevelData): void {
  for (let i = 0; i < world.broken.length; i++) {
    if (world.broken[i] !== 1) continue;
    const x = (i % level.width) * TILE;
    const y = Math.floor(i / level.width) * TILE;
    if (world.cells[i] === Cell.Void) fillRect(c, x + 2, y + 2, TILE - 4, TILE - 4, 0x0d0b0e, 0.78);
    else fillRect(c, x, y + 3, TILE, TILE - 6, 0x140d0a, 0.55);
  }
}

/** Char where fire has burnt out (hazard-view.ts). */
function drawChar(c: RgbCanvas, world: World, level: LevelData): void {
  for (let i = 0; i < world.burn.length; i++) {
    if (world.burn[i] !== BurnState.BurntOut) continue;
    const tx = i % level.width;
    const ty = Math.floor(i / level.width);
    drawAt(c, 'char0', (tx + 0.5) * TILE, (ty + 0.5) * TILE, { rotation: ((tx * 7 + ty * 3) % 4) * (Math.PI / 2), alpha: 0.85 });
  }
}

function drawPickups(c: RgbCanvas, world: World, now: number): void {
  for (const p of world.pickups) {
    // El's own thrown case is drawn on its own (drawThrownCase), as case-view.ts does.
    if (!p.alive || p.weapon === 'guitarCase') continue;
    drawAt(c, pickupFrame(p.weapon), p.x, p.y, { rotation: (p.id * 2.4) % 6.28 });
    const glint = glintFrame(((now + p.id * 137) % 1000) / 1000);
    if (glint) drawAt(c, glint, p.x + 3, p.y - 2, { add: true });
  }
}

function drawTables(c: RgbCanvas, world: World, art: LevelArt): void {
  world.tables.forEach((t, i) => {
    const img = art.tables[i];
    if (!img) return;
    if (!t.tipped) {
      drawSprite(c, img, t.x, t.y);
      return;
    }
    const dx = t.dir === 0 ? 1 : t.dir === 2 ? -1 : 0;
    const dy = t.dir === 1 ? 1 : t.dir === 3 ? -1 : 0;
    drawSprite(c, img, t.x + dx * TIPPED_OFFSET, t.y + dy * TIPPED_OFFSET, { rotation: (t.dir + 1) * (Math.PI / 2), scaleY: TIPPED_THICKNESS, tint: TIPPED_TINT });
  });
}

function drawGrenadesAndRockets(c: RgbCanvas, world: World): void {
  for (const g of world.grenades) if (g.alive) drawAt(c, 'grenade', g.x, g.y);
  for (const b of world.bullets) if (b.alive && lookOf(b.weapon).round === 'rocket') drawAt(c, 'rocket', b.x, b.y, { rotation: Math.atan2(b.vy, b.vx) });
}

/** Doors hinge at one end of the doorway; an open one has swung a quarter turn away from its opener. */
function drawDoors(c: RgbCanvas, world: World, level: LevelData): void {
  level.doors.forEach((d, i) => {
    const open = world.doors[i]?.open ?? false;
    if (d.hidden && !open) return; // still the wall it pretends to be, baked into the level image
    const x = d.tx * TILE + (d.vertical ? TILE / 2 : 0);
    const y = d.ty * TILE + (d.vertical ? 0 : TILE / 2);
    const closed = d.vertical ? Math.PI / 2 : 0;
    const swing = open ? world.doors[i]!.swing * (Math.PI / 2) * (d.vertical ? -1 : 1) : 0;
    drawAt(c, d.hidden ? 'door_plank_hidden' : 'door_plank', x, y, { originX: 0, rotation: closed + swing });
  });
}

/** Muzzle flashes of this tick's shots, and Navajas's knives spinning in flight. */
function drawShotsAndKnives(c: RgbCanvas, world: World, now: number): void {
  for (const e of world.events) {
    if (e.type !== 'shot') continue;
    const angle = e.angle * RAD;
    drawAt(c, (e.x + e.y) % 2 < 1 ? 'muzzle0' : 'muzzle1', e.x + Math.cos(angle) * 3, e.y + Math.sin(angle) * 3, { originX: 0, rotation: angle, add: true });
  }
  for (const b of world.bullets) {
    if (b.alive && lookOf(b.weapon).round === 'blade') drawAt(c, 'knife', b.x, b.y, { rotation: now * 0.035 + b.id });
  }
}

/** Smoke puffs over smoky cells, drifting north on their own phases (hazard-view.ts). */
function drawSmoke(c: RgbCanvas, world: World, level: LevelData, now: number): void {
  if (world.smokyCells === 0) return;
  const x0 = Math.max(0, Math.floor(c.ox / TILE) - 1);
  const y0 = Math.max(0, Math.floor(c.oy / TILE) - 1);
  const x1 = Math.min(level.width - 1, Math.ceil((c.ox + c.w) / TILE) + 1);
  const y1 = Math.min(level.height - 1, Math.ceil((c.oy + c.h) / TILE) + 1);
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      const v = world.smoke[ty * level.width + tx]!;
      if (v < SMOKE_MIN) continue;
      smokePuffs(tx, ty, v, now, TILE, PUFFS);
      for (const p of PUFFS) drawAt(c, 'smoke_dark', p.x, p.y, { scaleX: p.scale, scaleY: p.scale, alpha: p.alpha });
    }
  }
}

/** Flames on burning cells with their glow; each cell flickers on its own phase. */
function drawFire(c: RgbCanvas, world: World, level: LevelData, now: number): void {
  if (world.burningCells === 0) return;
  for (let i = 0; i < world.burn.length; i++) {
    if (world.burn[i] !== BurnState.Burning) continue;
    const x = ((i % level.width) + 0.5) * TILE;
    const y = (Math.floor(i / level.width) + 0.5) * TILE;
    if (x + 24 < c.ox || y + 24 < c.oy || x - 24 > c.ox + c.w || y - 24 > c.oy + c.h) continue;
    const phase = Math.floor(now / 90 + i * 1.7);
    const f = 0.75 + 0.15 * Math.sin(now / 83 + i) + 0.1 * Math.sin(now / 37 + i * 2.3);
    drawAt(c, 'light_fire', x, y, { add: true, alpha: FIRE_ALPHA * f, scaleX: FIRE_SCALE * (0.94 + 0.06 * f), scaleY: FIRE_SCALE * (0.94 + 0.06 * f) });
    drawAt(c, `flame${phase & 3}`, x, y - 2, { flipX: ((i * 5 + (phase >> 2)) & 1) === 1 });
  }
}

/** Rounds in flight: a glow, a dark casing and a bright core, in the shooter's side's colours. */
function drawRounds(c: RgbCanvas, world: World): void {
  for (const b of world.bullets) {
    if (!b.alive || lookOf(b.weapon).round === 'blade') continue;
    const side = actorById(world, b.owner)?.team === 'enemy' ? 'foe' : 'el';
    const t = tracerFor(b.weapon, side);
    drawLine(c, b.x - b.vx * t.tail, b.y - b.vy * t.tail, b.x, b.y, t.width, t.glow, 0.45);
    drawLine(c, b.x - b.vx * t.head, b.y - b.vy * t.head, b.x, b.y, t.casingWidth, t.casing);
    drawLine(c, b.x - b.vx * t.head, b.y - b.vy * t.head, b.x, b.y, t.width, t.core);
  }
}

/** El's guitar case over a rooftop gap: in an arc with his rim while it flies, then where it landed. */
function drawThrownCase(c: RgbCanvas, world: World): void {
  for (const p of world.pickups) {
    if (!p.alive || p.weapon !== 'guitarCase') continue;
    const flight = p.flight;
    const k = flight && flight.left > 0 ? 1 - flight.left / flight.total : 1;
    const x = flight ? flight.fromX + (p.x - flight.fromX) * k : p.x;
    const y = (flight ? flight.fromY + (p.y - flight.fromY) * k : p.y) - CASE_ARC * 4 * k * (1 - k);
    const spin = k < 1 ? k * Math.PI * 2 : 0;
    const scale = { scaleX: CASE_SCALE, scaleY: CASE_SCALE, rotation: spin };
    if (k < 1) drawAt(c, 'guitar_case@el', x, y, scale);
    drawAt(c, 'guitar_case', x, y, scale);
  }
}

/** Standing in thick smoke darkens the whole view (hazard-view.ts eases it; a frame has no past). */
function haze(c: RgbCanvas, world: World, level: LevelData, el: Actor): void {
  if (!el.alive || world.smokyCells === 0) return;
  const tx = Math.floor(el.x / TILE);
  const ty = Math.floor(el.y / TILE);
  if (tx < 0 || ty < 0 || tx >= level.width || ty >= level.height) return;
  const a = (world.smoke[ty * level.width + tx]! / 255) * HAZE_MAX;
  if (a >= 0.005) fillRect(c, c.ox, c.oy, c.w, c.h, SMOKE_COLOUR, a);
}
