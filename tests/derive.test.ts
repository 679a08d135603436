/**
 * `npm run derive` rebuilds `datasets/` from the snapshots in `datasets/sources/` byte for byte:
 * what is committed is what the snapshots give, and nothing outside the repository is needed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveAtlas } from '../scripts/derive-atlas.js';
import { deriveDatasets } from '../scripts/derive-datasets.js';
import { ARTICLE } from '../src/article.js';
import { ARTICLE_SNAPSHOT, ROOT } from './shared-files.js';

const DATASETS = resolve(ROOT, 'datasets');
const out = mkdtempSync(join(tmpdir(), 'derive-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const filesIn = (folder: string) => readdirSync(folder).filter((name) => statSync(join(folder, name)).isFile()).sort();

describe('npm run derive', () => {
  deriveDatasets(out, resolve(DATASETS, 'sources'));
  deriveAtlas(out);

  it('writes exactly the files that datasets/ holds', () => {
    expect(filesIn(out)).toEqual(filesIn(DATASETS));
  });

  it.each(filesIn(DATASETS))('rebuilds datasets/%s byte for byte', (name) => {
    const derived = readFileSync(join(out, name), 'utf8');
    const committed = readFileSync(join(DATASETS, name), 'utf8');
    // A plain equality prints a useless diff of a 600 kB file; the first differing line says more.
    const at = derived.split('\n').findIndex((line, i) => line !== committed.split('\n')[i]);
    expect(at, `first difference at line ${at + 1}`).toBe(-1);
    expect(derived).toBe(committed);
  });
});

describe('the article snapshot', () => {
  it('names the article the cards cite', () => {
    expect(ARTICLE.url).toBe(ARTICLE_SNAPSHOT.url);
    expect(ARTICLE.title).toBe(ARTICLE_SNAPSHOT.title);
    expect(ARTICLE.authors).toBe(ARTICLE_SNAPSHOT.authors.join(' and '));
  });

  it('holds whole sentences only, so that a quote cannot be stitched across two', () => {
    expect(ARTICLE_SNAPSHOT.sentences.length).toBeGreaterThanOrEqual(15);
    for (const sentence of ARTICLE_SNAPSHOT.sentences) expect(sentence).toMatch(/^[A-Z].*[.!?]$/);
  });
});
