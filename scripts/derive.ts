/**
 * `npm run derive [-- --out DIR]`: rebuilds every file of `datasets/` (or of DIR) from the
 * snapshots in `datasets/sources/` and the world-atlas package. Needs nothing outside the
 * repository and its installed packages.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deriveAtlas } from './derive-atlas.js';
import { deriveDatasets } from './derive-datasets.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: resolve(root, 'datasets') } } });
const outDir = resolve(values.out!);
mkdirSync(outDir, { recursive: true });
deriveDatasets(outDir, resolve(root, 'datasets/sources'));
deriveAtlas(outDir);
console.log(`derive: datasets written to ${outDir}`);
