import { type DerivedDataset, provenance, SIPRI } from '../context.js';
import { country, iso3, note, provenanceFields, share, sipriYear, sourceQuote } from '../fields.js';

/** Japan's SIPRI series, the 2% level the Basic Policy 2022 cites, and the 2% goal set in December 2022. */
export const defenceBudgetGdp: DerivedDataset = {
  name: 'defence-budget-gdp',
  title: 'Japan\'s military expenditure as a share of GDP',
  description: 'SIPRI\'s series for Japan; the 2% level the Basic Policy 2022 refers to; and the 2% goal for FY2027 that the National Security Strategy set in December 2022, on Japan\'s own measure (defence plus related spending).',
  schema: {
    fields: [country, iso3, { ...sipriYear, description: 'Calendar year of an observed share; fiscal year a target is set for', constraints: { required: true, minimum: 1949, maximum: 2035 } },
      { ...share, constraints: { ...share.constraints, required: true } },
      { name: 'kind', type: 'string', description: 'observed: SIPRI figure; benchmark cited: a level a policy document refers to without adopting it; target: a level a policy document sets for Japan', constraints: { required: true, enum: ['observed', 'benchmark cited', 'target'] } },
      { name: 'decided', type: 'date', description: 'Date of the policy document (empty for observed figures)' },
      note, ...provenanceFields, sourceQuote({ field: 'kind', values: ['observed'] })],
    primaryKey: ['year', 'kind'],
  },
  cites: 'rows',
  derive({ table, facts }) {
    const japanRows = table('sipri-milex-2025').filter((r) => r.iso3 === 'JPN');
    // Every row names its country, the policy rows too: a downloaded CSV says whose figures it holds.
    const where = { country: japanRows[0]!.country!, iso3: 'JPN' };
    const japan = japanRows
      .filter((r) => r.share_of_gdp_pct !== '')
      .map((r) => ({ ...where, year: r.year!, share_of_gdp_pct: r.share_of_gdp_pct!, kind: 'observed', decided: '', note: '', ...SIPRI, source_quote: '' }));
    const milestones = facts('japan-nato-milestones');
    const find = (pattern: RegExp) => {
      const row = milestones.find((r) => pattern.test(r.event ?? ''));
      if (!row) throw new Error(`japan-nato-milestones.csv has no event matching ${pattern}`);
      return row;
    };
    const basicPolicy = find(/^Basic Policy 2022/);
    const strategy = find(/National Security Strategy/);
    return [
      ...japan,
      { ...where, year: basicPolicy.date!.slice(0, 4), share_of_gdp_pct: '2', kind: 'benchmark cited', decided: basicPolicy.date!, note: `${basicPolicy.event}: ${basicPolicy.detail}`, ...provenance(basicPolicy) },
      { ...where, year: '2027', share_of_gdp_pct: '2', kind: 'target', decided: strategy.date!, note: `${strategy.event}: ${strategy.detail}`, ...provenance(strategy) },
    ];
  },
};
