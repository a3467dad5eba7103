// The film's set pieces played in the shipped levels: the case over the rooftop gap, the scoped shot
// at Bucho El must not take, Buscemi's death and the limo in the churchyard, the men Bucho calls off
// at the ranch, and a fallen friend's case in the street. El is made unkillable where the test is
// about someone else; he is moved by hand to where a player would walk.
import { describe, expect, it } from 'vitest';
import { DUEL_SHOCK_TICKS } from '../../src/sim/duel';
import { damage } from '../../src/sim/combat';
import { loadLevel } from '../../src/headless/level-files';
import { Button, NO_INPUT, withSlot, type TickInput } from '../../src/sim/input';
import { angleOf } from '../../src/sim/math';
import { Cell, type LevelData } from '../../src/sim/level-data';
import type { SimEvent } from '../../src/sim/events';
import { step } from '../../src/sim/step';
import { createWorld, playerOf, type Actor, type World } from '../../src/sim/world';
import { elView } from './el-view';

/** Half the view in world pixels (1280x720 at 3x): what is "in view" of El. */
const VIEW_HALF = { x: 213, y: 120 };

const cell = (c: number) => c * 16 + 8;

function world(id: string, unkillable = true): World {
  const w = createWorld(loadLevel(id), 1);
  if (unkillable) playerOf(w).hp = 1_000_000;
  return w;
}

function put(a: Actor, cx: number, cy: number): void {
  a.x = a.px = cell(cx);
  a.y = a.py = cell(cy);
}

function named(w: World, name: string): Actor | undefined {
  return w.actors.find((a) => a.name === name);
}

/** Steps until `done`, collecting events; returns the tick (or -1). */
function until(w: World, max: number, done: (w: World) => boolean, log: { tick: number; e: SimEvent }[] = [], input: (w: World) => TickInput = () => NO_INPUT): number {
  for (let i = 0; i < max; i++) {
    step(w, input(w));
    for (const e of w.events) log.push({ tick: w.tick, e });
    if (done(w)) return w.tick;
  }
  return -1;
}

function inView(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) <= VIEW_HALF.x && Math.abs(a.y - b.y) <= VIEW_HALF.y;
}

const cellAt = (level: LevelData, x: number, y: number) => level.cells[Math.floor(y / 16) * level.width + Math.floor(x / 16)];

describe('the rooftops', () => {
  it('at the first gap El throws the case over; it lands on the far roof and Use there gives it back', () => {
    const w = world('rooftops');
    const el = elView(w);
    const full = [el.shells, el.shellReserve, el.wildeyRounds, el.wildeyReserve, el.grenades];
    put(el, 11, 13);
    const log: { tick: number; e: SimEvent }[] = [];
    until(w, 5, (x) => x.events.some((e) => e.type === 'caseThrow'), log);
    const thrown = log.find(({ e }) => e.type === 'caseThrow')!.e as Extract<SimEvent, { type: 'caseThrow' }>;
    expect([el.shells, el.grenades, el.owned]).toEqual([0, 0, 1]);
    // Across the gap: void between the throw and the landing, floor where it lands.
    expect(cellAt(w.level, thrown.tx, thrown.ty)).toBe(Cell.Floor);
    expect(cellAt(w.level, cell(13), thrown.ty)).toBe(Cell.Void);
    expect(thrown.tx).toBeGreaterThan(cell(14));
    until(w, thrown.ticks, (x) => x.events.some((e) => e.type === 'caseLand'), log);
    // El dives across; Use by the case.
    el.x = el.px = thrown.tx - 10;
    el.y = el.py = thrown.ty;
    step(w, { ...NO_INPUT, buttons: Button.Use });
    expect([el.shells, el.shellReserve, el.wildeyRounds, el.wildeyReserve, el.grenades]).toEqual(full);
  });

  it('Bucho arrives below, alone and calm, in the Wildey\'s clear line; shooting him loses the run', () => {
    const w = world('rooftops');
    const el = elView(w);
    put(el, 28, 2);
    const log: { tick: number; e: SimEvent }[] = [];
    until(w, 3, (x) => named(x, 'bucho') !== undefined, log);
    const bucho = named(w, 'bucho')!;
    const captions = log.filter(({ e }) => e.type === 'caption').map(({ e }) => (e as { text: string }).text);
    expect(captions.some((t) => t.includes('Why don\'t you shoot'))).toBe(true);
    expect(captions.some((t) => t.startsWith('Not like this'))).toBe(true);
    expect(inView(el, bucho)).toBe(true);
    // He stays put and never fires up at El while El waits there.
    until(w, 300, () => false, log);
    expect(log.some(({ e }) => e.type === 'shot' && e.actor === bucho.id)).toBe(false);
    expect([Math.floor(bucho.x / 16), Math.floor(bucho.y / 16)]).toEqual([36, 2]);
    // The Wildey, aimed at him from the parapet.
    const aim = angleOf(bucho.x - el.x, bucho.y - el.y);
    const t = until(w, 120, (x) => x.outcome !== null, log, (x) => ({ ...NO_INPUT, aim, buttons: withSlot(x.tick % 2 === 0 ? Button.Fire : 0, 3) }));
    expect(t).toBeGreaterThan(0);
    expect(log.some(({ e }) => e.type === 'shot' && e.actor === el.id && e.weapon === 'wildey')).toBe(true);
    expect(w.failure).toBe('Not like this. Bucho must face you at the ranch.');
  });
});

describe('the church', () => {
  it('Navajas steps out in view and his knife kills Buscemi; the limo comes only once Navajas is down', () => {
    const w = world('church');
    const el = elView(w);
    put(el, 17, 14);
    const log: { tick: number; e: SimEvent }[] = [];
    until(w, 600, (x) => x.events.some((e) => e.type === 'knifeKill'), log);
    const kill = log.find(({ e }) => e.type === 'knifeKill')!;
    const navajas = named(w, 'navajas')!;
    const buscemi = named(w, 'buscemi')!;
    expect(kill.e).toMatchObject({ actor: buscemi.id, by: navajas.id });
    expect(buscemi.alive).toBe(false);
    const spawned = log.find(({ e }) => e.type === 'spawn' && e.actor === navajas.id)!;
    expect(spawned.tick).toBe(kill.tick - 1);
    expect(inView(el, buscemi) && inView(el, navajas)).toBe(true);
    // He faces his victim as the knife lands.
    expect(navajas.aim).toBe(angleOf(buscemi.x - navajas.x, buscemi.y - navajas.y));
    // A long fight with Navajas: no limo yet.
    until(w, 1500, () => false, log);
    expect(w.actors.some((a) => a.group === 'limo')).toBe(false);
    damage(w, navajas, navajas.hp, el.id, navajas.x, navajas.y);
    const limo = until(w, 200, (x) => x.actors.some((a) => a.group === 'limo'), log);
    expect(limo).toBeGreaterThan(0);
    const limoCaption = log.find(({ tick, e }) => tick === limo && e.type === 'caption');
    expect(limoCaption).toBeDefined();
    expect(w.objective).toBe(1);
  });
});

describe('the ranch', () => {
  it('Bucho calls his men off: nobody stirs as El walks in and through the standoff; they wake after the draw', () => {
    const w = world('ranch');
    const el = elView(w);
    const carolina = named(w, 'carolina')!;
    const log: { tick: number; e: SimEvent }[] = [];
    // Walk in: the gate trigger, the courtyard, then the patio.
    until(w, 60, () => false, log);
    put(el, 19, 21);
    put(carolina, 18, 22);
    until(w, 5, () => false, log);
    const bucho = named(w, 'bucho')!;
    expect(log.some(({ e }) => e.type === 'caption' && e.speaker === 'Bucho' && e.text.startsWith('Nobody shoots'))).toBe(true);
    put(el, 19, 13);
    put(carolina, 18, 13);
    const cue = until(w, 400, (x) => x.events.some((e) => e.type === 'duelCue'), log);
    expect(cue).toBeGreaterThan(0);
    step(w, { ...NO_INPUT, aim: angleOf(bucho.x - el.x, bucho.y - el.y), buttons: Button.Fire });
    for (const e of w.events) log.push({ tick: w.tick, e });
    expect(w.events.some((e) => e.type === 'duelWon')).toBe(true);
    const won = w.tick;
    expect(bucho.alive).toBe(false);
    const alarm = until(w, DUEL_SHOCK_TICKS + 5, (x) => x.alarm, log);
    expect(alarm).toBe(won + DUEL_SHOCK_TICKS);
    const alertsBefore = log.filter(({ tick, e }) => e.type === 'alert' && tick < alarm && named(w, 'carolina')!.id !== e.actor);
    expect(alertsBefore).toEqual([]);
    expect(log.filter(({ tick, e }) => e.type === 'shot' && tick < won)).toEqual([]);
    // Then the fight out, and "both of you" means both.
    expect(w.level.objectives.at(-1)).toMatchObject({ type: 'reach', exit: 'gate_out', with: ['carolina'] });
  });
});

describe('the street', () => {
  it('a fallen Campa leaves his case where he fell; El takes it up into slot 4', () => {
    const w = world('street');
    const el = elView(w);
    const campa = named(w, 'campa')!;
    const killer = named(w, 'cantina_1')!;
    const log: { tick: number; e: SimEvent }[] = [];
    damage(w, campa, campa.hp, killer.id, campa.x, campa.y);
    step(w, NO_INPUT);
    const drop = w.pickups.find((p) => p.weapon === 'campaCase')!;
    expect(drop).toMatchObject({ x: campa.x, y: campa.y });
    el.x = el.px = drop.x - 8;
    el.y = el.py = drop.y;
    until(w, 1, () => true, log, () => ({ ...NO_INPUT, buttons: Button.Use }));
    expect(el.carried).toBe('campaCase');
    expect(el.carriedRounds).toBeGreaterThan(0);
    expect(el.slot).toBe(3);
  });

  it('the car is Bucho\'s second in command, the objective after the waves', () => {
    const level = loadLevel('street');
    const car = level.actors.find((a) => a.name === 'lieutenant')!;
    expect(car.archetype).toBe('lieutenant');
    expect(level.objectives.map((o) => o.type)).toEqual(['eliminate', 'eliminate', 'defeat', 'reach']);
    expect(level.objectives[2]).toMatchObject({ type: 'defeat', target: 'lieutenant' });
    expect(level.objectives[3]).toMatchObject({ type: 'reach', with: ['boy'] });
  });
});
