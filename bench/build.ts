/**
 * Builds the benchmark's pages the way `npm run build` builds the embed script: the project's
 * Vite config in `embed` mode (one minified classic script, every dependency and all data
 * inside, the same target), with only the entry changed. Also measures what the embed script
 * is made of, by package.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build, type Plugin } from 'vite';
import type { Variant } from './pages.js';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const BENCH_DIST = join(ROOT, 'bench/dist');
export const EMBED_SCRIPT = join(ROOT, 'dist/defence-indicators.js');
/** The explorer's data file, which the embed script loads from beside itself. */
export const DATA_SCRIPT = join(ROOT, 'dist/defence-indicators.data.js');
/** The indicators that the embed script loads from beside itself on first need (the scorecard needs them). */
export const MORE_SCRIPT = join(ROOT, 'dist/defence-indicators.more.js');
/** The entry of the embed script in `vite.config.ts`; the breakdown rebuilds it. */
const EMBED_ENTRY = 'src/embed.ts';

/** Raw and gzipped size of a script, in bytes. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** gzip at level 9, as a server that compresses its static files ahead of time would serve them. */
export function bytesOf(code: string | Buffer): Bytes {
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** One group of modules in the embed script, minified on its own. */
export interface Part extends Bytes {
  name: string;
  modules: number;
}

type Modules = Record<string, { code: string | null }>;

/** Builds one entry as a classic script at `bench/dist/<name>.js`; returns its modules as rendered. */
async function buildScript(entry: string, name: string): Promise<Modules> {
  let modules: Modules = {};
  const collect: Plugin = {
    name: 'bench-collect-modules',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') modules = chunk.modules;
    },
  };
  await build({
    root: ROOT,
    mode: 'embed',
    logLevel: 'warn',
    plugins: [collect],
    build: {
      outDir: BENCH_DIST,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: join(ROOT, entry), formats: ['iife'], name: `Bench_${name.replaceAll("-", "_")}`, fileName: () => `${name}.js` },
    },
  });
  return modules;
}

/** The script each variant's page loads, by file name in `bench/dist/`. */
export type Scripts = Record<Variant, string>;

/**
 * Builds the vega-embed and bare Plot pages, copies the embed script beside them, and
 * returns the breakdown of the embed script (rebuilt from its entry with a module collector).
 */
export async function buildPages(): Promise<{ scripts: Scripts; parts: Part[]; breakdownTotal: Bytes }> {
  mkdirSync(BENCH_DIST, { recursive: true });
  for (const file of [EMBED_SCRIPT, DATA_SCRIPT, MORE_SCRIPT]) if (!existsSync(file)) throw new Error(`${file} is missing: npm run build must write it`);
  copyFileSync(EMBED_SCRIPT, join(BENCH_DIST, 'ours.js'));
  await buildScript('bench/entries/vega.ts', 'vega');
  await buildScript('bench/entries/plot.ts', 'plot');
  const modules = await buildScript(EMBED_ENTRY, 'ours-breakdown');
  // After the builds, which write their own copy: the file measured is the one npm run build made.
  for (const file of [DATA_SCRIPT, MORE_SCRIPT]) copyFileSync(file, join(BENCH_DIST, basename(file)));
  const breakdownTotal = bytesOf(readFileSync(join(BENCH_DIST, 'ours-breakdown.js')));
  return { scripts: { ours: 'ours.js', vega: 'vega.js', plot: 'plot.js' }, parts: await breakdown(modules), breakdownTotal };
}

/** Which part of the bundle a module belongs to. */
function partOf(id: string): string {
  const path = id.replace(/\?.*$/, '');
  // scripts/lean-dependencies.ts: what stands in for the parts of a package left out.
  const lean = /^\0lean:(.*)$/.exec(path)?.[1];
  if (lean) return `d3: ${lean}, stand-ins for what is left out`;
  if (path.includes('/datasets/') && path.endsWith('.csv')) return 'data: CSV files';
  if (path.endsWith('datasets/datapackage.json')) return 'data: datapackage.json';
  if (path.endsWith('datasets/world-110m.topo.json')) return 'data: world map (world-110m.topo.json)';
  if (path.includes('/datasets/sources/article/')) return 'data: the article’s sentences (the scorecard’s order)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg === 'world-atlas') return 'world-atlas (countries-110m)';
  if (pkg?.startsWith('d3-') || pkg === 'd3') return `d3: ${pkg}`;
  if (pkg === 'lit' || pkg === 'lit-html' || pkg === 'lit-element' || pkg?.startsWith('@lit/')) return 'lit';
  if (pkg === '@observablehq/plot') return 'Observable Plot';
  if (pkg) return `other: ${pkg}`;
  if (path.includes('/src/indicators/')) return 'our code: indicators';
  if (path.includes('/src/')) return 'our code: element, libs';
  return `other: ${path}`;
}

/** Each part's code minified on its own and gzipped: close to its share of the real bundle. */
async function breakdown(modules: Modules): Promise<Part[]> {
  const groups = new Map<string, string[]>();
  for (const [id, { code }] of Object.entries(modules)) {
    if (!code) continue;
    const name = partOf(id);
    groups.set(name, [...(groups.get(name) ?? []), code]);
  }
  const parts = await Promise.all(
    [...groups].map(async ([name, codes]) => {
      const { code } = await transform(codes.join('\n'), { minify: true, target: 'es2022' });
      return { name, modules: codes.length, ...bytesOf(code) };
    }),
  );
  return parts.sort((a, b) => b.gzip - a.gzip);
}
