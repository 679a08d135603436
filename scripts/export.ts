/**
 * `npm run export [-- --out <dir>]`: an SVG, a PNG and the CSV of every indicator, in `exports/`.
 * The export runs through Vite's module runner, which understands the indicators' `?raw` imports.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

type ExportModule = typeof import('./export/export-indicators.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string', default: 'exports' } } });
const { module } = await runnerImport<ExportModule>('/scripts/export/export-indicators.ts', { root, logLevel: 'error' });
const cards = await module.exportIndicators({ outDir: values.out });
for (const card of cards) console.log(`${card.id}: ${card.svg} (${card.width}×${card.height}), ${card.png} (${card.pngWidth}×${card.pngHeight}), ${card.csv}`);
