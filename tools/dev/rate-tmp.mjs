import { chromium } from 'playwright';
import { createServer } from 'vite';
const server = await createServer({ server: { port: 5198, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'] });
for (const l of process.argv.slice(2)) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://localhost:5198/?level=${l}&seed=1`);
  await page.waitForFunction(() => window.__game?.scene === 'play', undefined, { timeout: 30000 });
  await page.waitForTimeout(Number(process.env.WARM ?? 3000));
  const t0 = await page.evaluate(() => window.__game.tick);
  await page.waitForTimeout(10000);
  const t1 = await page.evaluate(() => window.__game.tick);
  console.log(l, 'ticks/s', (t1 - t0) / 10);
  await page.close();
}
await browser.close(); await server.close();
