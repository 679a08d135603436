/**
 * The built dashboard (`dist/`, which `npm test` builds first) publishes its data: the page's
 * JSON-LD describes every resource of `datasets/datapackage.json` as a schema.org `Dataset`, and
 * each Dataset's CSV, fetched from the page at the address the JSON-LD gives, is the file in
 * `datasets/` byte for byte; `dist/data/` holds the data package and its CSV files, and nothing else.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataPackage } from '../../src/lib/datapackage.js';
import type { DatasetNode } from '../../src/lib/jsonld.js';
import { DIST, launchBrowser, ROOT, serve, type StaticServer } from './helpers.js';

/** The built site; `DIST_DIR` points elsewhere, e.g. at a copy while another build rewrites dist/. */
const SITE = process.env.DIST_DIR ?? DIST;
const DATASETS = join(ROOT, 'datasets');
/** The site address the build was given, if any: its JSON-LD addresses start with it instead of the test server's. */
const SITE_URL = process.env.DI_SITE_URL;

let browser: Browser;
let site: StaticServer;
let page: Page;
/** The text of every ld+json script of the page. */
let scripts: string[];
/** The datasets of those scripts' graphs. */
let datasets: DatasetNode[];

const pkg = (): DataPackage => JSON.parse(readFileSync(join(DATASETS, 'datapackage.json'), 'utf8')) as DataPackage;
/** The SHA-256 of a file's bytes, in hex, as the page computes it of what it fetched. */
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Where the test server has a JSON-LD address: relative to the page, or under the site address the build was given. */
function localAddress(contentUrl: string): string {
  const local = SITE_URL ? contentUrl.replace(SITE_URL.replace(/\/?$/, '/'), `${site.url}/`) : contentUrl;
  return new URL(local, page.url()).href;
}

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serve(SITE)]);
  page = await browser.newPage();
  await page.goto(`${site.url}/index.html`);
  scripts = await page.locator('script[type="application/ld+json"]').evaluateAll((elements) => elements.map((e) => e.textContent ?? ''));
  datasets = scripts
    .flatMap((text) => (JSON.parse(text) as { '@graph'?: Array<{ '@type': string }> })['@graph'] ?? [])
    .filter((node): node is DatasetNode => node['@type'] === 'Dataset');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the dashboard page as built', () => {
  it('has one JSON-LD script: a schema.org @graph', () => {
    expect(scripts).toHaveLength(1);
    const document = JSON.parse(scripts[0]!);
    expect(document['@context']).toBe('https://schema.org');
    expect(Array.isArray(document['@graph'])).toBe(true);
  });

  it('describes every resource of datasets/datapackage.json as a Dataset with a CSV download', () => {
    const { resources } = pkg();
    expect(datasets.map(({ name }) => name).sort()).toEqual(resources.map(({ name, title }) => title ?? name).sort());
    for (const dataset of datasets) {
      for (const field of ['description', 'license', 'creator', 'isBasedOn', 'temporalCoverage', 'distribution'] as const) {
        expect(dataset[field], `${dataset.name}: ${field}`).toBeTruthy();
      }
      expect(dataset.distribution.map(({ encodingFormat }) => encodingFormat)).toEqual(['text/csv']);
    }
  });

  it("serves each Dataset's CSV, at the JSON-LD's address, byte for byte as in datasets/", async () => {
    const { resources } = pkg();
    expect(datasets).toHaveLength(resources.length);
    for (const resource of resources) {
      const dataset = datasets.find(({ name }) => name === (resource.title ?? resource.name))!;
      const [address, ...others] = dataset.distribution.map(({ contentUrl }) => localAddress(contentUrl));
      expect(others).toEqual([]);
      expect(address).toBe(`${site.url}/data/${resource.path}`);
      const served = await page.evaluate(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
        return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
      }, address!);
      expect(served, `${address} is datasets/${resource.path}`).toBe(sha256(readFileSync(join(DATASETS, resource.path))));
    }
  });

  it('publishes datasets/datapackage.json and its CSV files in dist/data/, and nothing else', () => {
    const files = ['datapackage.json', ...pkg().resources.map(({ path }) => path)];
    expect(readdirSync(join(SITE, 'data')).sort()).toEqual(files.sort());
    const published = readFileSync(join(SITE, 'data', 'datapackage.json'));
    expect(published.equals(readFileSync(join(DATASETS, 'datapackage.json'))), 'dist/data/datapackage.json is datasets/datapackage.json').toBe(true);
  });
});
