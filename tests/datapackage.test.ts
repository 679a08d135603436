/**
 * `datasets/datapackage.json` describes every CSV in `datasets/` and each file matches its
 * description (iso3 codes as `scripts/iso3.ts` knows them); the indicator datasets carry SIPRI's figures exactly as the master copy does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { type DataPackage, parseResource, type Row } from '../src/lib/datapackage.js';
import { isHttpUrl } from '../src/lib/url.js';
import { CODES_OUTSIDE_ISO_3166_1, isKnownIso3 } from '../scripts/iso3.js';
import { ROOT } from './shared-files.js';

const DATASETS = resolve(ROOT, 'datasets');
const pkg = JSON.parse(readFileSync(resolve(DATASETS, 'datapackage.json'), 'utf8')) as DataPackage;
const MASTER = 'sipri-milex-2025';
const SIPRI_URL = 'https://www.sipri.org/databases/milex';
const SIPRI_MEASURES = ['share_of_gdp_pct', 'current_usd_m', 'constant_2023_usd_m'] as const;
/** Country of SIPRI rows in datasets that have no `iso3` column: each is about one country. */
const COUNTRY_OF_DATASET: Record<string, string> = {};
const FIELD_TYPES = ['string', 'number', 'integer', 'date'];

const rowsOf = (name: string): Row[] => {
  const resource = pkg.resources.find((r) => r.name === name)!;
  return parseResource(readFileSync(resolve(DATASETS, resource.path), 'utf8'), resource, { isKnownIso3 });
};

describe('datapackage.json', () => {
  it('describes every CSV file in datasets/, and nothing else', () => {
    const files = readdirSync(DATASETS).filter((f) => f.endsWith('.csv')).sort();
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(files);
  });

  it('has a name and a licence', () => {
    expect(pkg.name).toMatch(/^[a-z0-9-]+$/);
    expect(pkg.licenses.length).toBeGreaterThan(0);
    for (const licence of pkg.licenses) expect(licence.title.trim()).not.toBe('');
  });

  it('names each resource once', () => {
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('accepts outside ISO 3166-1 only codes that really are outside it', () => {
    for (const code of Object.values(CODES_OUTSIDE_ISO_3166_1)) expect(countries.isValid(code), `${code} is in ISO 3166-1`).toBe(false);
  });
});

describe.each(pkg.resources.map((resource) => [resource.name, resource] as const))('%s', (name, resource) => {
  it('has a name, a path, typed fields and sources with title and path', () => {
    expect(resource.name).toMatch(/^[a-z0-9-]+$/);
    expect(resource.path).toBe(`${name}.csv`);
    expect(resource.schema.fields.length).toBeGreaterThan(0);
    for (const field of resource.schema.fields) {
      expect(field.name).toMatch(/^[a-z0-9_]+$/);
      expect(FIELD_TYPES).toContain(field.type);
    }
    expect(resource.sources.length).toBeGreaterThan(0);
    for (const source of resource.sources) {
      expect(source.title.trim()).not.toBe('');
      expect(isHttpUrl(source.path), `${source.path} is an http(s) address`).toBe(true);
    }
  });

  it('matches its description: every cell of its type and constraints, every iso3 code known', () => {
    expect(rowsOf(name).length).toBeGreaterThan(0);
  });

  it('cites, among its sources, every address its rows give in source_url', () => {
    const fields = resource.schema.fields.map((f) => f.name);
    if (!fields.includes('source_url')) return;
    const cited = new Set(resource.sources.map((s) => s.path));
    const uncited = new Set(rowsOf(name).map((row) => row.source_url as string).filter((url) => !cited.has(url)));
    expect([...uncited]).toEqual([]);
  });
});

describe('SIPRI figures in the indicator datasets', () => {
  const master = () => new Map(rowsOf(MASTER).map((row) => [`${row.iso3} ${row.year}`, row]));
  const copies = pkg.resources
    .filter((r) => r.name !== MASTER && r.schema.fields.some((f) => (SIPRI_MEASURES as readonly string[]).includes(f.name)))
    .map((r) => [r.name] as const);

  it('are in at least one dataset besides the master copy', () => expect(copies.length).toBeGreaterThan(0));

  it.each(copies)('%s: equal the master sipri-milex-2025.csv, figure for figure', (name) => {
    const sipriRows = rowsOf(name).filter((row) => row.source_url === SIPRI_URL);
    const figures = master();
    expect(sipriRows.length).toBeGreaterThan(0);
    const drift: string[] = [];
    for (const row of sipriRows) {
      const iso3 = (row.iso3 as string | undefined) ?? COUNTRY_OF_DATASET[name];
      expect(iso3, `rows of ${name} need an iso3 column, or its country in COUNTRY_OF_DATASET`).toBeDefined();
      const original = figures.get(`${iso3} ${row.year}`);
      for (const measure of SIPRI_MEASURES) {
        if (!(measure in row) || row[measure] === null) continue;
        if (original?.[measure] !== row[measure]) drift.push(`${iso3} ${row.year} ${measure}: ${row[measure]}, master ${original?.[measure]}`);
      }
    }
    expect(drift).toEqual([]);
  });
});
