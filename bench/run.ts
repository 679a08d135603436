/**
 * `npm run bench`: builds the project and the comparison pages, then measures ours, vega-embed
 * and bare Observable Plot in one headless Chromium, interleaved run by run (the order rotates)
 * so that the machine's noise falls on all three alike. Prints markdown tables and writes
 * `bench/results.json`.
 *
 * Options: --runs N (measured runs, default 5) --warmup N (default 1) --cards N (default 100)
 *          --cpu-throttle N (CDP CPU slow-down, default 1) --vega-renderer canvas|svg
 *          --no-build (use dist/ as it is)
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { launchBrowser, serve } from '../tests/browser/helpers.js';
import { BENCH_DIST, buildPages, bytesOf, DATA_SCRIPT, EMBED_SCRIPT, MORE_SCRIPT, ROOT } from './build.js';
import { measureDownload, measureExplored, measureOneCard, measurePrerenderedFirstScreen, measureReport, type ReportFigures, VIEWPORT } from './measure.js';
import { benchPage, COLUMN_WIDTH, repeatIds, type Variant, VARIANTS } from './pages.js';
import { breakdownTable, type ExploreFigures, type Figures, median, type SplitFigures, table, targets } from './report.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    cards: { type: 'string', default: '100' },
    'cpu-throttle': { type: 'string', default: '1' },
    'vega-renderer': { type: 'string', default: 'canvas' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const warmup = Number(args.warmup);
const cards = Number(args.cards);
const cpuThrottle = Number(args['cpu-throttle']);
const vegaRenderer = args['vega-renderer'] === 'svg' ? 'svg' : 'canvas';

/**
 * The registry's ids and dataset sizes, read through Vite so that `?raw` imports work in Node:
 * the indicators that have a Vega-Lite version, so that the three pages draw the same charts.
 */
async function registry(): Promise<{ compared: Array<{ id: string; datasetBytes: number }>; later: string[] }> {
  const vite = await createServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false } });
  try {
    const { INDICATORS } = (await vite.ssrLoadModule('/src/indicators/all.ts')) as typeof import('../src/indicators/all.js');
    const { inEmbedScript } = (await vite.ssrLoadModule('/src/indicators/index.ts')) as typeof import('../src/indicators/index.js');
    const { VEGA_SPECS } = (await vite.ssrLoadModule('/bench/entries/vega-specs.ts')) as typeof import('./entries/vega-specs.js');
    return {
      compared: INDICATORS.filter((i) => Object.hasOwn(VEGA_SPECS, i.id)).map((i) => ({ id: i.id, datasetBytes: Buffer.byteLength(i.dataset.text) })),
      later: INDICATORS.filter((i) => !inEmbedScript(i.id)).map((i) => i.id),
    };
  } finally {
    await vite.close();
  }
}

const log = (message: string) => process.stderr.write(`${message}\n`);

if (!args['no-build']) {
  log('npm run build …');
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
log('building the comparison pages …');
const { scripts, parts, breakdownTotal } = await buildPages();
const { compared: indicators, later } = await registry();
const ids = indicators.map((i) => i.id);
const largest = indicators.reduce((a, b) => (b.datasetBytes > a.datasetBytes ? b : a));

/** Issue 9: one card preset to ten countries, which loads the full data before it draws. */
const TEN_COUNTRIES = ['JPN', 'KOR', 'DEU', 'USA', 'CHN', 'GBR', 'FRA', 'IND', 'RUS', 'AUS'];
const EXPLORED = ` countries="${TEN_COUNTRIES.join(' ')}" from="2000" to="2024" measure="constant_2023_usd_m"`;
const pages: Record<string, string> = {
  '/download.html': benchPage('ours', [largest.id], scripts.ours),
  '/explore-ours.html': benchPage('ours', [ids[0]!], scripts.ours, { attributes: EXPLORED }),
  // Issue 8: the dashboard's first screen, the scorecard (which loads the second file) and the first card.
  '/first-screen-ours.html': benchPage('ours', [ids[0]!], scripts.ours, { scorecard: true }),
};
for (const variant of VARIANTS) {
  pages[`/one-${variant}.html`] = benchPage(variant, [ids[0]!], scripts[variant], { vegaRenderer });
  pages[`/report-${variant}.html`] = benchPage(variant, repeatIds(ids, cards), scripts[variant], { vegaRenderer });
}
const server = await serve(BENCH_DIST, { pages });
/** The dashboard as built, prerendered. */
const site = await serve(join(ROOT, 'dist'));
const browser = await launchBrowser();
const chromium = browser.version();
const oneCard: Record<Variant, number[]> = { ours: [], vega: [], plot: [] };
const report: Record<Variant, ReportFigures[]> = { ours: [], vega: [], plot: [] };
const downloads: Array<{ time: number; bytes: number }> = [];
const explored: number[] = [];
const firstScreens: number[] = [];
const dashboardFirstScreens: number[] = [];
const options = { cpuThrottle };
try {
  for (let run = 0; run < warmup + runs; run++) {
    const measured = run >= warmup;
    // Rotate the order, so that no variant always goes first.
    const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]!);
    for (const variant of order) {
      const one = await measureOneCard(browser, `${server.url}/one-${variant}.html`, options);
      const many = await measureReport(browser, `${server.url}/report-${variant}.html`, cards, options);
      log(`${measured ? `run ${run - warmup + 1}/${runs}` : 'warm-up'} ${variant}: one card ${one.toFixed(0)} ms; ` +
        `${cards} cards first screen ${many.firstScreen.toFixed(0)} ms (${many.firstScreenCards} cards), all ${many.allDrawn.toFixed(0)} ms, heap ${(many.heap / 1e6).toFixed(1)} MB`);
      if (measured) {
        oneCard[variant].push(one);
        report[variant].push(many);
      }
    }
    const download = await measureDownload(browser, `${server.url}/download.html`, options);
    const tenCountries = await measureExplored(browser, `${server.url}/explore-ours.html`, TEN_COUNTRIES.length, options);
    const firstScreen = await measureOneCard(browser, `${server.url}/first-screen-ours.html`, options);
    const dashboardFirstScreen = await measurePrerenderedFirstScreen(browser, `${site.url}/index.html`, options);
    log(`${measured ? `run ${run - warmup + 1}/${runs}` : 'warm-up'} ours: scorecard + first card ${firstScreen.toFixed(0)} ms embedded, ${dashboardFirstScreen.toFixed(0)} ms on the prerendered dashboard`);
    log(`${measured ? `run ${run - warmup + 1}/${runs}` : 'warm-up'} ours: full data + ten countries ${tenCountries.toFixed(0)} ms`);
    if (measured) {
      downloads.push(download);
      explored.push(tenCountries);
      firstScreens.push(firstScreen);
      dashboardFirstScreens.push(dashboardFirstScreen);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await site.close();
}

const figures = Object.fromEntries(
  VARIANTS.map((variant) => [
    variant,
    {
      bytes: bytesOf(readFileSync(join(BENCH_DIST, scripts[variant]))),
      oneCard: median(oneCard[variant]),
      firstScreen: median(report[variant].map((r) => r.firstScreen)),
      allDrawn: median(report[variant].map((r) => r.allDrawn)),
      heap: median(report[variant].map((r) => r.heap)),
    } satisfies Figures,
  ]),
) as Record<Variant, Figures>;
const download = { id: largest.id, time: median(downloads.map((d) => d.time)), bytes: downloads[0]!.bytes };
const explore: ExploreFigures = { tenCountries: median(explored), dataBytes: bytesOf(readFileSync(DATA_SCRIPT)) };
const embedCode = readFileSync(EMBED_SCRIPT, 'utf8');
/** Each indicator of the second file leaves only its id in the embed script's registry: `"id",`. */
const stubs = later.map((id) => {
  if (!embedCode.includes(JSON.stringify(id))) throw new Error(`${EMBED_SCRIPT} has no registry stub for ${id}`);
  return { id, bytes: Buffer.byteLength(`${JSON.stringify(id)},`) };
});
const split: SplitFigures = {
  moreBytes: bytesOf(readFileSync(MORE_SCRIPT)),
  stubs,
  firstScreen: median(firstScreens),
  dashboardFirstScreen: median(dashboardFirstScreens),
};
const goals = targets(figures, explore, split);

const setup =
  `Headless Chromium ${chromium}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ` +
  `column ${COLUMN_WIDTH}px, medians of ${runs} runs after ${warmup} warm-up, CPU throttle ${cpuThrottle}×, ` +
  `vega-embed renderer ${vegaRenderer}, ${cards} cards = ${ids.length} indicators repeated; one card = ${ids[0]}.`;
console.log(`${setup}\n\n${table(figures, download, explore, split, goals, cards)}\n\n${breakdownTable(parts, breakdownTotal)}`);
writeFileSync(
  join(ROOT, 'bench/results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      setup: { runs, warmup, cards, cpuThrottle, vegaRenderer, viewport: VIEWPORT, columnWidth: COLUMN_WIDTH, indicators: ids },
      figures,
      download,
      explore,
      split,
      targets: goals,
      breakdown: { parts, total: breakdownTotal },
      samples: { oneCard, report, downloads, explored, firstScreens, dashboardFirstScreens },
    },
    null,
    2,
  )}\n`,
);
