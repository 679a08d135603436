import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type HtmlTagDescriptor, type Plugin, runnerImport, type UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { sipriDataScript } from './scripts/explore-data.js';
import { leanDataPackage } from './scripts/lean-datapackage.js';
import { leanDependencies } from './scripts/lean-dependencies.js';
import { moreBuild } from './scripts/more-build.js';
import { DATA_FILE } from './src/explore/sipri-data.js';
import type { DataPackage } from './src/lib/datapackage.js';
import { DATA_FOLDER, datasetGraph, jsonLdScriptText, sitePathOf } from './src/lib/jsonld.js';

/** The ES module's entry (the embed script's wraps it, src/embed.ts): it defines the elements and exports the registry. */
const LIBRARY_ENTRY = 'src/index.ts';
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const more = moreBuild(ROOT);
const dependencies = Object.keys(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies ?? {});
/** The data package and its CSV files, which the dashboard publishes in `dist/data/`. */
const DATASETS = new URL('./datasets/', import.meta.url);
const PACKAGE_FILE = 'datapackage.json';

/**
 * The browser builds' minifier: terser, three passes, writes files about 2.5% smaller (gzip) than
 * esbuild's (the embed script: 4 kB), for some seconds more of build.
 */
const minified: UserConfig['build'] = { minify: 'terser', terserOptions: { compress: { passes: 3 }, ecma: 2020 } };

/**
 * `vite build --mode embed`: the classic script for report authors, with every dependency and
 * the headline cards' data inside, so that it runs from `file://` and they need no other request.
 * The other cards come from `defence-indicators.more.js` beside it (`--mode embed-more`), on first need.
 */
const embed: UserConfig['build'] = {
  emptyOutDir: false,
  lib: { entry: 'src/embed.ts', formats: ['iife'], name: 'DefenceIndicators', fileName: () => 'defence-indicators.js' },
};

/** `vite build --mode module`: an ES module for bundlers, which bring their own copy of the dependencies. */
const esModule: UserConfig['build'] = {
  emptyOutDir: false,
  lib: { entry: LIBRARY_ENTRY, formats: ['es'], fileName: () => 'lib/defence-indicators.mjs' },
  rollupOptions: {
    external: (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
    // The indicators loaded on first need (src/indicators/more.ts) are a chunk beside the module.
    output: { chunkFileNames: 'lib/[name].mjs' },
  },
};

/** The data package and the files it describes, as bytes, keyed by their path in `datasets/` (`datapackage.json` included). */
interface DatasetFiles {
  pkg: DataPackage;
  files: Map<string, Buffer>;
}

/** Reads `datasets/datapackage.json` and every resource's CSV; never the raw snapshots in `datasets/sources/`. */
function readDatasets(): DatasetFiles {
  const packageBytes = readFileSync(new URL(PACKAGE_FILE, DATASETS));
  const pkg = JSON.parse(packageBytes.toString('utf8')) as DataPackage;
  const csvFiles = pkg.resources.map(({ path }) => [path, readFileSync(new URL(path, DATASETS))] as const);
  return { pkg, files: new Map([[PACKAGE_FILE, packageBytes], ...csvFiles]) };
}

type PageMetadata = typeof import('./src/page-metadata.js');

/**
 * The page's JSON-LD, at the end of the head: a schema.org `Dataset` for each resource, and a
 * `ClaimReview` for each claim, computed from the registry by Vite's module runner (it reads the
 * indicators' bundled CSVs as the page does).
 */
async function jsonLdTag({ pkg, files }: DatasetFiles, siteUrl: string | undefined): Promise<HtmlTagDescriptor> {
  const datasets = datasetGraph(pkg, { csvText: ({ path }) => files.get(path)!.toString('utf8'), siteUrl });
  const root = fileURLToPath(new URL('.', import.meta.url));
  const { module } = await runnerImport<PageMetadata>('/src/page-metadata.ts', { root, logLevel: 'error', configFile: false });
  const graph = [...datasets, ...module.claimReviews(siteUrl)];
  return { tag: 'script', attrs: { type: 'application/ld+json' }, children: jsonLdScriptText(graph), injectTo: 'head' };
}

/**
 * The dashboard's build: the JSON-LD in `index.html`, and `datapackage.json` and every CSV in
 * `dist/data/`, byte for byte. `datasets/` is read once, when the build starts, so that the
 * metadata describes exactly the files published beside it.
 */
function publishDatasets(siteUrl: string | undefined): Plugin {
  let datasets: DatasetFiles;
  return {
    name: 'publish-datasets',
    apply: 'build',
    buildStart() {
      datasets = readDatasets();
    },
    transformIndexHtml: async () => [await jsonLdTag(datasets, siteUrl)],
    generateBundle() {
      for (const [path, source] of datasets.files) this.emitFile({ type: 'asset', fileName: sitePathOf(path), source });
    },
  };
}

/** `npm run dev`: the same JSON-LD and the same files under `data/`, read afresh on every request. */
function serveDatasets(siteUrl: string | undefined): Plugin {
  return {
    name: 'serve-datasets',
    apply: 'serve',
    transformIndexHtml: async () => [await jsonLdTag(readDatasets(), siteUrl)],
    configureServer(server) {
      server.middlewares.use(`/${DATA_FOLDER}/`, (request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname.slice(1));
        const source = readDatasets().files.get(path);
        if (!source) return next();
        response.setHeader('content-type', path === PACKAGE_FILE ? 'application/json' : 'text/csv; charset=utf-8');
        response.end(source);
      });
    },
  };
}

/** The SIPRI snapshot the explorer's data file is generated from. */
const SIPRI_SOURCES = fileURLToPath(new URL('./datasets/sources/', import.meta.url));

/**
 * The explorer's data, `defence-indicators.data.js`, beside the embed script and the dashboard:
 * every SIPRI figure in columns, generated from the snapshot when the build starts. The cards
 * never bundle it; they load it when a reader explores.
 */
function exploreData(): Plugin {
  let source = '';
  return {
    name: 'explore-data',
    apply: 'build',
    buildStart() {
      source = sipriDataScript(SIPRI_SOURCES);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATA_FILE, source });
    },
  };
}

/** `npm run dev`: the same file, generated afresh on every request. */
function serveExploreData(): Plugin {
  return {
    name: 'serve-explore-data',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(`/${DATA_FILE}`, (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.end(sipriDataScript(SIPRI_SOURCES));
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'embed-more') return { base: './', build: { target: 'es2022', ...minified, ...more.build }, plugins: [leanDataPackage(ROOT), ...(more.plugins ?? [])] };
  const library = mode === 'embed' ? embed : mode === 'module' ? esModule : undefined;
  /** Absolute address the site is published at, for the JSON-LD; unset, its addresses are relative to the page. */
  const siteUrl = process.env.DI_SITE_URL || undefined;
  return {
    // Relative addresses, so that dist/ works from any folder of a web server.
    base: './',
    build: { target: 'es2022', ...(mode === 'module' ? {} : minified), ...library },
    // Only the embed script loads the indicators of src/indicators/more.ts with a script of their own.
    define: { __DI_EMBED__: JSON.stringify(mode === 'embed') },
    // The libraries carry their data inside; only the dashboard publishes the files and describes them.
    // The explorer's data file goes beside the dashboard and the embed script; bundlers' users copy it.
    plugins: [
      leanDataPackage(ROOT),
      leanDependencies(),
      ...(mode === 'module' ? [] : library ? [exploreData()] : [publishDatasets(siteUrl), serveDatasets(siteUrl), exploreData(), serveExploreData()]),
    ],
    test: {
      include: ['tests/**/*.test.ts'],
      environment: 'node',
      // Browser tests share one machine's two cores; keep them from starving each other.
      maxWorkers: 2,
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // What a browser test waits for (a card taking over, a chart drawn) can take more than
      // expect.poll's default second on a busy CI machine; a poll still fails if it never comes.
      expect: { poll: { timeout: 10_000 } },
    },
  };
});
