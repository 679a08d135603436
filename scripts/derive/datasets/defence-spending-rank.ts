import { type DerivedDataset, SIPRI } from '../context.js';
import { country, iso3, provenanceFields, sipriYear, usd } from '../fields.js';

/** Every country with a 2021 figure, for ranking the largest spenders in the article's last full year. */
export const defenceSpendingRank: DerivedDataset = {
  name: 'defence-spending-rank',
  title: 'Military expenditure in 2021, every country',
  description: 'SIPRI figures for 2021 in current and constant (2023) US$, for ranking the largest spenders.',
  schema: {
    fields: [country, iso3, sipriYear,
      usd('current_usd_m', 'Military expenditure, current US$ millions'),
      usd('constant_2023_usd_m', 'Military expenditure, constant (2023) US$ millions'),
      ...provenanceFields],
    primaryKey: ['iso3', 'year'],
  },
  cites: 'sipri',
  derive: ({ table }) =>
    table('sipri-milex-2025')
      .filter((r) => r.year === '2021' && (r.current_usd_m !== '' || r.constant_2023_usd_m !== ''))
      .map(({ country, iso3, year, current_usd_m, constant_2023_usd_m }) => ({ country: country!, iso3: iso3!, year: year!, current_usd_m: current_usd_m!, constant_2023_usd_m: constant_2023_usd_m!, ...SIPRI })),
};
