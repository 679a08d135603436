/**
 * The page's schema.org metadata in JSON-LD: one `Dataset` per resource of the data package,
 * generated at build time (vite.config.ts) from `datasets/datapackage.json` and the CSV files, so
 * that the metadata and the published files cannot disagree. Plain objects and text, no DOM:
 * other generators add their nodes (e.g. ClaimReview) to the same `@graph`.
 */
import { csvParse } from 'd3-dsv';
import type { DataPackage, Field, Resource } from './datapackage.js';

/** The folder of the built site that serves `datapackage.json` and every resource's CSV, as in `datasets/`. */
export const DATA_FOLDER = 'data';

/** Where a file of `datasets/` is served, relative to the site's root and so to the page: `data/f35-fleet.csv`. */
export const sitePathOf = (datasetPath: string): string => `${DATA_FOLDER}/${datasetPath}`;

/** Any node of the page's graph. */
export interface JsonLdNode {
  '@type': string;
}

/** A schema.org `CreativeWork` known by its title and address: a licence or an original source. */
export interface CreativeWorkReference extends JsonLdNode {
  '@type': 'CreativeWork';
  name: string;
  url?: string;
  /** The release or date the data was read at, as the data package gives it. */
  version?: string;
}

/** Who compiled the datasets: the project, named as the data package is. */
export interface OrganizationReference extends JsonLdNode {
  '@type': 'Organization';
  name: string;
}

/** A schema.org `DataDownload`: the CSV file of a dataset as the built site serves it. */
export interface DataDownload extends JsonLdNode {
  '@type': 'DataDownload';
  encodingFormat: 'text/csv';
  contentUrl: string;
}

/** A schema.org `Dataset`: one resource of the data package. */
export interface DatasetNode extends JsonLdNode {
  '@type': 'Dataset';
  /** `<page>#dataset-<resource name>`, for other nodes of the graph to refer to. */
  '@id': string;
  name: string;
  description: string;
  /** The resource's licences, or else the package's. */
  license: CreativeWorkReference[];
  creator: OrganizationReference;
  /** The resource's sources: the publishers' pages its figures were read at. */
  isBasedOn: CreativeWorkReference[];
  /** ISO 8601: `1949/2024`, `2022-06-13/2022-10-28`, or one value; absent when the data has no time column. */
  temporalCoverage?: string;
  distribution: DataDownload[];
}

export interface DatasetGraphOptions {
  /** The text of a resource's CSV file, from which the dates it covers are read. */
  csvText: (resource: Resource) => string;
  /**
   * Absolute address of the built site (the folder of its index.html), e.g.
   * `https://example.org/defence-indicators/`. schema.org wants absolute addresses; unset, every
   * address is relative to the page (`data/<name>.csv`), which JSON-LD resolves against the page.
   */
  siteUrl?: string;
}

/** One `Dataset` for each resource of the data package, in the package's order. */
export function datasetGraph(pkg: DataPackage, { csvText, siteUrl }: DatasetGraphOptions): DatasetNode[] {
  const site = siteUrl === undefined ? '' : folderAddress(siteUrl);
  const creator: OrganizationReference = { '@type': 'Organization', name: pkg.name };
  return pkg.resources.map((resource) => {
    const name = resource.title ?? resource.name;
    return {
      '@type': 'Dataset',
      '@id': `${site}#dataset-${resource.name}`,
      name,
      description: resource.description ?? name,
      license: (resource.licenses ?? pkg.licenses).map(({ title, path }) => ({ '@type': 'CreativeWork', name: title, url: path })),
      creator,
      isBasedOn: resource.sources.map(({ title, path, version }) => ({ '@type': 'CreativeWork', name: title, url: path, version })),
      temporalCoverage: temporalCoverage(resource, csvText(resource)),
      distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: site + sitePathOf(resource.path) }],
    };
  });
}

/**
 * The text of the page's one `<script type="application/ld+json">`: the graph with the schema.org
 * context. Every `<` is escaped as `\u003c`, which JSON reads back as `<`, so that no string in
 * the data can close the script element.
 */
export function jsonLdScriptText(graph: readonly JsonLdNode[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}

/** An absolute http(s) address that ends in `/`, so that paths resolve inside the folder it names. */
function folderAddress(siteUrl: string): string {
  const url = URL.canParse(siteUrl) ? new URL(siteUrl) : undefined;
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') throw new Error(`the site's address must be an absolute http(s) address, not ${JSON.stringify(siteUrl)}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** An ISO 8601 calendar date at the precision of a year, a month or a day. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Whether a column holds points in time: `date` fields, integer fields named `year` or
 * `…_year`, and string fields whose every value is an ISO 8601 date of any precision
 * (e.g. `as_of`: `2018`, `2012-03`, `2022-05-02`).
 */
function isTimeColumn(field: Field, values: readonly string[]): boolean {
  switch (field.type) {
    case 'date':
      return true;
    case 'integer':
      return field.name === 'year' || field.name.endsWith('_year');
    case 'string':
      return values.length > 0 && values.every((value) => ISO_DATE.test(value));
    case 'number':
      return false;
  }
}

/**
 * The span of the resource's time columns, from the earliest value to the latest (ISO dates of
 * any precision sort in time order as text), or the one value when all are the same;
 * undefined when the resource has no time column.
 */
function temporalCoverage(resource: Resource, text: string): string | undefined {
  const rows = csvParse(text);
  const times = resource.schema.fields
    .flatMap((field) => {
      const values = rows.map((row) => row[field.name] ?? '').filter((value) => value !== '');
      return isTimeColumn(field, values) ? values : [];
    })
    .sort();
  const [first, last] = [times[0], times.at(-1)];
  return first === last ? first : `${first}/${last}`;
}
