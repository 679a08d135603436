import { readFileSync } from 'node:fs';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

/** One entry for both library builds: it defines the elements and exports the registry. */
const LIBRARY_ENTRY = 'src/index.ts';
const dependencies = Object.keys(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies ?? {});

/**
 * `vite build --mode embed`: the classic script for report authors, with every dependency and
 * all data inside, so that it runs from `file://` and needs no other request.
 */
const embed: UserConfig['build'] = {
  emptyOutDir: false,
  lib: { entry: LIBRARY_ENTRY, formats: ['iife'], name: 'DefenceIndicators', fileName: () => 'defence-indicators.js' },
};

/** `vite build --mode module`: an ES module for bundlers, which bring their own copy of the dependencies. */
const esModule: UserConfig['build'] = {
  emptyOutDir: false,
  lib: { entry: LIBRARY_ENTRY, formats: ['es'], fileName: () => 'lib/defence-indicators.mjs' },
  rollupOptions: { external: (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`)) },
};

export default defineConfig(({ mode }) => ({
  // Relative addresses, so that dist/ works from any folder of a web server.
  base: './',
  build: { target: 'es2022', ...(mode === 'embed' ? embed : mode === 'module' ? esModule : {}) },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Browser tests share one machine's two cores; keep them from starving each other.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
}));
