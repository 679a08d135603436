/**
 * The subset of the Frictionless Data Package (v1) that describes our CSV files, and the
 * one function that turns a CSV's text into typed rows or explains why it cannot.
 * The element, the data check script and the tests all go through `parseResource`.
 */
import { csvParseRows } from 'd3-dsv';
import { isHttpUrl } from './url.js';

/** A typed cell: numbers and integers become numbers, an empty cell becomes null. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface FieldConstraints {
  required?: boolean;
  /**
   * Required in every row except those whose `field` holds one of `values` (not Frictionless v1:
   * a project extension). Facts rows need a `source_quote`; the SIPRI rows beside them do not.
   */
  requiredUnless?: { field: string; values: string[] };
  minimum?: number;
  maximum?: number;
  pattern?: string;
  enum?: string[];
}

export interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date';
  title?: string;
  description?: string;
  /** `uri` for addresses: only http(s) is accepted. */
  format?: 'default' | 'uri';
  constraints?: FieldConstraints;
  /** Values outside `minimum`/`maximum` that a person checked against the source and kept. */
  reviewedExceptions?: ReviewedException[];
}

/**
 * A published figure outside its field's range, kept on purpose. It is accepted only in the
 * row with that key and only with exactly that value: a changed figure is flagged again.
 */
export interface ReviewedException {
  /** The row's primary key, as written in the CSV, e.g. `{ "iso3": "KWT", "year": "1991" }`. */
  key: Record<string, string>;
  /** The value as written in the CSV. */
  value: string;
  /** Why the figure is right, for the next person who reads the schema. */
  reason: string;
}

export interface Schema {
  fields: Field[];
  primaryKey?: string | string[];
}

export interface Source {
  title: string;
  path: string;
  /** Release or date of the data, as the card's source line shows it. */
  version?: string;
}

export interface Resource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  format?: 'csv';
  mediatype?: 'text/csv';
  encoding?: 'utf-8';
  schema: Schema;
  sources: Source[];
  licenses?: Array<{ name?: string; path?: string; title: string }>;
}

export interface DataPackage {
  name: string;
  title?: string;
  licenses: Array<{ name?: string; path?: string; title: string }>;
  sources?: Source[];
  resources: Resource[];
}

/** One thing wrong with a file, located as precisely as it can be. */
export interface DataProblem {
  file: string;
  /** 1-based line in the file (the header is line 1), when the problem is in a row. */
  line?: number;
  column?: string;
  /** A property of the resource in datapackage.json, e.g. `sources[0].path`, when the problem is there. */
  property?: string;
  message: string;
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}

export function formatProblem({ file, line, column, property, message }: DataProblem): string {
  const where = [file, line === undefined ? '' : `row ${line}`, column ? `column "${column}"` : '', property ?? '']
    .filter(Boolean)
    .join(', ');
  return `${where}: ${message}`;
}

export interface ParseOptions {
  /** Extra test for fields named `iso3`, e.g. membership of ISO 3166; the pattern is always checked. */
  isKnownIso3?: (code: string) => boolean;
  /** Name of the package file, for problems in a resource's description rather than its CSV. */
  packageFile?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^-?\d+$/;

/**
 * Parses CSV text against its resource's schema. Returns typed rows, or throws a
 * `DataError` listing every problem found (not just the first). The resource's own
 * sources are checked too: a figure the reader cannot trace is as bad as a wrong one.
 */
export function parseResource<R extends Row = Row>(
  text: string,
  resource: Resource,
  { isKnownIso3, packageFile = 'datapackage.json' }: ParseOptions = {},
): R[] {
  const file = resource.path;
  const problems: DataProblem[] = sourceProblems(resource, packageFile);
  const add = (problem: Omit<DataProblem, 'file'>) => problems.push({ file, ...problem });
  const [header, ...records] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const fields = resource.schema.fields;
  const expected = fields.map((f) => f.name);
  if (!header || header.every((h) => h === '')) throw new DataError([...problems, { file, message: 'the file is empty: no header row' }]);
  const missing = expected.filter((name) => !header.includes(name));
  const extra = header.filter((name) => !expected.includes(name));
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  for (const column of missing) add({ line: 1, column, message: 'missing column' });
  for (const column of extra) add({ line: 1, column, message: 'unexpected column, not in the schema' });
  for (const column of repeated) add({ line: 1, column, message: 'column appears more than once in the header' });
  // Cells cannot be read against a header that does not match the schema.
  if (missing.length || extra.length || repeated.length) throw new DataError(problems);

  const rows: R[] = [];
  const keys = new Map<string, number>();
  const primaryKey = ([] as string[]).concat(resource.schema.primaryKey ?? []);
  records.forEach((record, index) => {
    const line = index + 2;
    if (record.length === 1 && record[0] === '') return; // trailing blank line
    if (record.length !== header.length) {
      add({ line, message: `has ${record.length} cells, the header has ${header.length}` });
      return;
    }
    const row: Row = {};
    for (const field of fields) {
      const raw = record[header.indexOf(field.name)]!;
      const reviewed = field.reviewedExceptions?.some(
        (e) => e.value === raw && Object.entries(e.key).every(([k, v]) => record[header.indexOf(k)] === v),
      );
      const exempt = field.constraints?.requiredUnless;
      const required = exempt ? !exempt.values.includes(record[header.indexOf(exempt.field)] ?? '') : undefined;
      const result = parseCell(raw, field, { isKnownIso3, inRange: reviewed, required });
      if (typeof result === 'object' && result !== null) add({ line, column: field.name, message: result.problem });
      else row[field.name] = result;
    }
    if (primaryKey.length) {
      const key = primaryKey.map((k) => record[header.indexOf(k)]).join('\u0000');
      const first = keys.get(key);
      if (first !== undefined) {
        add({ line, column: primaryKey.join(', '), message: `duplicate key (${primaryKey.map((k) => `${k} ${JSON.stringify(row[k])}`).join(', ')}), first seen in row ${first}` });
      } else keys.set(key, line);
    }
    rows.push(row as R);
  });
  if (problems.length) throw new DataError(problems);
  return rows;
}

/** A resource must name at least one source, and each with an http(s) address the card can link to. */
function sourceProblems({ name, sources }: Resource, file: string): DataProblem[] {
  const at = `resource "${name}"`;
  if (!Array.isArray(sources) || sources.length === 0) return [{ file, property: `${at} sources`, message: 'no sources: every resource must cite one' }];
  return sources.flatMap((source, i) => {
    const property = `${at} sources[${i}]`;
    if (!source?.title) return [{ file, property: `${property}.title`, message: 'empty, but every source needs a title' }];
    if (!source.path) return [{ file, property: `${property}.path`, message: `source "${shorten(source.title)}" has no address` }];
    if (!isHttpUrl(source.path))
      return [{ file, property: `${property}.path`, message: `source "${shorten(source.title)}": ${JSON.stringify(shorten(source.path))} is not an http(s) address` }];
    return [];
  });
}

const MAX_SHOWN = 40;
/** Long or hostile values are quoted in messages, never in full. */
const shorten = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

function parseCell(
  raw: string,
  field: Field,
  {
    isKnownIso3,
    inRange = false,
    required = field.constraints?.required ?? false,
  }: { isKnownIso3?: (code: string) => boolean; inRange?: boolean; required?: boolean },
): Cell | { problem: string } {
  const c = field.constraints ?? {};
  if (raw === '' && required) return { problem: field.format === 'uri' ? 'empty: the row has no address for its source' : 'empty, but the value is required' };
  if (raw === '') return null;
  const shown = JSON.stringify(shorten(raw));
  let value: Cell = raw;
  switch (field.type) {
    case 'integer':
      if (!INTEGER.test(raw)) return { problem: `${shown} is not an integer` };
      value = Number(raw);
      break;
    case 'number':
      if (!NUMBER.test(raw)) return { problem: `${shown} is not a number` };
      value = Number(raw);
      break;
    case 'date': {
      const time = DATE.test(raw) ? Date.parse(`${raw}T00:00:00Z`) : NaN;
      if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== raw)
        return { problem: `${shown} is not a date (YYYY-MM-DD)` };
      break;
    }
  }
  if (typeof value === 'number' && !inRange) {
    if (c.minimum !== undefined && value < c.minimum) return { problem: `${value} is below the minimum ${c.minimum}` };
    if (c.maximum !== undefined && value > c.maximum) return { problem: `${value} is above the maximum ${c.maximum}` };
  }
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(raw)) return { problem: `${shown} does not match the pattern ${c.pattern}` };
  if (c.enum && !c.enum.includes(raw)) return { problem: `${shown} is not one of ${c.enum.join(', ')}` };
  if (field.format === 'uri' && !isHttpUrl(raw)) return { problem: `${shown} is not an http(s) address` };
  if (field.name === 'iso3' && isKnownIso3 && !isKnownIso3(raw)) return { problem: `${shown} is not a known ISO 3166 alpha-3 code` };
  return value;
}

/** Sources grouped by publisher (their title), in order of first mention: one publisher, several pages. */
export function sourcesByPublisher(sources: readonly Source[]): Map<string, Source[]> {
  const groups = new Map<string, Source[]>();
  for (const source of sources) groups.set(source.title, [...(groups.get(source.title) ?? []), source]);
  return groups;
}

/** The resource of that name, or an error naming the ones that exist. */
export function findResource(pkg: DataPackage, name: string): Resource {
  const resource = pkg.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`no resource "${name}" in datapackage.json (has ${pkg.resources.map((r) => r.name).join(', ')})`);
  return resource;
}
