/**
 * Shared set-up for the browser tests: a static server for the built files on loopback and
 * Debian's Chromium driven by playwright-core. Never `npx playwright install`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const DIST = join(ROOT, 'dist');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at a free port. `headers` are added to every response
 * (e.g. a Content-Security-Policy); `pages` serves extra HTML by path, for test pages.
 */
export async function serve(
  root: string = DIST,
  { headers = {}, pages = {} }: { headers?: OutgoingHttpHeaders; pages?: Record<string, string> } = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
      response.end(pages[path]);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * The module that defines the elements, as `dist/index.html` loads it: imported once the first
 * frame is painted (a prerendered page, `scripts/prerender.ts`), or from a script tag.
 */
export function dashboardModule(site: string = DIST): string {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const src = html.match(/import\("([^"]+)"\)/)?.[1] ?? html.match(/<script type="module"[^>]*\ssrc="([^"]+)"/)?.[1];
  if (!src) throw new Error(`${site}/index.html loads no module`);
  return src;
}

/**
 * Waits until the elements of a prerendered dashboard have taken their roots over (one per idle
 * period, `src/lib/take-over.ts`), once the reader has acted; at once on any other page.
 */
export async function takenOver(page: Page): Promise<void> {
  // The prerendered dashboard loads its script when the reader acts: here, a key press.
  if (await page.evaluate(() => !!document.querySelector('defence-dashboard[prerendered]') && !customElements.get('defence-indicator')))
    await page.keyboard.press('Shift');
  await page.waitForFunction(() => {
    if (!document.querySelector('defence-dashboard[prerendered]')) return true;
    const elements = [...document.querySelectorAll('defence-scorecard, defence-indicator')];
    return elements.every((element) => (element as Element & { hasUpdated?: boolean }).hasUpdated);
  });
}
