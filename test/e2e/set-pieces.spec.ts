// Each level's set-piece moment, as a player sees it, saved to test-results/set-pieces/ for people to
// look at: the tactician (`best`) plays the level in Node, the moment is found in its run (the
// Tarasco's shootout, Navajas's knives, the case over the gap, the fire in the bookstore, Campa and
// Quino firing, the ranch duel's draw), and the page replays the same inputs up to that tick
// (`?inputs=`). Checked: the level plays, the tick is reached with El standing, the picture is not
// blank, Phaser never warns about a missing frame.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { botFor } from '../../src/headless/bots';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { encodeInputs } from '../../src/replay/input-codec';
import { burningAt, createWorld, step, TILE, type TickInput, type World } from '../../src/sim';
import { advance, hook, noErrors, waitForScene, watchErrors } from './helpers';

const OUT = 'test-results/set-pieces';
/** Recorded ticks kept past the moment. */
const AFTER = 60;
test.describe.configure({ timeout: 240_000 });

const team = (w: World, id: number) => w.actors.find((a) => a.id === id)?.team;
const roundsBy = (w: World, side: string) => w.bullets.filter((b) => b.alive && b.weapon !== 'knife' && team(w, b.owner) === side).length;

/** Burning cells within the camera's view round El (about 420 x 240 world pixels at 3x). */
function burningNearEl(w: World): number {
  const el = w.actors.find((a) => a.team === 'player')!;
  let n = 0;
  for (let i = 0; i < w.burn.length; i++) {
    const x = ((i % w.level.width) + 0.5) * TILE;
    const y = (Math.floor(i / w.level.width) + 0.5) * TILE;
    if (Math.abs(x - el.x) < 200 && Math.abs(y - el.y) < 110 && burningAt(w, x, y)) n++;
  }
  return n;
}

interface SetPiece {
  readonly name: string;
  readonly level: string;
  /** How good a tick of the run is as the picture (the best scoring tick is taken). */
  readonly score: (w: World) => number;
}

const SET_PIECES: readonly SetPiece[] = [
  // The shootout in El Tarasco: the most enemy rounds in the air, men drawn on El.
  { name: 'bar-shootout', level: 'bar', score: (w) => roundsBy(w, 'enemy') * 10 + w.actors.filter((a) => a.team === 'enemy' && a.alive && a.ai && !a.ai.calm).length },
  // Navajas in the church: his wind-up or his knives in flight.
  { name: 'church-navajas', level: 'church', score: (w) => w.actors.filter((a) => a.arch === 'navajas' && a.alive && (a.ai?.windupLeft ?? 0) > 0).length * 10 + w.bullets.filter((b) => b.alive && b.weapon === 'knife').length * 20 },
  // The case over the gap, at the top of its arc.
  { name: 'rooftops-case-throw', level: 'rooftops', score: (w) => w.pickups.some((p) => p.weapon === 'guitarCase' && p.flight && p.flight.left > 0 && Math.abs(p.flight.left - p.flight.total / 2) <= 1) ? 1 : 0 },
  // The bookstore burning: the most cells alight on screen round El (the camera follows him).
  { name: 'rooftops-fire', level: 'rooftops', score: burningNearEl },
  // The street battle: Campa's and Quino's rounds in the air.
  { name: 'street-campa-quino', level: 'street', score: (w) => roundsBy(w, 'ally') * 10 + roundsBy(w, 'enemy') },
  // The duel at the ranch: the draw, El's sleeve pistols out as Bucho goes for his gun.
  { name: 'ranch-duel', level: 'ranch', score: (w) => (w.events.some((e) => e.type === 'duelWon') ? 1 : 0) },
];

/**
 * The tactician's run of the level on its fixed board, up to a little after the set piece's best
 * tick (the page is looked at once it has reached that tick, a few frames later: the recorded inputs
 * still drive El then, so the picture is the run's).
 */
function moment(piece: SetPiece): { seed: number; tick: number; inputs: TickInput[] } {
  const entry = loadLevelIndex().levels.find((l) => l.id === piece.level)!;
  const world = createWorld(loadLevel(piece.level), entry.seed);
  const bot = botFor('best', piece.level)!.create(entry.seed);
  const inputs: TickInput[] = [];
  let best = { tick: 0, score: 0 };
  while (world.outcome === null && world.tick < 20_000) {
    const input = bot.act(world);
    inputs.push(input);
    step(world, input);
    const s = piece.score(world);
    if (s > best.score) best = { tick: world.tick, score: s };
  }
  if (best.score === 0) throw new Error(`${piece.name}: the set piece never happens in the tactician's run`);
  return { seed: entry.seed, tick: best.tick, inputs: inputs.slice(0, best.tick + AFTER) };
}

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

for (const piece of SET_PIECES) {
  test(`${piece.name}: the set piece on screen`, async ({ page }) => {
    const errors = watchErrors(page);
    const missing: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning' && /has no frame|texture/i.test(msg.text())) missing.push(msg.text());
    });
    const m = moment(piece);
    // On the test clock: the picture is exactly the moment's tick, however slow the machine.
    await page.goto(`./?level=${piece.level}&seed=${m.seed}&clock=manual&inputs=${encodeInputs(m.inputs)}`);
    await waitForScene(page, 'play', 60_000);
    await advance(page, m.tick);
    const png = await page.screenshot({ path: `${OUT}/${piece.name}.png` });
    const h = await hook(page);
    expect(h.scene).toBe('play');
    expect(h.level).toBe(piece.level);
    expect(h.tick).toBe(m.tick);
    expect(h.player?.hp ?? 0).toBeGreaterThan(0);
    // A blank or single-colour canvas compresses to a few kilobytes; a drawn scene does not.
    expect(png.length).toBeGreaterThan(60_000);
    expect(missing, missing.join('\n')).toEqual([]);
    await noErrors(errors);
  });
}

/** Mean luma (0..1) of screen regions of a PNG, measured in the page (no image library in Node). */
async function regionLuma(page: Page, png: Buffer, regions: readonly (readonly [number, number, number, number])[]): Promise<number[]> {
  return page.evaluate(async ({ b64, regions }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return regions.map(([x, y, w, h]) => {
      const d = ctx.getImageData(x, y, w, h).data;
      let sum = 0;
      for (let i = 0; i < d.length; i += 4) sum += (0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!) / 255;
      return sum / (d.length / 4);
    });
  }, { b64: png.toString('base64'), regions });
}

test('bullet time looks the same under WebGL and Canvas', async ({ page }) => {
  const errors = watchErrors(page);
  // The middle of the view (El), and the two bottom corners (clear of the HUD and the hints).
  const REGIONS = [[440, 240, 400, 240], [0, 600, 200, 120], [1080, 600, 200, 120]] as const;
  const shots: number[][] = [];
  for (const renderer of ['webgl', 'canvas'] as const) {
    await page.goto(`./?level=bar&renderer=${renderer}&clock=manual`);
    await waitForScene(page, 'play', 60_000);
    await advance(page, 20);
    expect(await page.evaluate(() => window.__game!.renderer)).toBe(renderer);
    await page.mouse.move(900, 300);
    await page.keyboard.down('ShiftLeft');
    // Well past the quarter second the look takes to settle.
    await advance(page, 40);
    const png = await page.screenshot({ path: `${OUT}/focus-${renderer}.png` });
    await page.keyboard.up('ShiftLeft');
    shots.push(await regionLuma(page, png, REGIONS));
  }
  const [webgl, canvas] = shots as [number[], number[]];
  for (const s of shots) {
    // The vignette is there: the corners darker than the middle.
    expect(s[1]!).toBeLessThan(s[0]! * 0.8);
    expect(s[2]!).toBeLessThan(s[0]! * 0.8);
  }
  for (let i = 0; i < REGIONS.length; i++) expect(Math.abs(webgl[i]! - canvas[i]!), `region ${i}: ${webgl[i]} vs ${canvas[i]}`).toBeLessThan(0.03);
  await noErrors(errors);
});
