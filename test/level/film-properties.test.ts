// Issue 4's level properties: loadout, protect, fire zones, ignite/kill triggers, duel objectives and
// floor pickups, read from a copy of the bar map; each mistake is one line naming the file and field.
import { describe, expect, it } from 'vitest';
import { parseLoadout } from '../../src/level/loadout-format';
import { parseObjectives } from '../../src/level/objectives-format';
import { createWorld } from '../../src/sim';
import { BAR_FILE, barJson, type Json, expectLevelError, objectNamed, objectsOf, parseBar, setProp } from './helpers';

const F = BAR_FILE;

function mapProp(json: Json, name: string, value: string): Json {
  setProp(json, name, 'string', value);
  return json;
}

function addObject(json: Json, obj: Json): Json {
  objectsOf(json).push({ rotation: 0, visible: true, width: 0, height: 0, name: '', ...obj });
  return json;
}

const fire = (id: number, name: string): Json => ({ id, name, type: 'fire', x: 32, y: 32, width: 64, height: 32 });
const gun = (id: number, props: Json[]): Json => ({ id, type: 'pickup', point: true, x: 216, y: 360, properties: props });

describe('loadout', () => {
  it('parses counts in any order; left-out weapons are none', () => {
    expect(parseLoadout('sawedOff 8, wildey 6, grenades 2')).toEqual({ sawedOff: 8, wildey: 6, grenades: 2 });
    expect(parseLoadout(' grenades 3 ')).toEqual({ sawedOff: 0, wildey: 0, grenades: 3 });
    expect(parseBar(mapProp(barJson(), 'loadout', 'wildey 12, sawedOff 10')).loadout).toEqual({ sawedOff: 10, wildey: 12, grenades: 0 });
    expect(parseBar().loadout).toEqual({ sawedOff: 0, wildey: 0, grenades: 0 });
  });

  it('rejects unknown weapons, repeats, bad counts and stray commas', () => {
    const bad = (value: string, ...p: RegExp[]) => expectLevelError(() => parseBar(mapProp(barJson(), 'loadout', value)), F, 'properties.loadout', ...p);
    bad('rocket 2', /one of sawedOff, wildey, grenades before a count, got "rocket"$/);
    bad('wildey 2, wildey 3', /at most once, got "wildey" twice$/);
    bad('grenades lots', /a whole count from 0 to 999 after "grenades", got "lots"$/);
    bad('grenades 1000', /got "1000"$/);
    bad('sawedOff 8,, wildey 2', /an empty item between commas/);
    bad('sawedOff', /e\.g\. "sawedOff 8, wildey 6, grenades 2"\), got "sawedOff"$/);
    bad('  ', /got an empty string$/);
    const json = barJson();
    setProp(json, 'loadout', 'int', 3);
    expectLevelError(() => parseBar(json), F, 'properties.loadout', /expected a string, got 3/);
  });
});

describe('protect', () => {
  it('lists actor names that must live', () => {
    expect(parseBar(mapProp(barJson(), 'protect', 'woman, buscemi')).protect).toEqual(['woman', 'buscemi']);
    expect(parseBar().protect).toEqual([]);
  });

  it('rejects names of no actor, repeats and empty names', () => {
    const bad = (value: string, ...p: RegExp[]) => expectLevelError(() => parseBar(mapProp(barJson(), 'protect', value)), F, 'properties.protect', ...p);
    bad('carolina', /the name of an actor \(one of bartender, buscemi, woman, .*\), got "carolina"$/);
    bad('woman, woman', /each name once, got "woman" twice$/);
    bad('woman,,buscemi', /an empty name/);
    bad('', /got an empty string$/);
  });
});

describe('fire zones and ignite / kill triggers', () => {
  it('reads named fire rectangles and turns ignite and kill into trigger actions', () => {
    const json = addObject(addObject(barJson(), fire(100, 'kitchen')), fire(101, 'stairs'));
    const trig = objectNamed(json, 'entrance');
    setProp(trig, 'ignite', 'string', 'kitchen, stairs');
    setProp(trig, 'kill', 'string', 'buscemi');
    const level = parseBar(json);
    expect(level.fires).toEqual([
      { name: 'kitchen', area: { x: 32, y: 32, w: 64, h: 32 } },
      { name: 'stairs', area: { x: 32, y: 32, w: 64, h: 32 } },
    ]);
    const actions = level.triggers.find((t) => t.name === 'entrance')!.actions;
    expect(actions.slice(-3)).toEqual([
      { type: 'ignite', fire: 'kitchen' },
      { type: 'ignite', fire: 'stairs' },
      { type: 'kill', target: 'buscemi' },
    ]);
    expect(parseBar().fires).toEqual([]);
  });

  it('a trigger with only an ignite is a trigger with an action', () => {
    const json = addObject(barJson(), fire(100, 'kitchen'));
    addObject(json, { id: 101, name: 'spark', type: 'trigger', x: 160, y: 256, width: 32, height: 32, properties: [{ name: 'ignite', type: 'string', value: 'kitchen' }] });
    expect(parseBar(json).triggers.at(-1)!.actions).toEqual([{ type: 'ignite', fire: 'kitchen' }]);
  });

  it('rejects an ignite of no fire zone, a kill of no actor, and bad fire zones', () => {
    const withTrig = (name: string, value: string) => {
      const json = addObject(barJson(), fire(100, 'kitchen'));
      setProp(objectNamed(json, 'entrance'), name, 'string', value);
      return () => parseBar(json);
    };
    expectLevelError(withTrig('ignite', 'attic'), F, 'objects "entrance" (id 22).properties.ignite', /the name of a fire zone \(one of kitchen\), got "attic"$/);
    expectLevelError(withTrig('kill', 'navajas'), F, 'objects "entrance" (id 22).properties.kill', /the name of an actor \(one of bartender, .*\), got "navajas"$/);
    expectLevelError(withTrig('ignite', ' , '), F, 'objects "entrance" (id 22).properties.ignite', /got an empty string$/);
    expectLevelError(() => parseBar(addObject(barJson(), { ...fire(100, ''), })), F, 'objects fire (id 100).name', /a name for the fire zone/);
    expectLevelError(() => parseBar(addObject(barJson(), { ...fire(100, 'pit'), point: true, width: 0, height: 0 })), F, 'objects "pit" (id 100)', /a rectangle object for a fire, got a point$/);
    expectLevelError(() => parseBar(addObject(barJson(), { ...fire(100, 'pit'), x: 620 })), F, 'objects "pit" (id 100)', /an area inside the map/);
    expectLevelError(() => parseBar(addObject(barJson(), { ...fire(100, 'tavo') })), F, 'objects "tavo" (id 100).name', /a name used by no other object/);
    expectLevelError(() => parseBar(addObject(barJson(), { ...fire(100, 'pit'), properties: [{ name: 'heat', type: 'int', value: 3 }] })), F, 'objects "pit" (id 100).properties.heat', /an unknown property "heat"/);
  });
});

describe('duel objectives', () => {
  it('parses target, cue and window', () => {
    const parsed = parseObjectives('duel bucho 180 12 | Draw on Bucho');
    expect(parsed).toEqual([{ line: 1, objective: { type: 'duel', target: 'bucho', cue: 180, window: 12, text: 'Draw on Bucho' } }]);
    const level = parseBar(mapProp(barJson(), 'objectives', 'duel tavo 200 14 | Face Tavo\neliminate * | Clear out'));
    expect(level.objectives[0]).toEqual({ type: 'duel', target: 'tavo', cue: 200, window: 14, text: 'Face Tavo' });
  });

  it('rejects a missing count, zero ticks and unknown targets', () => {
    const bad = (value: string, field: string, ...p: RegExp[]) => expectLevelError(() => parseBar(mapProp(barJson(), 'objectives', value)), F, field, ...p);
    bad('duel tavo 200 | x', 'properties.objectives line 1', /"duel <actor> <cue ticks> <window ticks>".*got "duel tavo 200"$/);
    bad('\nduel tavo 0 12 | x', 'properties.objectives line 2', /a cue in ticks from 1 .*got "0"$/);
    bad('duel tavo 200 soon | x', 'properties.objectives line 1', /a draw window in ticks from 1 after the cue, got "soon"$/);
    bad('duel bucho 200 12 | x', 'properties.objectives line 1', /the name of an actor \(one of .*\), got "bucho"$/);
  });
});

describe('floor pickups', () => {
  it('places guns on the floor with their rounds (default: a full magazine); none leaves the field out', () => {
    const json = addObject(barJson(), gun(100, [{ name: 'weapon', type: 'string', value: 'campaCase' }, { name: 'rounds', type: 'int', value: 40 }]));
    addObject(json, gun(101, [{ name: 'weapon', type: 'string', value: 'sawedOff' }]));
    const level = parseBar(json);
    expect(level.pickups).toEqual([
      { weapon: 'campaCase', rounds: 40, x: 216, y: 360 },
      { weapon: 'sawedOff', rounds: 2, x: 216, y: 360 },
    ]);
    const world = createWorld(level, 7);
    expect(world.pickups.map((p) => [p.weapon, p.rounds, p.alive])).toEqual([['campaCase', 40, true], ['sawedOff', 2, true]]);
    const ids = [...world.pickups.map((p) => p.id), ...world.actors.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
    // Left out when empty, so the bar's content hash (and its replays) stay as they were.
    expect('pickups' in parseBar()).toBe(false);
    expect(createWorld(parseBar(), 7).pickups).toEqual([]);
  });

  it('rejects unknown weapons, bad rounds, and guns off the floor', () => {
    const withGun = (props: Json[], extra: Json = {}) => () => parseBar(addObject(barJson(), { ...gun(100, props), ...extra }));
    const w = (value: unknown) => ({ name: 'weapon', type: 'string', value });
    expectLevelError(withGun([]), F, 'objects pickup (id 100).properties.weapon', /a weapon \(one of .*\), got nothing$/);
    expectLevelError(withGun([w('bazooka')]), F, 'objects pickup (id 100).properties.weapon', /a known weapon .*got unknown weapon "bazooka"$/);
    expectLevelError(withGun([w('wildey'), { name: 'rounds', type: 'int', value: -1 }]), F, 'objects pickup (id 100).properties.rounds', /from 0 to 999, got -1/);
    expectLevelError(withGun([w('wildey')], { x: 8, y: 8 }), F, 'objects pickup (id 100).position', /a pickup on a floor cell, got a wall cell at tile \(0, 0\)$/);
    expectLevelError(withGun([w('wildey')], { point: false, width: 16, height: 16 }), F, 'objects pickup (id 100)', /a point object for a pickup, got a rectangle$/);
  });
});
