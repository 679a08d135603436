import { type DerivedDataset, provenance, SIPRI, unconfirmed } from '../context.js';
import { confidence, partialDate, provenanceFields, sourceQuote } from '../fields.js';

/** The first year of the series: the budgets before the article that the sources state. */
const FIRST_YEAR = 2014;

/** Each series and what it measures, in one line: the card's notes and the data package say the same. */
export const BUDGET_SERIES = {
  'mod-excluding': 'Ministry of Defense budget, excluding SACO and US-realignment costs (the basis of the defence plans), trillion yen',
  'mod-including': 'Ministry of Defense budget, including SACO and US-realignment costs, trillion yen',
  'buildup-program-total': 'Defense Buildup Program total for FY2023–FY2027, trillion yen',
  'share-sipri': 'SIPRI military expenditure as a share of GDP, calendar year, per cent',
  'share-government': 'The government’s defence plus related (security-related) spending as a share of GDP, per cent',
} as const;

/**
 * Japan's defence budget in yen from the Ministry of Defense and the Ministry of Finance, FY2014
 * to the latest budget, on the two bases the ministry publishes; the plan for FY2023–FY2027; and
 * the share of GDP from SIPRI and on the government's own measure, side by side. The facts'
 * notes (bases, second sources) stay in the snapshot: the embed script carries every dataset.
 */
export const japanDefenceBudget: DerivedDataset = {
  name: 'japan-defence-budget',
  title: 'Japan’s defence budget in yen, FY2014–FY2026, and its share of GDP on several measures',
  description:
    'Initial (and draft) defence budgets from the Ministry of Defense’s white papers and the Ministry of Finance, with and without SACO and US-realignment costs; the Defense Buildup Program’s plan to FY2027; SIPRI’s share of GDP; and the government’s own share of GDP for defence plus related spending, with its FY2027 goal.',
  schema: {
    fields: [
      { name: 'fiscal_year', type: 'integer', description: 'Japan’s fiscal year (April to March) for budgets, plans and the government’s share; the calendar year for SIPRI’s share', constraints: { required: true, minimum: FIRST_YEAR, maximum: 2035 } },
      { name: 'series', type: 'string', description: Object.entries(BUDGET_SERIES).map(([k, v]) => `${k}: ${v}`).join('; '), constraints: { required: true, enum: Object.keys(BUDGET_SERIES) } },
      { name: 'value', type: 'number', description: 'The figure as the source publishes it, in the row’s unit', constraints: { required: true, minimum: 0 } },
      { name: 'unit', type: 'string', description: 'trillion yen, or % of GDP', constraints: { required: true, enum: ['trillion yen', '% of GDP'] } },
      {
        name: 'stage', type: 'string',
        description: 'initial budget: enacted as first passed; draft budget: approved by the cabinet, not yet enacted; with supplementary budget: the initial budget plus a supplementary one; as reported: the source does not say; plan or five-year plan: what a plan expects; goal: a level a strategy sets; SIPRI: SIPRI’s figure',
        constraints: { required: true, enum: ['initial budget', 'draft budget', 'with supplementary budget', 'as reported', 'plan', 'five-year plan', 'goal', 'SIPRI'] },
      },
      partialDate('as_of', 'When the source states the figure (empty for SIPRI’s figures)'),
      confidence, ...provenanceFields,
      sourceQuote({ field: 'source', values: [SIPRI.source] }),
    ],
    primaryKey: ['fiscal_year', 'series', 'stage'],
  },
  cites: 'rows',
  derive({ table, facts }) {
    const budgets = facts('japan-defence-budget')
      .filter((r) => !unconfirmed(r))
      .map((r) => ({ fiscal_year: r.fiscal_year!, series: r.series!, value: r.value!, unit: r.unit!, stage: r.stage!, as_of: r.as_of!, confidence: r.confidence!, ...provenance(r) }));
    const sipri = table('sipri-milex-2025')
      .filter((r) => r.iso3 === 'JPN' && Number(r.year) >= FIRST_YEAR && r.share_of_gdp_pct !== '')
      .map((r) => ({ fiscal_year: r.year!, series: 'share-sipri', value: r.share_of_gdp_pct!, unit: '% of GDP', stage: 'SIPRI', as_of: '', confidence: 'H', ...SIPRI, source_quote: '' }));
    return [...budgets, ...sipri];
  },
};
