// Looks at the game as a player would: serves dist/, opens a URL in headless Chromium, waits, and
// saves screenshots. Usage: node tools/dev/shoot.mjs "<path?query>" out.png [waitMs] [actions...]
import { chromium } from 'playwright';
import { createServer } from 'vite';

const [, , path = '/', out = 'test-results/shot.png', wait = '3000'] = process.argv;
const server = await createServer({ server: { port: 5199, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`); });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(`http://localhost:5199${path}`);
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out });
console.log(JSON.stringify(await page.evaluate(() => { const g = globalThis.__game; return g && { scene: g.scene, level: g.level, tick: g.tick, outcome: g.outcome, player: g.player, enemies: g.enemiesAlive }; })));
await browser.close();
await server.close();
