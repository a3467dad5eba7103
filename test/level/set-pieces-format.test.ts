// The film's set pieces in the level format: a trigger's `throwCase` landing and its `after`, an
// actor's `spare` text, and "reach <exit> with <actor>" objectives. Read from a copy of the bar map;
// every mistake is one line naming the file and the field.
import { describe, expect, it } from 'vitest';
import { parseObjectives } from '../../src/level/objectives-format';
import { BAR_FILE, barJson, type Json, expectLevelError, objectNamed, objectsOf, parseBar, setProp } from './helpers';

const F = BAR_FILE;
/** The bar's entrance trigger, as errors name it. */
const ENTRANCE = 'objects "entrance" (id 22).properties';
/** El's spawn cell in the bar: floor. */
const FLOOR = '13, 21';

function withTrigger(name: string, type: string, value: unknown, json: Json = barJson()): Json {
  setProp(objectNamed(json, 'entrance'), name, type, value);
  return json;
}

function entranceActions(json: Json) {
  return parseBar(json).triggers.find((t) => t.name === 'entrance')!;
}

function point(id: number, name: string, x: number, y: number): Json {
  return { id, name, type: '', point: true, x, y, width: 0, height: 0, rotation: 0, visible: true };
}

describe('throwCase (trigger): where El\'s guitar case lands', () => {
  it('takes a cell "column, row" and lands on its centre', () => {
    const t = entranceActions(withTrigger('throwCase', 'string', FLOOR));
    expect(t.actions.at(-1)).toEqual({ type: 'throwCase', x: 13 * 16 + 8, y: 21 * 16 + 8 });
    expect(entranceActions(withTrigger('throwCase', 'string', ' 13 ,21 ')).actions.at(-1)).toMatchObject({ x: 216, y: 344 });
  });

  it('or the name of a point object with no class, landing on the point itself', () => {
    const json = barJson();
    objectsOf(json).push(point(90, 'far_roof', 220, 350));
    const t = entranceActions(withTrigger('throwCase', 'string', 'far_roof', json));
    expect(t.actions.at(-1)).toEqual({ type: 'throwCase', x: 220, y: 350 });
  });

  it('is one action among the others: a trigger may do nothing else', () => {
    const json = withTrigger('throwCase', 'string', FLOOR);
    const trig = objectNamed(json, 'entrance');
    trig.properties = trig.properties.filter((p: { name: string }) => p.name === 'throwCase');
    expect(entranceActions(json).actions).toEqual([{ type: 'throwCase', x: 216, y: 344 }]);
  });

  it('rejects a cell outside the map, on a wall or a door, a bad text, a missing or doubled point', () => {
    const bad = (value: unknown, type: string, field: string, re: RegExp, json?: Json) =>
      expectLevelError(() => parseBar(withTrigger('throwCase', type, value, json)), F, field, re);
    bad('45, 3', 'string', `${ENTRANCE}.throwCase`, /expected a cell inside the 40x30 map \(column 0\.\.39, row 0\.\.29\), got "45, 3"$/);
    bad('0, 0', 'string', `${ENTRANCE}.throwCase`, /expected a landing cell for the case on a floor cell, got a wall cell at tile \(0, 0\)$/);
    bad('13, 19', 'string', `${ENTRANCE}.throwCase`, /on a floor cell that is not a door, got the door cell at tile \(13, 19\)$/);
    bad('13;21', 'string', `${ENTRANCE}.throwCase`, /expected a cell "column, row" \(e\.g\. "17, 13"\) or the name of a point object with no class \(one of .*\), got "13;21"$/);
    bad('', 'string', `${ENTRANCE}.throwCase`, /got an empty string$/);
    bad(3, 'int', `${ENTRANCE}.throwCase`, /expected a string, got 3/);
    const twice = barJson();
    objectsOf(twice).push(point(90, 'far_roof', 220, 350), point(91, 'far_roof', 230, 350));
    bad('far_roof', 'string', `${ENTRANCE}.throwCase`, /expected the name of exactly one point object, got "far_roof", the name of 2$/, twice);
    const onWall = barJson();
    objectsOf(onWall).push(point(90, 'far_roof', 4, 4));
    bad('far_roof', 'string', 'objects "far_roof" (id 90).position', /expected a landing point for the case on a floor cell, got a wall cell at tile \(0, 0\)$/, onWall);
  });
});

describe('after (trigger): waits for the story', () => {
  it('is a count of objectives done, 1 up to how many the map lists; left out when absent', () => {
    expect(entranceActions(withTrigger('after', 'int', 1)).after).toBe(1);
    expect(entranceActions(withTrigger('after', 'int', 2)).after).toBe(2);
    expect('after' in entranceActions(barJson())).toBe(false);
  });

  it('rejects 0, more than the objectives, and non-integers', () => {
    const what = /expected a number of objectives done before the trigger starts, from 1 to 2 \(the objectives listed\), got /;
    for (const [v, type] of [[0, 'int'], [3, 'int'], [1.5, 'float'], ['1', 'string']] as const) {
      expectLevelError(() => parseBar(withTrigger('after', type, v)), F, `${ENTRANCE}.after`, what);
    }
  });
});

describe('spare (actor): El must not shoot him here', () => {
  it('keeps the failure text; an actor without it has no spare field', () => {
    const json = barJson();
    setProp(objectNamed(json, 'tavo'), 'spare', 'string', '  Not like this.  ');
    const level = parseBar(json);
    expect(level.actors.find((a) => a.name === 'tavo')!.spare).toBe('Not like this.');
    expect('spare' in level.actors.find((a) => a.name === 'woman')!).toBe(false);
    expect(parseBar().actors.some((a) => 'spare' in a)).toBe(false);
  });

  it('rejects an empty, multi-line or overlong text, and a non-string', () => {
    const bad = (value: unknown, type: string, re: RegExp) => {
      const json = barJson();
      setProp(objectNamed(json, 'tavo'), 'spare', type, value);
      expectLevelError(() => parseBar(json), F, 'objects "tavo" (id 16).properties.spare', re);
    };
    bad('', 'string', /got an empty string$/);
    bad('Not\nlike this', 'string', /\(one line, at most 80 characters\), got "Not\\nlike this"$/);
    bad('x'.repeat(81), 'string', /at most 80 characters\), got "x{60}…"$/);
    bad(true, 'bool', /expected a string, got true/);
  });
});

describe('reach <exit> with <actor>: leaving together', () => {
  it('parses the companions after "with" (exit names may hold spaces)', () => {
    expect(parseObjectives('reach gate with carolina | Both of you')).toEqual([
      { line: 1, objective: { type: 'reach', exit: 'gate', with: ['carolina'], text: 'Both of you' } },
    ]);
    expect(parseObjectives('reach street end with boy, carolina | Out')).toEqual([
      { line: 1, objective: { type: 'reach', exit: 'street end', with: ['boy', 'carolina'], text: 'Out' } },
    ]);
    expect(parseObjectives('reach gate | Alone')).toEqual([{ line: 1, objective: { type: 'reach', exit: 'gate', text: 'Alone' } }]);
  });

  it('rejects an empty list, an empty name and a name of no actor', () => {
    const objectives = (line: string) => {
      const json = barJson();
      setProp(json, 'objectives', 'string', `eliminate bar | Clear out El Tarasco\n${line}`);
      return json;
    };
    const field = 'properties.objectives line 2';
    expectLevelError(() => parseBar(objectives('reach street_east with | Out')), F, field, /expected "reach <exit>" or "reach <exit> with <actor>\[, <actor>…\]" .*, got "reach street_east with"$/);
    expectLevelError(() => parseBar(objectives('reach street_east with woman,, tavo | Out')), F, field, /got "reach street_east with woman,, tavo"$/);
    expectLevelError(() => parseBar(objectives('reach street_east with carolina | Out')), F, field, /expected the name of an actor after "with" \(one of bartender, buscemi, .*\), got "carolina"$/);
    const level = parseBar(objectives('reach street_east with woman | Out with her'));
    expect(level.objectives[1]).toEqual({ type: 'reach', exit: 'street_east', with: ['woman'], text: 'Out with her' });
  });
});
