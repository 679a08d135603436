import { type DerivedDataset, provenance, SIPRI, type Table, unconfirmed } from '../context.js';
import { ordinal } from '../../../src/lib/words.js';
import { confidence, partialDate, provenanceFields, sourceQuote, str } from '../fields.js';

/** The full years after the article (June 2022) that the SIPRI snapshot covers. */
const SIPRI_YEARS_SINCE = ['2022', '2023', '2024'];
const usdMillions = (value: string) => `US$${Number(value).toLocaleString('en-US')} million`;

/** SIPRI's share of GDP for Japan in each year since the article, as published. */
function sipriShares(sipri: Table): Table {
  return sipri
    .filter((r) => r.iso3 === 'JPN' && SIPRI_YEARS_SINCE.includes(r.year!) && r.share_of_gdp_pct !== '')
    .map((r) => ({
      indicator_id: 'defence-budget-gdp',
      date: r.year!,
      text: `SIPRI puts Japan’s military expenditure in ${r.year} at ${r.share_of_gdp_pct}% of GDP.`,
      confidence: 'H', ...SIPRI, source_quote: '',
    }));
}

/** Japan's rank by SIPRI's current-US$ figure in each year since the article: 1 + the countries that spent more. */
function sipriRanks(sipri: Table): Table {
  return SIPRI_YEARS_SINCE.flatMap((year) => {
    const spent = sipri.filter((r) => r.year === year && r.current_usd_m !== '');
    const japan = spent.find((r) => r.iso3 === 'JPN');
    if (!japan) return [];
    const rank = 1 + spent.filter((r) => Number(r.current_usd_m) > Number(japan.current_usd_m)).length;
    return [{
      indicator_id: 'defence-spending-rank',
      date: year,
      text: `In SIPRI’s data Japan was the ${ordinal(rank)} largest military spender of ${year} (of ${spent.length} countries with a figure), at ${usdMillions(japan.current_usd_m!)} in current US$.`,
      confidence: 'H', ...SIPRI, source_quote: '',
    }];
  });
}

/**
 * What has changed since the article that bears on each card's claim: dated items, each with its
 * source and the source's own words, from the facts snapshot; and SIPRI's figures for the years
 * since, computed from the SIPRI table so that they cannot drift from it.
 */
export const sinceTheArticle: DerivedDataset = {
  name: 'since-the-article',
  title: 'Since the article: what has changed since June 2022, card by card',
  description:
    'Dated items that bear on each card’s claim after the article (June 2022): policy decisions, budgets, deliveries, deployments, summits and SIPRI’s figures for 2022–2024. Each item names its source and quotes it; confidence M marks an item that only one secondary source states.',
  schema: {
    fields: [
      { name: 'indicator_id', type: 'string', description: 'The card the item belongs to (the indicator’s public id)', constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } },
      partialDate('date', 'When it happened or the source says it: a day, a month, or the year a yearly figure covers', true),
      str('text', 'What changed, in plain words', true),
      confidence,
      ...provenanceFields,
      sourceQuote({ field: 'source', values: [SIPRI.source] }),
    ],
    primaryKey: ['indicator_id', 'date', 'text'],
  },
  cites: 'rows',
  derive({ table, facts }) {
    const sipri = table('sipri-milex-2025');
    const items: Table = facts('since-the-article')
      .filter((r) => !unconfirmed(r))
      .map((r) => ({ indicator_id: r.indicator_id!, date: r.date!, text: r.text!, confidence: r.confidence!, ...provenance(r) }));
    const order = (r: Table[number]) => `${r.indicator_id}\u0000${r.date}\u0000${r.text}`;
    return [...items, ...sipriShares(sipri), ...sipriRanks(sipri)].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  },
};
