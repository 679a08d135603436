/**
 * Debian's Chromium, as the build (`scripts/prerender.ts`), the browser tests and Lighthouse run
 * it: the machine's own browser, never a downloaded one. `CHROMIUM_PATH` points elsewhere.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
