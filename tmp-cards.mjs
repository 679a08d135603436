import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, mkdirSync } from 'node:fs';
import { join, extname } from 'node:path';
const root = process.argv[2];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv' };
const server = createServer((req, res) => { let f = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)); if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html'); if (!existsSync(f)) { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' }); res.end(readFileSync(f)); }).listen(4598);
const ids = process.argv[3].split(',');
mkdirSync('/tmp/shots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [width, scheme] of [[1200, 'light'], [320, 'dark'], [320, 'light'], [1200, 'dark']]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
  await page.goto('http://127.0.0.1:4598/index.html');
  for (const id of ids) {
    const card = page.locator(`#${id}`);
    await card.scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => document.getElementById(i)?.shadowRoot?.querySelector('[part="chart"] svg'), id, { timeout: 10000 }).catch(() => console.log('no chart', id));
    await page.waitForTimeout(300);
    await card.screenshot({ path: `/tmp/shots/${id}-${width}-${scheme}.png` });
    await card.locator("[part=chart]").screenshot({ path: `/tmp/shots/chart-${id}-${width}-${scheme}.png` });
  }
  await page.close();
}
await browser.close(); server.close();
