import { type DerivedDataset, provenance, SIPRI, type Table } from '../context.js';
import type { Field } from '../../../src/lib/datapackage.js';
import { country, iso3, note, partialDate, provenanceFields, share, sipriYear, sourceQuote } from '../fields.js';

/** The year of the shares: the last full year the article (June 2022) could rely on. */
const YEAR = '2021';
/** Why SIPRI has no figure for a member, where a source says so (since-june-2022.csv: "Iceland has no armed forces"). */
const NO_FIGURE_BECAUSE: Record<string, string> = { ISL: 'Iceland has no armed forces' };
const KINDS = ['member', 'non-member', 'guideline'];
/** The field, required in every row but those whose `kind` is one of `kinds`. */
function requiredUnless({ constraints: { required: _, ...constraints } = {}, ...field }: Field, kinds: string[]): Field {
  return { ...field, constraints: { ...constraints, requiredUnless: { field: 'kind', values: kinds } } };
}
/** The level in the source's words: "… the 2% of GDP spending target recommended by NATO …". */
const GUIDELINE = /(\d+(?:\.\d+)?)% of GDP spending target recommended by NATO/;

/**
 * NATO's members in 2021 (by each member's join date) and Japan, with SIPRI's share of GDP for
 * 2021, and the level NATO asks of its members as a source states it by the article.
 */
export const natoTwoPercent: DerivedDataset = {
  name: 'nato-two-percent',
  title: 'NATO members\' military expenditure as a share of GDP in 2021, Japan\'s, and NATO\'s 2% guideline',
  description: 'SIPRI\'s share of GDP in 2021 for NATO\'s members of 2021 (with each one\'s join date and its source) and for Japan, not a member; and the level NATO recommends to its members, as reported by the article\'s date.',
  schema: {
    fields: [
      { name: 'kind', type: 'string', description: 'member: a NATO member in 2021; non-member: Japan; guideline: the level NATO asks of its members', constraints: { required: true, enum: KINDS } },
      // Only the countries' rows name a country; the guideline row states a level.
      requiredUnless(country, ['guideline']),
      requiredUnless(iso3, ['guideline']),
      requiredUnless({ ...sipriYear, description: 'Year of the share (empty for the guideline)' }, ['guideline']),
      { ...share, description: 'Military expenditure as a share of GDP, per cent (SIPRI; empty where it has none); or the guideline\'s level' },
      requiredUnless(partialDate('joined', 'Date the member joined NATO'), ['non-member', 'guideline']),
      requiredUnless({ name: 'membership_source_url', type: 'string', format: 'uri', description: 'Address of the source of joined' }, ['non-member', 'guideline']),
      { name: 'as_of', type: 'date', description: 'Date the guideline\'s source states it' },
      note,
      ...provenanceFields,
      {
        ...sourceQuote({ field: 'kind', values: ['non-member'] }),
        description: 'Word for word: the sentence of membership_source_url stating a member\'s joining, or of source_url stating the guideline',
      },
    ],
    primaryKey: ['iso3', 'year'],
  },
  cites: 'rows',
  derive({ table, facts }) {
    const shares = new Map(table('sipri-milex-2025').filter((r) => r.year === YEAR).map((r) => [r.iso3!, r]));
    const shareOf = (code: string) => {
      const share = shares.get(code)?.share_of_gdp_pct ?? '';
      const reason = NO_FIGURE_BECAUSE[code];
      return { share_of_gdp_pct: share, note: share ? '' : `SIPRI gives no share of GDP for ${YEAR}${reason ? `: ${reason}` : ''}` };
    };
    // Members in the year of the shares: a state that joined later (Finland, Sweden) is left out by its join date.
    const members: Table = facts('nato-members')
      .filter((r) => r.joined!.slice(0, 4) <= YEAR)
      .map((r) => ({
        kind: 'member', country: r.country!, iso3: r.iso3!, year: YEAR, ...shareOf(r.iso3!), joined: r.joined!,
        membership_source_url: r.source_url!, as_of: '', ...SIPRI, source_quote: r.source_quote!,
      }));
    const japan = shares.get('JPN');
    if (!japan) throw new Error(`sipri-milex-2025 has no ${YEAR} row for Japan`);
    const basicPolicy = facts('japan-nato-milestones').find((r) => /^Basic Policy 2022/.test(r.event ?? ''));
    // The sentence of the quote that states the level, word for word.
    const sentence = basicPolicy?.source_quote?.split(' … ').find((part) => GUIDELINE.test(part));
    const level = sentence?.match(GUIDELINE)?.[1];
    if (!basicPolicy || !sentence || !level) throw new Error('japan-nato-milestones.csv has no Basic Policy 2022 row quoting the level NATO recommends');
    return [
      ...members,
      { kind: 'non-member', country: japan.country!, iso3: 'JPN', year: YEAR, ...shareOf('JPN'), joined: '', membership_source_url: '', as_of: '', ...SIPRI, source_quote: '' },
      {
        kind: 'guideline', country: '', iso3: '', year: '', share_of_gdp_pct: level, joined: '', membership_source_url: '', as_of: basicPolicy.date!,
        note: '', ...provenance(basicPolicy), source_quote: sentence,
      },
    ];
  },
};
