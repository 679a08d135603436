/**
 * Derives the project's `datasets/*.csv` and `datasets/datapackage.json` from the source
 * snapshots in `datasets/sources/` (see its README). Figures are copied as published: no
 * rounding, no invented values, and no date a facts row marks UNCONFIRMED is kept as fact.
 * The output is byte for byte the same on every run, so a test can derive afresh and compare.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvFormat } from 'd3-dsv';
import type { DataPackage, Resource, Source } from '../src/lib/datapackage.js';
import { type DerivedDataset, SIPRI, SIPRI_RELEASE, snapshotReader, type Table } from './derive/context.js';
import { DATASETS } from './derive/datasets/index.js';

export { SIPRI, SIPRI_RELEASE } from './derive/context.js';

function sourcesOf({ cites }: DerivedDataset, rows: Table): Source[] {
  if (cites === 'sipri') return [{ title: SIPRI.source, path: SIPRI.source_url, version: SIPRI_RELEASE }];
  const seen = new Map<string, Source>();
  for (const row of rows) {
    if (seen.has(row.source_url!)) continue;
    const isSipri = row.source_url === SIPRI.source_url;
    const dated = row.as_of || row.decided;
    const version = isSipri ? SIPRI_RELEASE : dated ? `as of ${dated}` : undefined;
    seen.set(row.source_url!, { title: row.source!, path: row.source_url!, ...(version ? { version } : {}) });
  }
  return [...seen.values()];
}

function datapackage(tables: ReadonlyArray<[DerivedDataset, Table]>): DataPackage {
  const resources: Resource[] = tables.map(([dataset, rows]) => ({
    name: dataset.name,
    path: `${dataset.name}.csv`,
    title: dataset.title,
    description: dataset.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: dataset.schema,
    sources: sourcesOf(dataset, rows),
  }));
  return {
    name: 'defence-indicators',
    title: 'Data behind the defence-indicators charts of RUSI\'s "Evolving Japan–NATO Relations in the Leadup to the Madrid Summit" (June 2022)',
    licenses: [{ name: 'ODC-BY-1.0', path: 'https://opendatacommons.org/licenses/by/1-0/', title: 'Open Data Commons Attribution License 1.0, for this compilation; each figure remains under its publisher\'s terms (SIPRI: https://www.sipri.org/about/terms-and-conditions)' }],
    resources,
  };
}

/** Writes every dataset and `datapackage.json` into `outDir` from the snapshots in `sourcesDir`. */
export function deriveDatasets(outDir: string, sourcesDir: string): void {
  const read = snapshotReader(sourcesDir);
  const derived = new Map<string, Table>();
  const table = (name: string) => {
    const rows = derived.get(name);
    if (!rows) throw new Error(`dataset "${name}" is read before it is derived: order scripts/derive/datasets/index.ts`);
    return rows;
  };
  const tables = DATASETS.map((dataset): [DerivedDataset, Table] => {
    const rows = dataset.derive({ ...read, table });
    derived.set(dataset.name, rows);
    return [dataset, rows];
  });
  for (const [dataset, rows] of tables) {
    writeFileSync(resolve(outDir, `${dataset.name}.csv`), csvFormat(rows, dataset.schema.fields.map((f) => f.name)) + '\n');
  }
  writeFileSync(resolve(outDir, 'datapackage.json'), JSON.stringify(datapackage(tables), null, 2) + '\n');
}
