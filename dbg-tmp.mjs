import { chromium } from 'playwright';
import { createServer } from 'vite';
const server = await createServer({ root: process.cwd(), server: { port: 4205, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('pageerror', (e) => console.log('[pageerror]', e.stack));
page.on('console', (m) => { if (m.type() === 'error') console.log('[console]', m.text()); });
await page.goto(`http://localhost:4205/${process.argv[2]}`);
await page.waitForFunction(() => window.__game?.scene === 'play', undefined, { timeout: 60000 });
for (let i = 0; i < 6; i++) { await page.waitForTimeout(2000); console.log(await page.evaluate(() => ({ tick: window.__game.tick, outcome: window.__game.outcome, t: window.__game.speedrun?.timer }))); }
await browser.close(); await server.close();
