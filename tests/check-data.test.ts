/**
 * `npm run check:data` and the validator behind it (`parseResource`, which the element uses too),
 * against a corpus of files that are each broken in one way (`tests/fixtures/broken/`).
 * Every broken resource keeps the real schema of the dataset it copies, so these tests prove
 * that the schemas in `datasets/datapackage.json` catch each fault. When a dataset or its
 * schema changes, `npx tsx tests/fixtures/broken/generate.ts` remakes the corpus from `datasets/`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { checkPackage } from '../scripts/check-package.js';
import { CODES_OUTSIDE_ISO_3166_1, isKnownIso3 } from '../scripts/iso3.js';
import {
  DataError,
  type DataPackage,
  type DataProblem,
  findResource,
  formatProblem,
  parseResource,
  type Resource,
} from '../src/lib/datapackage.js';
import { ROOT } from './browser/helpers.js';

const BROKEN = 'tests/fixtures/broken';
const readJson = (path: string): DataPackage => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const real = readJson('datasets/datapackage.json');
const broken = readJson(`${BROKEN}/datapackage.json`);

/** One fault per file: where the message must point and the words that must name the problem. */
interface Case {
  fault: string;
  /** Line of the file (header = 1); absent for faults of a whole file or of datapackage.json. */
  row?: number;
  column?: string;
  problem: RegExp;
}

/** Faults inside a CSV, which `parseResource` itself reports. */
const CSV_CASES: Case[] = [
  { fault: 'missing-column', row: 1, column: 'kind', problem: /missing column/ },
  { fault: 'extra-column', row: 1, column: 'comment', problem: /unexpected column/ },
  { fault: 'text-in-number', row: 3, column: 'share_of_gdp_pct', problem: /"about 1\.6" is not a number/ },
  { fault: 'bad-date', row: 2, column: 'start', problem: /"2022-02-30" is not a date/ },
  { fault: 'empty-required', row: 4, column: 'country', problem: /empty, but the value is required/ },
  { fault: 'duplicate-key', row: 4, column: 'iso3, year', problem: /duplicate key \(iso3 "DZA", year 1960\), first seen in row 2/ },
  { fault: 'year-out-of-range', row: 3, column: 'year', problem: /2031 is above the maximum 2024/ },
  { fault: 'negative-spending', row: 2, column: 'current_usd_m', problem: /-9112\.5 is below the minimum 0/ },
  { fault: 'share-over-100', row: 3, column: 'share_of_gdp_pct', problem: /203 is above the maximum 100/ },
  { fault: 'source-without-address', row: 3, column: 'source_url', problem: /empty: the row has no address for its source/ },
  { fault: 'source-not-http', row: 2, column: 'source_url', problem: /"javascript:alert\(document\.domain\)" is not an http\(s\) address/ },
  { fault: 'missing-source-quote', row: 3, column: 'source_quote', problem: /empty, but the value is required/ },
];
/** ISO membership is checked where the caller supplies the list (the script does; the bundle does not carry it). */
const ISO_CASE: Case = { fault: 'unknown-iso', row: 2, column: 'iso3', problem: /"DZX" is not a known ISO 3166 alpha-3 code/ };

const resourceOf = (fault: string) => broken.resources.find((r) => r.name.endsWith(`--${fault}`))!;
const textOf = (fault: string) => readFileSync(join(ROOT, BROKEN, resourceOf(fault).path), 'utf8');

/** The problems `parseResource` reports for a fault's file, or none. */
function problemsOf(fault: string, options = {}): DataProblem[] {
  return problemsIn(textOf(fault), resourceOf(fault), options);
}

/** The problems `parseResource` reports for a CSV text, or none. */
function problemsIn(text: string, resource: Resource, options = {}): DataProblem[] {
  try {
    parseResource(text, resource, options);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
}

/**
 * A CSV for a resource, its header made from the schema's field names so that it follows the
 * schema when columns are added; each row gives cells by column name, the rest empty.
 */
function csvFor(resource: Resource, rows: Array<Record<string, string>>, { extraColumns = [] as string[] } = {}): string {
  const names = resource.schema.fields.map((f) => f.name);
  const columns = [...names, ...extraColumns];
  return `${csvFormatRows([columns, ...rows.map((row) => columns.map((name) => row[name] ?? ''))])}\n`;
}

/** An observed row of defence-budget-gdp, which needs no quote. */
const OBSERVED = { country: 'Japan', iso3: 'JPN', year: '2021', share_of_gdp_pct: '1.07', kind: 'observed', source: 'SIPRI', source_url: 'https://www.sipri.org/' };

describe('the broken corpus', () => {
  it('keeps, for every resource, the real schema of the dataset it copies', () => {
    expect(broken.resources.length).toBeGreaterThanOrEqual(CSV_CASES.length + 3);
    for (const resource of broken.resources) {
      const [base] = resource.name.split('--');
      expect(resource.schema, resource.name).toEqual(findResource(real, base!).schema);
    }
  });
});

describe('parseResource, the validator of the element and the script', () => {
  it.each(CSV_CASES)('reports $fault with file, row, column and problem', ({ fault, row, column, problem }) => {
    const problems = problemsOf(fault);
    expect(problems).toHaveLength(1);
    const [found] = problems;
    expect(found).toMatchObject({ file: `${fault}.csv`, line: row, column });
    expect(found!.message).toMatch(problem);
    const line = formatProblem(found!);
    expect(line).toContain(`${fault}.csv`);
    expect(line).toContain(`row ${row}`);
    expect(line).toContain(`column "${column}"`);
  });

  it('reports an unknown ISO code when given the list, and only the pattern without it', () => {
    const [found, ...rest] = problemsOf(ISO_CASE.fault, { isKnownIso3 });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ file: 'unknown-iso.csv', line: ISO_CASE.row, column: ISO_CASE.column });
    expect(found!.message).toMatch(ISO_CASE.problem);
    expect(problemsOf(ISO_CASE.fault)).toEqual([]);
  });

  it('reports a source of the resource without an http(s) address, naming datapackage.json and the property', () => {
    const [found, ...rest] = problemsOf('package-source-not-http');
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ file: 'datapackage.json', property: expect.stringContaining('sources[0].path') });
    expect(formatProblem(found!)).toMatch(/datapackage\.json, resource ".*--package-source-not-http" sources\[0\]\.path: source "NATO": "ftp:\/\/nato\.int\/partners" is not an http\(s\) address/);
  });

  it('quotes a huge or hostile value in a message only in part', () => {
    const resource = findResource(real, 'defence-budget-gdp');
    const huge = `<img src=x onerror=alert(1)>${'9'.repeat(100_000)}`;
    const text = csvFor(resource, [{ ...OBSERVED, share_of_gdp_pct: huge }]);
    let message = '';
    try {
      parseResource(text, resource);
    } catch (error) {
      message = (error as DataError).message;
    }
    expect(message).toContain('is not a number');
    expect(message.length).toBeLessThan(200);
  });

  it('reports a header that names a column twice', () => {
    const resource = findResource(real, 'defence-budget-gdp');
    const text = csvFor(resource, [OBSERVED], { extraColumns: ['year'] });
    const problems = problemsIn(text, resource);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/row 1, column "year": column appears more than once/);
  });
});

describe('requiredUnless: a quote for every policy row of defence-budget-gdp, none for SIPRI rows', () => {
  const resource = findResource(real, 'defence-budget-gdp');
  const policy = { country: 'Japan', iso3: 'JPN', year: '2022', share_of_gdp_pct: '2', decided: '2022-06-07', source: 'The Japan Times', source_url: 'https://www.japantimes.co.jp/' };

  it('is how the real schema asks for source_quote', () => {
    const quote = resource.schema.fields.find((f) => f.name === 'source_quote');
    expect(quote?.constraints?.required).toBeFalsy();
    expect(quote?.constraints?.requiredUnless?.field).toBe('kind');
    expect(quote?.constraints?.requiredUnless?.values).toContain('observed');
    expect(quote?.constraints?.requiredUnless?.values).not.toContain('benchmark cited');
  });

  it('passes an observed row without a quote', () => {
    const [row, ...rest] = parseResource(csvFor(resource, [OBSERVED]), resource);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ kind: 'observed', source_quote: null });
  });

  it('fails a benchmark cited row without a quote, naming row and column, and passes it with one', () => {
    const text = csvFor(resource, [OBSERVED, { ...policy, kind: 'benchmark cited' }]);
    const problems = problemsIn(text, resource);
    expect(problems).toEqual([{ file: resource.path, line: 3, column: 'source_quote', message: 'empty, but the value is required' }]);
    const quoted = csvFor(resource, [OBSERVED, { ...policy, kind: 'benchmark cited', source_quote: 'The report cited the 2% of GDP spending target recommended by NATO' }]);
    expect(parseResource(quoted, resource)).toHaveLength(2);
  });

});

describe('checkPackage', () => {
  const report = checkPackage(join(ROOT, BROKEN, 'datapackage.json'), { relativeTo: ROOT });
  const find = (file: string) => report.problems.filter((p) => p.file === file);

  it('reports every fault of the corpus exactly once, and nothing else', () => {
    const files = [...CSV_CASES, ISO_CASE].map(({ fault }) => `${BROKEN}/${fault}.csv`);
    for (const file of files) expect(find(file), file).toHaveLength(1);
    expect(find(`${BROKEN}/missing-file.csv`)).toHaveLength(1);
    expect(find(`${BROKEN}/undescribed.csv`)).toHaveLength(1);
    expect(find(`${BROKEN}/datapackage.json`)).toHaveLength(1);
    expect(report.problems).toHaveLength(files.length + 3);
  });

  it('reports a missing file, naming it and the resource that points to it', () => {
    const [found] = find(`${BROKEN}/missing-file.csv`);
    expect(found!.message).toMatch(/missing file: resource "defence-budget-gdp--missing-file"/);
  });

  it('reports a CSV that the package does not describe', () => {
    expect(find(`${BROKEN}/undescribed.csv`)[0]!.message).toMatch(/not described in/);
  });

  it('passes the real datasets and counts every row of every resource', () => {
    const ok = checkPackage(join(ROOT, 'datasets/datapackage.json'), { relativeTo: ROOT });
    expect(ok.problems.map(formatProblem)).toEqual([]);
    expect(ok.resources).toBe(real.resources.length);
    const rows = real.resources.reduce((sum, r) => sum + csvParseRows(readFileSync(join(ROOT, 'datasets', r.path), 'utf8')).length - 1, 0);
    expect(ok.rows).toBe(rows);
  });
});

describe('isKnownIso3, shared by the derive script and the check', () => {
  it('knows ISO 3166-1 codes and the codes the derive script assigns outside it', () => {
    for (const code of ['JPN', 'USA', 'TWN', ...Object.values(CODES_OUTSIDE_ISO_3166_1)]) expect(isKnownIso3(code), code).toBe(true);
  });
  it('refuses codes that are no country, lower case and other code systems', () => {
    for (const code of ['DZX', 'jpn', 'JP', '392', '', 'JPNN']) expect(isKnownIso3(code), code).toBe(false);
  });
});

describe('npm run check:data (the CLI)', () => {
  const run = (...args: string[]) =>
    spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check-data.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 and prints one line per fault naming file, row, column and problem', () => {
    const { status, stderr, stdout } = run(`${BROKEN}/datapackage.json`);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    for (const { fault, row, column, problem } of [...CSV_CASES, ISO_CASE]) {
      const line = lines.find((l) => l.startsWith(`${BROKEN}/${fault}.csv, `));
      expect(line, fault).toBeDefined();
      expect(line).toContain(`row ${row}, column "${column}": `);
      expect(line).toMatch(problem);
    }
    expect(lines.some((l) => l.startsWith(`${BROKEN}/missing-file.csv: missing file`))).toBe(true);
    expect(lines.at(-1)).toMatch(new RegExp(`^check:data: ${CSV_CASES.length + 4} problems in ${BROKEN}/datapackage.json$`));
  });

  it('exits 0 with a one-line summary for the real datasets', () => {
    const { status, stdout, stderr } = run();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [, resources] = stdout.match(/^check:data OK: (\d+) resources, \d+ rows in datasets\/datapackage\.json/) ?? [];
    expect(Number(resources)).toBe(real.resources.length);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('reviewed exceptions to a range', () => {
  const master = findResource(real, 'sipri-milex-2025');
  const header = 'country,iso3,year,share_of_gdp_pct,current_usd_m,constant_2023_usd_m';
  const parse = (line: string) => parseResource(`${header}\n${line}\n`, master);

  it('accepts the published Kuwait 1991 share of GDP above 100%', () => {
    expect(parse('Kuwait,KWT,1991,117.35,,')[0]!.share_of_gdp_pct).toBe(117.35);
  });

  it('flags the same key with another value, and the same value in another row', () => {
    expect(() => parse('Kuwait,KWT,1991,118,,')).toThrow(/row 2, column "share_of_gdp_pct": 118 is above the maximum 100/);
    expect(() => parse('Kuwait,KWT,1992,117.35,,')).toThrow(/117.35 is above the maximum 100/);
  });
});
