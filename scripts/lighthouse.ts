/**
 * `npm run lighthouse`: builds the project, then runs Lighthouse 12 (its Node API, mobile defaults
 * with simulated throttling) in Debian's Chromium on two pages served from a copy of `dist/`:
 * the dashboard (`index.html`) and the example report (`examples/report.html`, copied beside
 * `defence-indicators.js` as a report author would). Prints the four category scores and
 * FCP, LCP, TBT and CLS per page with PASS/FAIL for each target, and writes
 * `lighthouse/results.json` (medians, targets and the failed audits of the median run) and
 * `lighthouse/<page>.html` (the median run's report; not committed).
 *
 * Options: --runs N (runs per page; the figures are medians, default 3)
 *          --no-build (measure dist/ as it is)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse, { type Config, defaultConfig, type Result } from 'lighthouse';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const OUT = join(ROOT, 'lighthouse');
/** Builds and reads of the shared `dist/` are serialised on this lock when `flock` exists. */
const BUILD_LOCK = process.env.DI_BUILD_LOCK ?? '/tmp/di-build.lock';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${args.runs}`);

const log = (message: string) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------------
// The site: a copy of dist/ with the example report beside the embed script.

/** Runs `command` under the build lock (with `flock`, when the machine has it). */
function locked(command: string): void {
  const hasFlock = (() => {
    try {
      execFileSync('flock', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  const [file, argv] = hasFlock ? ['flock', [BUILD_LOCK, 'sh', '-c', command]] : ['sh', ['-c', command]];
  execFileSync(file, argv as string[], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const site = mkdtempSync(join(tmpdir(), 'di-lighthouse-'));
const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;
const copyDist = `cp -R dist/. ${quote(site)}/`;
if (args['no-build']) {
  log('copying dist/ …');
  locked(copyDist);
} else {
  log('npm run build …');
  locked(`npm run build && ${copyDist}`);
}
if (!existsSync(join(site, 'index.html')) || !existsSync(join(site, 'defence-indicators.js'))) {
  throw new Error('dist/ has no index.html or defence-indicators.js: run npm run build');
}
// The README's embedding: "copy dist/defence-indicators.js next to your page" and load it with
// <script src="defence-indicators.js">. The example in the repository loads it from ../dist/.
const report = readFileSync(join(ROOT, 'examples/report.html'), 'utf8');
const reportBeside = report.replace('src="../dist/defence-indicators.js"', 'src="defence-indicators.js"');
if (reportBeside === report) throw new Error('examples/report.html no longer loads ../dist/defence-indicators.js');
writeFileSync(join(site, 'report.html'), reportBeside);

// ---------------------------------------------------------------------------------------------
// A static server with gzip, as a static host serves the files.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;
const gzipped = new Map<string, Buffer>();

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(site, path));
  if (file !== site && !file.startsWith(site + sep)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': TYPES['.txt'] });
    return void response.end('Not found');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  let body: Buffer = readFileSync(file);
  const headers: Record<string, string | number> = { 'content-type': type };
  if (COMPRESSIBLE.test(type)) {
    headers.vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file)!;
      headers['content-encoding'] = 'gzip';
    }
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// ---------------------------------------------------------------------------------------------
// Lighthouse.

interface Page {
  name: string;
  path: string;
  /** The page's own target: LCP no later than FCP + 100 ms. */
  lcpAfterFcp: boolean;
}
const PAGES: Page[] = [
  { name: 'dashboard', path: '/index.html', lcpAfterFcp: true },
  { name: 'report', path: '/report.html', lcpAfterFcp: false },
];

/**
 * Lighthouse 12.2.3's trace engine reads `args.chrome_frame_reporter.frame_sequence` of the
 * `PipelineReporter` events, which newer Chromium (156 here) names `args.frame_reporter`. Without
 * this shim the trace engine throws, and the layout-shift culprits, the LCP element and the
 * render-blocking audits come out as errors. The trace is otherwise left as Chromium wrote it.
 */
class Trace extends TraceGatherer {
  override getArtifact() {
    const trace = super.getArtifact();
    for (const event of trace.traceEvents) {
      const args = event.args as Record<string, unknown> | undefined;
      if (event.name === 'PipelineReporter' && args?.frame_reporter && !args.chrome_frame_reporter) {
        args.chrome_frame_reporter = args.frame_reporter;
      }
    }
    return trace;
  }
}
const CONFIG: Config = {
  ...defaultConfig,
  artifacts: defaultConfig.artifacts?.map((artifact) => (artifact.id === 'Trace' ? { id: 'Trace', gatherer: { implementation: Trace } } : artifact)),
};

async function runLighthouse(url: string): Promise<{ lhr: Result; html: string }> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    }, CONFIG);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings) log(`  warning: ${warning}`);
    return { lhr, html: result.report as string };
  } finally {
    await chrome.kill();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const numeric = (lhr: Result, id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;

interface Figures {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  lcpMinusFcp: number;
}

function figuresOf(lhr: Result): Figures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const fcp = numeric(lhr, 'first-contentful-paint');
  const lcp = numeric(lhr, 'largest-contentful-paint');
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    fcp,
    lcp,
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    lcpMinusFcp: lcp - fcp,
  };
}

interface Target {
  target: string;
  measured: number;
  limit: string;
  pass: boolean;
}

function targetsOf(page: Page, f: Figures): Target[] {
  const targets: Target[] = CATEGORIES.map((id) => ({ target: `${id} score`, measured: f[id], limit: '100', pass: f[id] >= 100 }));
  targets.push({ target: 'TBT (ms)', measured: Math.round(f.tbt), limit: '≤ 50', pass: f.tbt <= 50 });
  targets.push({ target: 'CLS', measured: Number(f.cls.toFixed(3)), limit: '≤ 0.01', pass: f.cls <= 0.01 });
  if (page.lcpAfterFcp) {
    targets.push({ target: 'LCP − FCP (ms)', measured: Math.round(f.lcpMinusFcp), limit: '≤ 100', pass: f.lcpMinusFcp <= 100 });
  }
  return targets;
}

/** A few fields of an audit's table or list rows, enough to see what the audit points at. */
function itemsOf(details: unknown): unknown[] {
  const d = details as { type?: string; items?: unknown[] } | undefined;
  if (!d?.items) return [];
  const rows = d.type === 'list' ? d.items.flatMap((item) => itemsOf(item)) : d.items;
  return rows.slice(0, 8).map((row) => {
    const out: Record<string, unknown> = {};
    const { subItems, ...fields } = row as Record<string, unknown> & { subItems?: { items?: unknown[] } };
    for (const [key, value] of Object.entries(fields)) {
      if (value === null || value === undefined) continue;
      if (typeof value === 'number') out[key] = Math.round(value * 1000) / 1000;
      else if (typeof value === 'string' || typeof value === 'boolean') out[key] = typeof value === 'string' ? value.slice(0, 200) : value;
      else if (typeof value === 'object' && 'type' in value) {
        const v = value as { type: string; snippet?: string; selector?: string; nodeLabel?: string; url?: string; value?: unknown; text?: string };
        if (v.type === 'node') out[key] = { selector: v.selector, label: v.nodeLabel, snippet: v.snippet?.slice(0, 200) };
        else if (v.type === 'source-location') out[key] = v.url;
        else if (v.type === 'url') out[key] = v.value;
        else if (v.type === 'code' || v.type === 'text') out[key] = String(v.value ?? v.text ?? '').slice(0, 200);
      }
    }
    // e.g. the root causes of a layout shift.
    if (subItems?.items?.length) out.subItems = itemsOf({ type: 'table', items: subItems.items });
    return out;
  });
}

/**
 * What stands between the page and 100: the audits with a score below 1; the diagnostics that
 * pass but estimate savings on a metric (main-thread work, long tasks, …); and the audits that
 * could not run. Each with the categories that weigh it.
 */
function auditsToFix(lhr: Result) {
  const weights = new Map<string, string[]>();
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      weights.set(ref.id, [...(weights.get(ref.id) ?? []), `${category.id}${ref.weight ? ` (weight ${ref.weight})` : ''}`]);
    }
  }
  const describe = (audit: Result['audits'][string]) => ({
    id: audit.id,
    title: audit.title,
    score: audit.score,
    displayValue: audit.displayValue,
    metricSavings: audit.metricSavings,
    categories: weights.get(audit.id) ?? [],
    description: audit.description,
    ...(audit.errorMessage ? { errorMessage: audit.errorMessage } : {}),
    items: itemsOf(audit.details),
  });
  const audits = Object.values(lhr.audits);
  const saves = (audit: Result['audits'][string]) => Object.values(audit.metricSavings ?? {}).some((value) => (value ?? 0) > 0);
  return {
    failed: audits
      .filter((audit) => audit.score !== null && audit.score < 1)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
      .map(describe),
    diagnostics: audits.filter((audit) => (audit.score === null || audit.score === 1) && saves(audit)).map(describe),
    errors: audits.filter((audit) => audit.scoreDisplayMode === 'error').map(describe),
  };
}

mkdirSync(OUT, { recursive: true });
const chromeVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
const pages: Record<string, unknown> = {};
try {
  for (const page of PAGES) {
    const url = origin + page.path;
    const lhrs: Result[] = [];
    const html = new Map<Result, string>();
    for (let run = 1; run <= runs; run++) {
      log(`${page.name}: run ${run}/${runs} …`);
      const { lhr, html: report } = await runLighthouse(url);
      lhrs.push(lhr);
      html.set(lhr, report);
    }
    const all = lhrs.map(figuresOf);
    const medians = Object.fromEntries(
      (Object.keys(all[0]!) as Array<keyof Figures>).map((key) => [key, median(all.map((f) => f[key]))]),
    ) as unknown as Figures;
    const targets = targetsOf(page, medians);
    // The run nearest the median FCP and TTI (Lighthouse's own choice) stands for the page.
    const representative = computeMedianRun(lhrs);
    const audits = auditsToFix(representative);
    writeFileSync(join(OUT, `${page.name}.html`), html.get(representative)!);
    pages[page.name] = {
      path: page.path,
      medians,
      runs: all,
      targets,
      audits,
    };

    const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;
    console.log(`\n### ${page.name} (${page.path}), median of ${runs} run${runs > 1 ? 's' : ''}\n`);
    console.log('| Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | LCP − FCP |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    console.log(
      `| ${medians.performance} | ${medians.accessibility} | ${medians['best-practices']} | ${medians.seo} | ` +
        `${ms(medians.fcp)} | ${ms(medians.lcp)} | ${ms(medians.tbt)} | ${medians.cls.toFixed(3)} | ${ms(medians.lcpMinusFcp)} |`,
    );
    console.log('\n| Target | measured | limit | |\n|---|---:|---:|---|');
    for (const t of targets) console.log(`| ${t.target} | ${t.measured} | ${t.limit} | ${t.pass ? 'PASS' : 'FAIL'} |`);
    const { failed, diagnostics, errors } = audits;
    const line = (audit: { id: string; title: string; score: number | null; displayValue?: string }) =>
      `- ${audit.id} (${audit.score ?? '–'}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`;
    if (failed.length) console.log(`\nAudits below 1 (median run):\n\n${failed.map(line).join('\n')}`);
    if (diagnostics.length) console.log(`\nDiagnostics with estimated savings:\n\n${diagnostics.map(line).join('\n')}`);
    if (errors.length) console.log(`\nAudits that could not run:\n\n${errors.map((a) => `- ${a.id}: ${a.errorMessage}`).join('\n')}`);
  }
} finally {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(site, { recursive: true, force: true });
}

writeFileSync(
  join(OUT, 'results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version as string,
      chromium: chromeVersion,
      settings: 'Lighthouse defaults: mobile, simulated throttling; gzip on the local server',
      runs,
      pages,
    },
    null,
    2,
  )}\n`,
);
log(`\nwrote lighthouse/results.json and lighthouse/{${PAGES.map((p) => p.name).join(',')}}.html`);
