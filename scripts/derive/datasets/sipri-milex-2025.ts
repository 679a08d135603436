import { type DerivedDataset, iso3For, SIPRI_YEARS, type Table } from '../context.js';
import { country, iso3, shareAnyCountry, sipriYear, usd } from '../fields.js';

/** The SIPRI sheets the tidy table holds, by the column each becomes. */
const MEASURES = {
  share_of_gdp_pct: 'Share_of_GDP',
  current_usd_m: 'Current_US',
  constant_2023_usd_m: 'Constant_2023_US',
} as const;

const cell = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

export const sipriMilex: DerivedDataset = {
  name: 'sipri-milex-2025',
  title: 'SIPRI military expenditure, every country, 1949–2024',
  description: 'Tidy copy of three sheets of the SIPRI Military Expenditure Database (2025 release): share of GDP, current US$ and constant (2023) US$. One row per country and year with at least one figure. SIPRI\'s military expenditure follows SIPRI\'s definition, which differs from national budgets.',
  schema: {
    fields: [country, iso3, sipriYear, shareAnyCountry,
      usd('current_usd_m', 'Military expenditure, current US$ millions'),
      usd('constant_2023_usd_m', 'Military expenditure, constant (2023) US$ millions')],
    primaryKey: ['iso3', 'year'],
  },
  cites: 'sipri',
  derive({ sheet }) {
    const byCountry = new Map<string, Partial<Record<keyof typeof MEASURES, Record<string, unknown>>>>();
    for (const [measure, name] of Object.entries(MEASURES) as Array<[keyof typeof MEASURES, string]>) {
      for (const row of sheet(name)) {
        const key = String(row.country);
        byCountry.set(key, { ...byCountry.get(key), [measure]: row });
      }
    }
    const tidy: Table = [];
    for (const [name, sheets] of byCountry) {
      const code = iso3For(name);
      for (let year = SIPRI_YEARS[0]; year <= SIPRI_YEARS[1]; ++year) {
        const values = Object.fromEntries(Object.keys(MEASURES).map((m) => [m, cell(sheets[m as keyof typeof MEASURES]?.[String(year)] as number | null)]));
        if (Object.values(values).every((v) => v === '')) continue;
        tidy.push({ country: name, iso3: code, year: String(year), ...values });
      }
    }
    return tidy;
  },
};
