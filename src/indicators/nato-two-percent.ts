import text from '../../datasets/nato-two-percent.csv?raw';
import { rankedBars } from '../charts/ranked-bars.js';
import type { ChartOptions, CheckFigure, ClaimCheck, Indicator } from '../indicator.js';
import { NARROW } from '../lib/chart.js';
import type { Row } from '../lib/datapackage.js';
import { isAfterArticle, longDate } from '../lib/dates.js';
import { numberWord, ordinal, withArticle } from '../lib/words.js';

export type NatoRow = Row & {
  kind: 'member' | 'non-member' | 'guideline';
  country: string | null;
  iso3: string | null;
  year: number | null;
  /** SIPRI's figure for a country (null where it has none); the guideline's level. */
  share_of_gdp_pct: number | null;
  joined: string | null;
  membership_source_url: string | null;
  /** Date the guideline's source states it. */
  as_of: string | null;
  note: string | null;
  source: string;
  source_url: string;
  source_quote: string | null;
};

/** The article's "to 2%, the same level of contribution expected of NATO states". */
export const CLAIMED_LEVEL = 2;
/** The last full year the article (June 2022) could rely on. */
const YEAR = 2021;
const JAPAN = 'JPN';
/** Names shortened on the chart: everywhere, and on a phone. */
const SHORT: Record<string, string> = { 'United States of America': 'United States' };
const NARROW_NAME: Record<string, string> = { 'United States of America': 'USA', 'United Kingdom': 'UK', 'North Macedonia': 'N. Macedonia' };

const pct = (v: number) => `${v}%`;
const nameOf = ({ country }: NatoRow, narrow = false) => (narrow && NARROW_NAME[country!]) || SHORT[country!] || country!;
/** "Greece, the United States and Poland". */
const listOf = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(''));

/** The level NATO asks of its members, as a source stated it by the article; a later statement cannot decide. */
const guidelineOf = (rows: NatoRow[]) =>
  rows.find((r) => r.kind === 'guideline' && r.share_of_gdp_pct !== null && !isAfterArticle(r.as_of));

/** The members of the year and how they stand against 2%, and where Japan's figure would rank among them. */
function standing(rows: NatoRow[]) {
  const countries = rows.filter((r) => r.kind !== 'guideline' && r.year === YEAR);
  const members = countries.filter((r) => r.kind === 'member');
  const figured = members.filter((r) => r.share_of_gdp_pct !== null);
  const rankOf = (share: number) => 1 + figured.filter((r) => r.share_of_gdp_pct! > share).length;
  const japanRow = countries.find((r) => r.iso3 === JAPAN && r.share_of_gdp_pct !== null);
  const japan = japanRow && {
    share: japanRow.share_of_gdp_pct!,
    rank: rankOf(japanRow.share_of_gdp_pct!),
    of: figured.length + 1,
    below: figured.filter((r) => r.share_of_gdp_pct! < japanRow.share_of_gdp_pct!).map((r) => withArticle(nameOf(r))),
  };
  const met = figured.filter((r) => r.share_of_gdp_pct! >= CLAIMED_LEVEL).sort((a, b) => b.share_of_gdp_pct! - a.share_of_gdp_pct!);
  return { countries, members, figured, met, japan, rankOf };
}

/** "Japan’s 1.06% would rank 28th of 30, above only Belgium and Luxembourg". */
function japanStanding(japan: NonNullable<ReturnType<typeof standing>['japan']>): string {
  const above = japan.below.length && japan.below.length <= 3 ? `, above only ${listOf(japan.below)}` : '';
  return `Japan’s ${pct(japan.share)} would rank ${ordinal(japan.rank)} of ${japan.of}${above}`;
}

export function check(rows: NatoRow[]): ClaimCheck {
  const { members, figured, met, japan } = standing(rows);
  const guideline = guidelineOf(rows);
  const spent = figured.length
    ? `In ${YEAR}, by SIPRI’s figures, ${met.length} of the ${figured.length} members with a figure (${members.length} members) spent ${pct(CLAIMED_LEVEL)} of GDP or more${japan ? `; ${japanStanding(japan)}` : ''}.`
    : '';
  if (!guideline) {
    return {
      status: 'unverifiable',
      verdict: 'Cannot be checked',
      reasoning: `No statement in the data, by the article’s date, of the level NATO asks of its members; spending does not say what NATO expects. ${spent}`.trim(),
      figures: [],
    };
  }
  const level: CheckFigure = {
    label: `NATO guideline for members (${guideline.source}, ${longDate(guideline.as_of!)})`,
    value: `${pct(guideline.share_of_gdp_pct!)} of GDP`,
  };
  const figures: CheckFigure[] = [
    level,
    ...(figured.length ? [{ label: `NATO members at or above ${pct(CLAIMED_LEVEL)} of GDP in ${YEAR} (SIPRI)`, value: `${met.length} of the ${figured.length} with a figure (${members.length} members)` }] : []),
    ...(japan ? [{ label: `Japan, ${YEAR} (SIPRI), not a member`, value: `${pct(japan.share)}: would rank ${ordinal(japan.rank)} of ${japan.of}` }] : []),
  ];
  const supported = guideline.share_of_gdp_pct === CLAIMED_LEVEL;
  const why = supported
    ? `${pct(CLAIMED_LEVEL)} of GDP is the level NATO asks of its members: ${guideline.source} reported on ${longDate(guideline.as_of!)} that the Basic Policy 2022 cited the target NATO recommends. It is what NATO expects, not what most members spent.`
    : `The level NATO asks of its members is ${pct(guideline.share_of_gdp_pct!)} of GDP (${guideline.source}), not the article’s ${pct(CLAIMED_LEVEL)}.`;
  return {
    status: supported ? 'supported' : 'not-supported',
    verdict: supported ? 'Supported' : 'Not supported',
    reasoning: `${why} ${spent}`.trim(),
    figures,
    deciding: level,
  };
}

const FALLBACK_TITLE = 'NATO members’ military spending against the 2% guideline, and Japan’s';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: NatoRow[]): string {
  const { members, figured, met, japan } = standing(rows);
  if (!figured.length) return FALLBACK_TITLE;
  const main = `In ${YEAR}, ${numberWord(met.length)} of NATO’s ${members.length} members spent ${pct(CLAIMED_LEVEL)} of GDP or more on defence`;
  return japan ? `${main}; Japan’s ${pct(japan.share)} would have ranked ${ordinal(japan.rank)} of ${japan.of}` : main;
}

export function describe(rows: NatoRow[]): string {
  const { members, figured, met, japan } = standing(rows);
  const intro = `Bar chart of NATO’s ${members.length} members’ military expenditure in ${YEAR} as a share of GDP (SIPRI), ranked, with the ${pct(CLAIMED_LEVEL)} guideline and Japan.`;
  if (!figured.length) return `${intro} The data has no figures for ${YEAR}.`;
  const missing = members.filter((r) => r.share_of_gdp_pct === null).map((r) => nameOf(r));
  return (
    `${intro} ${met.length} of the ${figured.length} members with a figure were at or above ${pct(CLAIMED_LEVEL)}` +
    (met.length ? `: ${listOf(met.map((r) => withArticle(nameOf(r))))}` : '') +
    (japan ? `. ${japanStanding(japan)}` : '') +
    (missing.length ? `. SIPRI has no figure for ${listOf(missing)}.` : '.')
  );
}

/** The tip: the country, its membership and its share (its rank is beside its bar). */
const tip = (row: NatoRow) =>
  [
    row.kind === 'member' ? `${row.country}, NATO member since ${row.joined}` : `${row.country}: not a NATO member`,
    row.share_of_gdp_pct === null ? row.note : `${pct(row.share_of_gdp_pct)} of GDP in ${YEAR}`,
    `Source: ${row.source}`,
  ].join('\n');

export function chart(rows: NatoRow[], { width = 640, ...options }: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const { countries, rankOf } = standing(rows);
  const guideline = guidelineOf(rows);
  const byShare = [...countries].sort(
    (a, b) => (b.share_of_gdp_pct ?? -1) - (a.share_of_gdp_pct ?? -1) || a.country!.localeCompare(b.country!),
  );
  const bars = byShare.map((row) => {
    const share = row.share_of_gdp_pct;
    const member = row.kind === 'member';
    return {
      label: nameOf(row, narrow),
      value: share,
      rank: member && share !== null ? rankOf(share) : undefined,
      highlight: row.iso3 === JAPAN,
      // Japan stands among the members at its figure, without a rank: it is not one of them.
      valueLabel:
        share === null
          ? 'no SIPRI figure'
          : `${pct(share)}${member ? '' : narrow ? ' (not NATO)' : ` (not a NATO member; would rank ${ordinal(rankOf(share))})`}`,
      tip: tip(row),
    };
  });
  const level = guideline?.share_of_gdp_pct;
  return rankedBars(bars, {
    ...options,
    width,
    step: 20,
    xLabel: `Military expenditure, % of GDP, ${YEAR} →`,
    tickFormat: pct,
    reference: level === undefined || level === null ? undefined : { value: level, label: `${pct(level)}: NATO guideline` },
  });
}

export const natoTwoPercent: Indicator<NatoRow> = {
  id: 'nato-two-percent',
  title: FALLBACK_TITLE,
  headline,
  subtitle: `Military expenditure as a share of GDP in ${YEAR}, per cent: NATO’s members and Japan (SIPRI)`,
  claims: [
    {
      id: 'nato-two-percent',
      quote:
        'The Kishida government’s Basic Policy 2022 proposes to double Japan’s defence budget from 1% of GDP (the ninth largest globally) to 2%, the same level of contribution expected of NATO states.',
      excerpt: 'the same level of contribution expected of NATO states',
      check,
    },
  ],
  dataset: { name: 'nato-two-percent', text },
  notes: [
    'The verdict rests on the level NATO asks of its members as a source stated it by the article (the Japan Times, 7 June 2022: “the 2% of GDP spending target recommended by NATO”), not on how many met it.',
    'Members: the states that had joined NATO by 2021, by their join dates. Japan, a partner, stands at its figure, unranked. Iceland has no armed forces and no SIPRI figure.',
    'Shares are SIPRI’s, not NATO’s own estimates. NATO’s count of members at 2% in 2021 differs by edition: 6 in later data, 8 in its report of March 2023.',
  ],
  chart,
  describe,
  // Japan beside NATO's largest members.
  explore: {
    countries: ['JPN', 'USA', 'GBR', 'FRA', 'DEU', 'ITA', 'CAN', 'POL'],
    measure: 'share_of_gdp_pct',
    measures: ['share_of_gdp_pct', 'share_of_govt_spending_pct', 'per_capita_usd'],
    years: [2000, 2024],
  },
};
