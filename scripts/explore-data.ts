/**
 * The explorer's data file, `defence-indicators.data.js`, generated at build time (vite.config.ts)
 * from the SIPRI snapshot in `datasets/sources/sipri-milex-2025/`: every figure of the five sheets
 * the explorer offers, as published, in columns. Countries get their codes as the derived
 * datasets do (`iso3For`), so that the explorer and the CSVs agree.
 */
import { DATA_GLOBAL, FORMAT, type SipriColumns } from '../src/explore/sipri-data.js';
import { MEASURE_NAMES, MEASURES } from '../src/explore/view.js';
import { iso3For, SIPRI, SIPRI_RELEASE, snapshotReader } from './derive/context.js';

const YEAR_KEY = /^\d{4}$/;

/** The snapshot's figures in the data file's columns. */
export function sipriColumns(sourcesDir: string): SipriColumns {
  const { sheet } = snapshotReader(sourcesDir);
  const sheets = MEASURE_NAMES.map((measure) => [measure, sheet(MEASURES[measure].sheet)] as const);
  const countries = sheets[0]![1].map((row) => String(row.country));
  const measures = Object.fromEntries(
    sheets.map(([measure, rows]) => {
      const names = rows.map((row) => String(row.country));
      if (names.join('\n') !== countries.join('\n')) throw new Error(`${MEASURES[measure].sheet}.json does not list the countries of the other sheets in their order`);
      const years = Object.keys(rows[0]!).filter((key) => YEAR_KEY.test(key)).map(Number);
      const [first, last] = [Math.min(...years), Math.max(...years)];
      const values = rows.map((row) => {
        const series = Array.from({ length: last - first + 1 }, (_, i) => row[String(first + i)] ?? null);
        for (const value of series) if (value !== null && typeof value !== 'number') throw new Error(`${MEASURES[measure].sheet}.json, ${row.country}: ${value} is not a number`);
        while (series.length && series.at(-1) === null) series.pop();
        return series as Array<number | null>;
      });
      return [measure, { first, last, values }];
    }),
  ) as SipriColumns['measures'];
  const byName = countries.map((_, i) => i).sort((a, b) => countries[a]!.localeCompare(countries[b]!, 'en'));
  return { format: FORMAT, ...SIPRI, release: SIPRI_RELEASE, countries, iso3: countries.map(iso3For), byName, measures };
}

/** The data file: a classic script that sets one global, the JSON parsed once by the engine's fast JSON parser. */
export function sipriDataScript(sourcesDir: string): string {
  const columns = sipriColumns(sourcesDir);
  return (
    `/* defence-indicators: ${columns.source}, ${columns.release}, for the explorer. ` +
    `Generated from datasets/sources/sipri-milex-2025/ by scripts/explore-data.ts. */\n` +
    `globalThis.${DATA_GLOBAL}=JSON.parse(${JSON.stringify(JSON.stringify(columns))});\n`
  );
}
