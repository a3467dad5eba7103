import { describe, expect, it } from 'vitest';
import {
  ALERT_GAP_TICKS, RANGE, createEventSoundMemo, footstepSound, soundsForEvents, type PlayOpts, type SoundLookup,
} from '../../src/audio/event-sounds';
import type { SoundName } from '../../src/audio/sound-bank';
import { Material, type SimEvent } from '../../src/sim';

const PLAYER = 1;
const ENEMY = 2;

interface Played { name: SoundName; opts: PlayOpts }

/** Runs one tick of events with the player at (0, 0) and the enemy wherever asked. */
function run(events: SimEvent[], enemyAt = { x: 0, y: 0 }, memo = createEventSoundMemo()): Played[] {
  const played: Played[] = [];
  const lookup: SoundLookup = {
    listenerX: 0,
    listenerY: 0,
    actorPos: (id) => (id === PLAYER ? { x: 0, y: 0 } : id === ENEMY ? enemyAt : null),
    actorTeam: (id) => (id === PLAYER ? 'player' : id === ENEMY ? 'enemy' : null),
  };
  soundsForEvents(events, lookup, (name, opts) => played.push({ name, opts }), memo);
  return played;
}
const names = (p: Played[]): SoundName[] => p.map((x) => x.name);
const shot = (weapon: 'sleevePistols' | 'pistol' | 'revolver' | 'deagle', x = 0, y = 0): SimEvent =>
  ({ type: 'shot', actor: ENEMY, weapon, x, y, angle: 100, hand: 0 });

describe('soundsForEvents', () => {
  it('gives every gun its own voice, and automatics a casing', () => {
    expect(names(run([shot('sleevePistols')]))).toEqual(['sleevePistol', 'casing']);
    expect(names(run([shot('pistol')]))).toEqual(['pistol', 'casing']);
    expect(names(run([shot('revolver')]))).toEqual(['revolver']);
    expect(names(run([shot('deagle')]))).toEqual(['deagle', 'casing']);
  });

  it('maps impacts by material and ignores bare misses', () => {
    const impact = (material: Material): SoundName[] => names(run([{ type: 'impact', x: 10, y: 0, material, angle: 0 }]));
    expect(impact(Material.Stone)).toEqual(['impactStone']);
    expect(impact(Material.Wood)).toEqual(['impactWood']);
    expect(impact(Material.Glass)).toEqual(['impactGlass']);
    expect(impact(Material.Metal)).toEqual(['impactMetal']);
    expect(impact(Material.None)).toEqual([]);
  });

  it('hurts only when the player is hit', () => {
    const hit = (target: number): SimEvent => ({ type: 'hit', target, by: 3, x: 5, y: 5, damage: 2, hp: 4, cause: 'round', weapon: 'pistol' });
    expect(names(run([hit(ENEMY)]))).toEqual(['impactFlesh']);
    expect(names(run([hit(PLAYER)]))).toEqual(['impactFlesh', 'hurt']);
  });

  it('maps the rest of the events', () => {
    const one = (e: SimEvent): SoundName[] => names(run([e]));
    expect(one({ type: 'death', actor: ENEMY, by: PLAYER, x: 20, y: 0, cause: 'round', weapon: 'pistol' })).toEqual(['death']);
    expect(one({ type: 'dryFire', actor: PLAYER, weapon: 'pistol' })).toEqual(['dryFire']);
    expect(one({ type: 'reload', actor: PLAYER, weapon: 'sleevePistols', done: false })).toEqual(['reloadStart']);
    expect(one({ type: 'reload', actor: PLAYER, weapon: 'sleevePistols', done: true })).toEqual(['reloadDone']);
    expect(one({ type: 'draw', actor: PLAYER })).toEqual(['sleeveDraw']);
    expect(one({ type: 'dive', actor: PLAYER, angle: 0 })).toEqual(['dive']);
    expect(one({ type: 'door', door: 0, open: true, by: ENEMY })).toEqual(['door']);
    expect(one({ type: 'pickup', actor: PLAYER, pickup: 4, weapon: 'deagle', rounds: 3 })).toEqual(['pickup']);
    expect(one({ type: 'alert', actor: ENEMY, x: 50, y: 0, cause: 'sight' })).toEqual(['alertShout']);
    expect(one({ type: 'outcome', outcome: 'cleared' })).toEqual(['clearSting']);
    expect(one({ type: 'outcome', outcome: 'dead' })).toEqual(['deathSting']);
    for (const e of [{ type: 'alarm' }, { type: 'spawn', actor: 9, group: 'a' }, { type: 'caption', speaker: 'x', text: 'y' }, { type: 'objective', index: 0, text: 'z' }] as SimEvent[]) {
      expect(one(e)).toEqual([]);
    }
  });

  it('does not rattle twice when a pickup also switches weapons', () => {
    const events: SimEvent[] = [
      { type: 'pickup', actor: PLAYER, pickup: 4, weapon: 'deagle', rounds: 3 },
      { type: 'switch', actor: PLAYER, weapon: 'deagle' },
    ];
    expect(names(run(events))).toEqual(['pickup']);
    expect(names(run([{ type: 'switch', actor: PLAYER, weapon: 'sleevePistols' }]))).toEqual([]);
  });

  it('caps alert shouts to one per few ticks', () => {
    const memo = createEventSoundMemo();
    const alert = (x: number): SimEvent => ({ type: 'alert', actor: ENEMY, x, y: 0, cause: 'alarm' });
    expect(names(run([alert(10), alert(20), alert(30)], undefined, memo))).toEqual(['alertShout']);
    for (let t = 1; t < ALERT_GAP_TICKS; t++) expect(names(run([alert(10)], undefined, memo))).toEqual([]);
    expect(names(run([alert(10)], undefined, memo))).toEqual(['alertShout']);
  });

  it('attenuates with distance; gunshots carry farther than small sounds', () => {
    const volumeAt = (e: (x: number) => SimEvent, x: number): number => run([e(x)])[0]?.opts.volume ?? 0;
    const gun = (x: number): SimEvent => shot('pistol', x, 0);
    const click = (x: number): SimEvent => ({ type: 'impact', x, y: 0, material: Material.Wood, angle: 0 });
    expect(volumeAt(gun, 0)).toBe(1);
    expect(volumeAt(gun, 300)).toBeLessThan(1);
    expect(volumeAt(gun, 600)).toBeLessThan(volumeAt(gun, 300));
    expect(volumeAt(gun, 1000)).toBeGreaterThan(0);
    expect(volumeAt(gun, RANGE.gun + 10)).toBe(0);
    expect(volumeAt(click, 200)).toBeGreaterThan(0);
    expect(volumeAt(click, 200)).toBeLessThan(volumeAt(click, 0));
    expect(volumeAt(click, RANGE.small + 1)).toBe(0);
    // Same for actor-placed sounds.
    const dry = (x: number): Played[] => run([{ type: 'dryFire', actor: ENEMY, weapon: 'pistol' }], { x, y: 0 });
    expect(dry(100)[0]!.opts.volume).toBeGreaterThan(dry(300)[0]!.opts.volume);
    expect(dry(900)).toEqual([]);
  });

  it('pans by x offset from the listener', () => {
    const pan = (x: number, y = 0): number => run([shot('deagle', x, y)])[0]!.opts.pan;
    expect(pan(-300)).toBeLessThan(0);
    expect(pan(300)).toBeGreaterThan(0);
    expect(pan(0, 300)).toBe(0);
    expect(pan(-100)).toBeGreaterThan(pan(-300));
    expect(Math.abs(pan(-900))).toBeLessThan(1); // never hard into one ear
    // Player sounds (no position offset) and stings are centred.
    expect(run([{ type: 'outcome', outcome: 'cleared' }])[0]!.opts).toEqual({ volume: 1, pan: 0, rate: 1 });
  });

  it('varies pitch a little, derived from the event (same event, same pitch)', () => {
    const rates = Array.from({ length: 20 }, (_, k) => run([shot('sleevePistols', k * 7, 3)])[0]!.opts.rate);
    for (const r of rates) {
      expect(r).toBeGreaterThan(0.9);
      expect(r).toBeLessThan(1.1);
    }
    expect(new Set(rates).size).toBeGreaterThan(10);
    expect(run([shot('sleevePistols', 14, 3)])[0]!.opts.rate).toBe(rates[2]);
  });

  it('picks footsteps by floor and foot', () => {
    expect(footstepSound(Material.Wood, 0)).toBe('footWood0');
    expect(footstepSound(Material.Wood, 1)).toBe('footWood1');
    expect(footstepSound(Material.Wood, 2)).toBe('footWood0');
    expect(footstepSound(Material.None, 0)).toBe('footSand0');
    expect(footstepSound(Material.Stone, 0)).toBe('footStone0');
    expect(footstepSound(Material.Stone, 3)).toBe('footStone1');
    expect(footstepSound(Material.Glass, 1)).toBe('footStone1');
    expect(footstepSound(Material.Metal, 0)).toBe('footMetal0');
  });

  it('plays a footstep event as the sound of its floor, placed where the foot came down', () => {
    const step = (material: Material, foot: number, actor = PLAYER, x = 0): Played[] =>
      run([{ type: 'footstep', actor, foot, x, y: 0, material }]);
    expect(names(step(Material.None, 0))).toEqual(['footSand0']);
    expect(names(step(Material.None, 1))).toEqual(['footSand1']);
    expect(names(step(Material.Stone, 0))).toEqual(['footStone0']);
    expect(names(step(Material.Wood, 1))).toEqual(['footWood1']);
    expect(names(step(Material.Metal, 1))).toEqual(['footMetal1']);
    // El's own steps sit over everyone else's; a step to the right pans right; far off, silence.
    expect(step(Material.Wood, 0, PLAYER)[0]!.opts.volume).toBeGreaterThan(step(Material.Wood, 0, ENEMY)[0]!.opts.volume);
    expect(step(Material.Wood, 0, ENEMY, 200)[0]!.opts.pan).toBeGreaterThan(0);
    expect(step(Material.Wood, 0, ENEMY, RANGE.small + 10)).toEqual([]);
  });

  it('plays a landing as a body thump and a scuff on the floor it lands on', () => {
    const land = (material: Material): SoundName[] => names(run([{ type: 'land', actor: PLAYER, x: 0, y: 0, material }]));
    expect(land(Material.Wood)).toEqual(['land', 'footWood0']);
    expect(land(Material.None)).toEqual(['land', 'footSand0']);
    expect(land(Material.Stone)).toEqual(['land', 'footStone0']);
  });
});
