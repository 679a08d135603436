/**
 * The page's JSON-LD (`src/lib/jsonld.ts`) against `datasets/` as it is now: a schema.org
 * `Dataset` for every resource, with every field, its CSV's address in the built site and the
 * dates its rows cover; and a script text that no string in the data can close.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { DataPackage, Resource } from '../src/lib/datapackage.js';
import { datasetGraph, type DatasetNode, jsonLdScriptText } from '../src/lib/jsonld.js';
import { ROOT } from './shared-files.js';

const DATASETS = resolve(ROOT, 'datasets');
const pkg = JSON.parse(readFileSync(resolve(DATASETS, 'datapackage.json'), 'utf8')) as DataPackage;
const csvText = (resource: Resource) => readFileSync(resolve(DATASETS, resource.path), 'utf8');
const graph = datasetGraph(pkg, { csvText });

const datasetOf = (resource: Resource): DatasetNode => {
  const matches = graph.filter((node) => node['@id'] === `#dataset-${resource.name}`);
  expect(matches, `one Dataset for ${resource.name}`).toHaveLength(1);
  return matches[0]!;
};

/** A resource with the given columns, to try the reading of time columns on data made for it. */
const resourceWith = (fields: Resource['schema']['fields']): Resource => ({
  name: 'made-up',
  path: 'made-up.csv',
  schema: { fields },
  sources: [{ title: 'Publisher', path: 'https://example.org/' }],
});

describe('datasetGraph on datasets/datapackage.json', () => {
  it('has one Dataset per resource and nothing else', () => {
    expect(graph.map((node) => node['@type'])).toEqual(pkg.resources.map(() => 'Dataset'));
    for (const resource of pkg.resources) datasetOf(resource);
  });

  it.each(pkg.resources.map((resource) => [resource.name, resource] as const))('describes %s with every field', (_, resource) => {
    const dataset = datasetOf(resource);
    expect(dataset.name).toBe(resource.title ?? resource.name);
    expect(dataset.description).toBe(resource.description ?? dataset.name);
    expect(dataset.license).toEqual((resource.licenses ?? pkg.licenses).map(({ title, path }) => ({ '@type': 'CreativeWork', name: title, url: path })));
    expect(dataset.license.length).toBeGreaterThan(0);
    expect(dataset.creator).toEqual({ '@type': 'Organization', name: pkg.name });
    expect(dataset.isBasedOn.map(({ url }) => url)).toEqual(resource.sources.map(({ path }) => path));
    expect(dataset.isBasedOn.every(({ '@type': type, name }) => type === 'CreativeWork' && name)).toBe(true);
    expect(dataset.temporalCoverage).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
    expect(dataset.distribution).toEqual([{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `data/${resource.path}` }]);
  });

  it.each(pkg.resources.map((resource) => [resource.name, resource] as const))(
    'gives %s the span of the dates and years in its rows',
    (_, resource) => {
      const [start, end = start] = datasetOf(resource).temporalCoverage!.split('/');
      const rows = csvParse(csvText(resource));
      const cells = new Set(rows.flatMap((row) => Object.values(row)));
      expect(cells, 'the span starts at a value of the data').toContain(start);
      expect(cells, 'the span ends at a value of the data').toContain(end);
      const timeFields = resource.schema.fields.filter((field) => field.type === 'date' || field.name === 'year' || field.name.endsWith('_year'));
      for (const { name } of timeFields) {
        for (const value of rows.map((row) => row[name]).filter(Boolean)) {
          expect(value! >= start! && value! <= end!, `${name} ${value} within ${start}/${end}`).toBe(true);
        }
      }
    },
  );
});

describe('datasetGraph', () => {
  it('gives absolute addresses under the site address when there is one', () => {
    for (const siteUrl of ['https://example.org/defence-indicators', 'https://example.org/defence-indicators/']) {
      const [first] = datasetGraph(pkg, { csvText, siteUrl });
      expect(first!['@id']).toBe(`https://example.org/defence-indicators/#dataset-${pkg.resources[0]!.name}`);
      expect(first!.distribution[0]!.contentUrl).toBe(`https://example.org/defence-indicators/data/${pkg.resources[0]!.path}`);
    }
  });

  it('refuses a site address that is not an absolute http(s) address', () => {
    expect(() => datasetGraph(pkg, { csvText, siteUrl: 'defence-indicators/' })).toThrow(/absolute http\(s\)/);
    expect(() => datasetGraph(pkg, { csvText, siteUrl: 'file:///srv/site/' })).toThrow(/http/);
  });

  it('reads time from date, year and ISO-date columns only, at any precision', () => {
    const resource = resourceWith([
      { name: 'as_of', type: 'string' },
      { name: 'start', type: 'date' },
      { name: 'planned', type: 'integer' },
      { name: 'code', type: 'string' },
    ]);
    const text = 'as_of,start,planned,code\n2018,2019-05-01,1000,0041\n2012-03,,3000,B\n2023-02-24,2020-01-31,9999,C\n';
    const [dataset] = datasetGraph({ ...pkg, resources: [resource] }, { csvText: () => text });
    expect(dataset!.temporalCoverage).toBe('2012-03/2023-02-24');
  });

  it('gives one value for data of one year, and no coverage to data without time', () => {
    const yearly = resourceWith([{ name: 'year', type: 'integer' }, { name: 'value', type: 'number' }]);
    const timeless = resourceWith([{ name: 'value', type: 'number' }]);
    const [one] = datasetGraph({ ...pkg, resources: [yearly] }, { csvText: () => 'year,value\n2021,1\n2021,2\n' });
    const [none] = datasetGraph({ ...pkg, resources: [timeless] }, { csvText: () => 'value\n2021\n' });
    expect(one!.temporalCoverage).toBe('2021');
    expect(none!.temporalCoverage).toBeUndefined();
    expect(JSON.parse(jsonLdScriptText([none!]))['@graph'][0]).not.toHaveProperty('temporalCoverage');
  });
});

describe('jsonLdScriptText', () => {
  it('is one schema.org graph that no string can end the script element of', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const resources = pkg.resources.map((resource, i) => (i === 0 ? { ...resource, description: hostile } : resource));
    const text = jsonLdScriptText(datasetGraph({ ...pkg, resources }, { csvText }));
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    const document = JSON.parse(text);
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@graph'][0].description).toBe(hostile);
    expect(document['@graph']).toHaveLength(pkg.resources.length);
  });
});
