/**
 * The build of `defence-indicators.more.js` (`vite build --mode embed-more`): the indicators of
 * src/indicators/more.ts, with their data, in a classic script that borrows from the embed script
 * what both use (src/shared.ts), so that Plot and the modules with state exist once on a page.
 */
import { relative } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { MORE_FILE, MORE_GLOBAL } from '../src/indicators/more-file.js';

/** Each module that src/shared.ts lends, by its path (or package), and its name there. */
export const SHARED_MODULES: Readonly<Record<string, string>> = {
  '@observablehq/plot': 'Plot',
  d3: 'd3',
  'src/article.ts': 'article',
  'src/indicator.ts': 'indicator',
  'src/lib/chart.ts': 'chart',
  'src/lib/data.ts': 'data',
  'src/lib/dates.ts': 'dates',
  'src/lib/since.ts': 'since',
  'src/lib/words.ts': 'words',
  'src/charts/ranked-bars.ts': 'rankedBars',
  'src/charts/series.ts': 'series',
  'src/charts/timeline.ts': 'timeline',
  'src/explore/view.ts': 'view',
};
/** Modules of the project that only the more file's indicators use: bundled into it. */
const MORE_ONLY = /^src\/(indicators\/|lib\/dated-facts\.ts$)/;
const SHARED_PREFIX = 'di-shared:';

/**
 * Imports of a shared module become `DefenceIndicators.shared.<name>`; the project's other
 * modules are bundled only when no more than the more file uses them, and the build stops
 * otherwise, rather than carry a second copy of a module with state (lib/data's cache).
 */
function borrowShared(root: string): Plugin {
  return {
    name: 'borrow-shared',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      if (Object.hasOwn(SHARED_MODULES, source)) return { id: SHARED_PREFIX + SHARED_MODULES[source], external: true };
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.id.includes('/node_modules/') || resolved.id.includes('?')) return resolved;
      const path = relative(root, resolved.id);
      if (Object.hasOwn(SHARED_MODULES, path)) return { id: SHARED_PREFIX + SHARED_MODULES[path], external: true };
      if (path.startsWith('src/') && !MORE_ONLY.test(path))
        this.error(`${path} is in the embed script: lend it in src/shared.ts and SHARED_MODULES (scripts/more-build.ts), or bundle it in neither`);
      return resolved;
    },
  };
}

export function moreBuild(root: string): Pick<UserConfig, 'build' | 'plugins'> {
  return {
    plugins: [borrowShared(root)],
    build: {
      emptyOutDir: false,
      lib: { entry: 'src/indicators/more.ts', formats: ['iife'], name: MORE_GLOBAL, fileName: () => MORE_FILE },
      rollupOptions: { output: { globals: (id) => `DefenceIndicators.shared.${id.slice(SHARED_PREFIX.length)}` } },
    },
  };
}
