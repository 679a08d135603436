import { type DerivedDataset, SIPRI, SIPRI_YEARS } from '../context.js';
import { country, iso3, provenanceFields, sipriYear, usd } from '../fields.js';

/** China and Russia, which the sentence names; Japan; and South Korea, Australia and Taiwan beside them. */
const COUNTRIES = ['CHN', 'RUS', 'JPN', 'KOR', 'AUS', 'TWN'];
const FIRST_YEAR = 2000;

/** SIPRI's constant (2023) US$ series for six countries of the region, 2000 to SIPRI's latest year. */
export const regionalMilitarySpending: DerivedDataset = {
  name: 'regional-military-spending',
  title: 'Military expenditure of China, Russia, Japan, South Korea, Australia and Taiwan, 2000–2024',
  description: 'SIPRI figures in constant (2023) US$ for six countries of the Indo-Pacific, from 2000 to 2024, to compare how their military spending grew. SIPRI\'s figures for China and Russia are SIPRI estimates.',
  schema: {
    fields: [country, iso3, { ...sipriYear, constraints: { ...sipriYear.constraints, minimum: FIRST_YEAR } },
      usd('constant_2023_usd_m', 'Military expenditure, constant (2023) US$ millions'),
      ...provenanceFields],
    primaryKey: ['iso3', 'year'],
  },
  cites: 'sipri',
  derive: ({ table }) =>
    table('sipri-milex-2025')
      .filter((r) => COUNTRIES.includes(r.iso3!) && Number(r.year) >= FIRST_YEAR && Number(r.year) <= SIPRI_YEARS[1] && r.constant_2023_usd_m !== '')
      .map(({ country, iso3, year, constant_2023_usd_m }) => ({ country: country!, iso3: iso3!, year: year!, constant_2023_usd_m: constant_2023_usd_m!, ...SIPRI })),
};
