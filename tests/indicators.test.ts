/**
 * Every indicator of the registry, whatever it holds when the tests run: its quote is the
 * article's, its data matches its description, its check gives a verdict, its CSV parses back
 * to its rows, its text alternative says something, and its chart matches its snapshot.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaims, type ClaimStatus } from '../src/indicator.js';
import { INDICATORS } from '../src/indicators/all.js';
import { finishChart } from '../src/lib/chart.js';
import { neutraliseFormula, toCSV } from '../src/lib/csv.js';
import { resourceOf } from '../src/lib/data.js';
import { parseResource, type Row } from '../src/lib/datapackage.js';
import { collapseSpace, isInArticle, ROOT } from './shared-files.js';
import { compareSnapshot, serializeChart } from './svg-snapshot.js';

const STATUSES: readonly ClaimStatus[] = ['supported', 'partly-supported', 'not-supported', 'unverifiable'];
const OUTPUT = resolve(ROOT, 'tests/output');
const SNAPSHOT_WIDTH = 640;

/** What a CSV cell reads back as: formula-like text carries the quote that neutralised it. */
const asWritten = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? neutraliseFormula(value) : value]));

describe('the registry', () => {
  it('is not empty', () => expect(INDICATORS.length).toBeGreaterThan(0));

  it('has unique ids, safe to use as file names and attributes', () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  // Quotes may repeat: one sentence of the article can make two claims.
  it('gives every indicator its own title, subtitle and text alternative', () => {
    for (const key of ['title', 'subtitle'] as const) expect(new Set(INDICATORS.map((i) => i[key])).size).toBe(INDICATORS.length);
    const descriptions = INDICATORS.map((i) => i.describe(parseResource(i.dataset.text, resourceOf(i.dataset.name))));
    expect(new Set(descriptions).size).toBe(INDICATORS.length);
  });
});

describe.each(INDICATORS.map((indicator) => [indicator.id, indicator] as const))('%s', (_id, indicator) => {
  const resource = resourceOf(indicator.dataset.name);
  const rows = () => parseResource(indicator.dataset.text, resource);

  it('quotes the article word for word, and each claim’s words within its sentence', () => {
    expect(indicator.claims.length).toBeGreaterThan(0);
    for (const claim of indicator.claims) {
      const quote = collapseSpace(claim.quote);
      expect(quote.split(' ').length, 'a quote of a whole claim, not a fragment').toBeGreaterThanOrEqual(3);
      expect(isInArticle(quote), `"${quote}" is not in the article`).toBe(true);
      if (claim.excerpt !== undefined) expect(quote, claim.id).toContain(collapseSpace(claim.excerpt));
    }
  });

  it('has a title, a subtitle and notes', () => {
    expect(indicator.title.trim()).not.toBe('');
    expect(indicator.subtitle.trim()).not.toBe('');
    for (const note of indicator.notes) expect(note.trim()).not.toBe('');
  });

  it('bundles the dataset file that datapackage.json describes, and it parses without problems', () => {
    expect(indicator.dataset.text).toBe(readFileSync(resolve(ROOT, 'datasets', resource.path), 'utf8'));
    expect(rows().length).toBeGreaterThan(0);
  });

  it.each(indicator.claims.map((claim) => [claim.id, claim] as const))('checks %s: a known status, a verdict, reasoning and the figures used', (_claimId, claim) => {
    const check = claim.check(rows());
    expect(STATUSES).toContain(check.status);
    expect(check.verdict.trim()).not.toBe('');
    expect(check.reasoning.trim().length).toBeGreaterThan(20);
    for (const { label, value } of check.figures) {
      expect(label.trim()).not.toBe('');
      expect(value.trim()).not.toBe('');
      expect(`${label} ${value}`).not.toMatch(/undefined|NaN|null|\[object/);
    }
    expect(check.reasoning).not.toMatch(/undefined|NaN|\[object/);
  });

  it('checks purely: the same rows give the same verdicts, and the rows are left as they were', () => {
    const data = rows();
    const before = structuredClone(data);
    expect(checkClaims(indicator, data)).toEqual(checkClaims(indicator, rows()));
    expect(data).toEqual(before);
  });

  it('calls every claim unverifiable when there is no data, rather than throwing', () => {
    for (const { check } of checkClaims(indicator, [])) expect(check.status).toBe('unverifiable');
  });

  it('writes a CSV that parses back to the same rows', () => {
    const data = rows();
    const csv = toCSV(data, resource.schema.fields);
    expect(csvParse(csv).columns).toEqual(resource.schema.fields.map((f) => f.name));
    expect(parseResource(csv, resource)).toEqual(data.map(asWritten));
  });

  it('describes the chart with its finding, not in generic words', () => {
    const text = indicator.describe(rows());
    expect(text.length).toBeGreaterThan(60);
    expect(text, 'a finding has figures or years').toMatch(/\d/);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
    expect(text).not.toBe(indicator.title);
  });
});

/** The snapshot file of a chart: `.svg`, or `.html` when Plot wraps the chart in a figure (with a legend). */
const snapshotName = (id: string, chart: Element) => `${id}.${chart.localName === 'svg' ? 'svg' : 'html'}`;

describe('chart snapshots', () => {
  let document: Document;
  beforeAll(() => {
    // Dates in the charts are laid out in UTC whatever the machine's zone (npm test sets TZ=UTC too).
    process.env.TZ = 'UTC';
    document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
    mkdirSync(OUTPUT, { recursive: true });
  });

  it.each(INDICATORS.map((indicator) => [indicator.id, indicator] as const))('%s matches tests/output', (id, indicator) => {
    const rows = parseResource(indicator.dataset.text, resourceOf(indicator.dataset.name));
    const chart = finishChart(indicator.chart(rows, { width: SNAPSHOT_WIDTH, document }), indicator.describe(rows));
    expect(chart.querySelectorAll('svg *').length + (chart.localName === 'svg' ? chart.querySelectorAll('*').length : 0)).toBeGreaterThan(10);
    expect(chart.querySelector('[aria-label]:not([role])'), 'aria-label only where a role allows it').toBeNull();

    const result = compareSnapshot(serializeChart(chart), resolve(OUTPUT, snapshotName(id, chart)));
    if (result.status === 'written') console.warn(`! wrote the missing snapshot ${result.file}: look at it, then commit it`);
    expect(result.status, result.status === 'missing' ? `no snapshot ${result.file} (on CI, snapshots must be committed)` : '').not.toBe('missing');
    if (result.status === 'changed')
      expect(readFileSync(result.actualFile, 'utf8'), `${id}'s chart differs from ${result.file}: see ${result.actualFile}; if the change is right, delete the snapshot and re-run`).toBe(result.expected);
  });

  it('keeps no snapshot of a chart that no longer exists, or that changed from SVG to HTML', () => {
    const expected = INDICATORS.map((indicator) => {
      const rows = parseResource(indicator.dataset.text, resourceOf(indicator.dataset.name));
      return snapshotName(indicator.id, indicator.chart(rows, { width: SNAPSHOT_WIDTH, document }));
    });
    // Folders hold other snapshots (tests/output/charts/: the chart builders'), checked by their own tests.
    const committed = readdirSync(OUTPUT, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.includes('.actual.')).map((entry) => entry.name);
    expect(committed.filter((file) => !expected.includes(file)), 'stale snapshots: delete them').toEqual([]);
  });
});
