import text from '../../datasets/defence-spending-rank.csv?raw';
import type { ChartOptions, ClaimCheck, Indicator } from '../indicator.js';
import { rankedBars } from '../charts/ranked-bars.js';
import { formatExact, NARROW } from '../lib/chart.js';
import type { Row } from '../lib/datapackage.js';
import { largest, ordinal, ordinalWord, withArticle } from '../lib/words.js';

export type SpendingRow = Row & {
  country: string;
  iso3: string;
  year: number;
  current_usd_m: number | null;
  constant_2023_usd_m: number | null;
  source: string;
  source_url: string;
};

/** The two ways SIPRI states spending in US dollars. */
type Measure = 'current_usd_m' | 'constant_2023_usd_m';

/** Where one country stands among every country with a figure for a measure. */
interface Standing {
  measure: Measure;
  value: number;
  /** 1 = largest; countries with the same figure share a rank. */
  rank: number;
  /** How many countries have a figure for the measure. */
  of: number;
  /** How many other countries have exactly the same figure. */
  tied: number;
}

/** The article (June 2022) could rely on 2021, the latest year SIPRI had then published. */
const CLAIM_YEAR = 2021;
/** The article's "ninth largest globally". */
export const CLAIMED_RANK = 9;
const JAPAN = 'JPN';
/** How many of the largest spenders the chart shows. */
const SHOWN = 15;
const MEASURE_NAME: Record<Measure, string> = { current_usd_m: 'current US$', constant_2023_usd_m: 'constant (2023) US$' };
/** SIPRI's names that are too long for a bar label. */
const SHORT_NAME: Record<string, string> = { 'United States of America': 'United States', 'Korea, South': 'South Korea' };
const NARROW_NAME: Record<string, string> = {
  'United States of America': 'USA',
  'United Kingdom': 'UK',
  'Korea, South': 'S. Korea',
  'Saudi Arabia': 'S. Arabia',
};

const nameOf = (row: SpendingRow, narrow = false) => (narrow && NARROW_NAME[row.country]) || SHORT_NAME[row.country] || row.country;
const usdMillions = (v: number) => `US$${formatExact(v)} million`;
const ofYear = (rows: SpendingRow[]) => rows.filter((r) => r.year === CLAIM_YEAR);

/**
 * Rank of every country with a figure for the measure: 1 + the number of countries with a larger
 * figure, so that ties share a rank (1, 2, 2, 4). Countries without a figure are not ranked.
 */
export function rankBy(rows: SpendingRow[], measure: Measure): Map<SpendingRow, number> {
  const values = rows.map((r) => r[measure]).filter((v): v is number => v !== null);
  return new Map(
    rows.flatMap((r) => {
      const value = r[measure];
      return value === null ? [] : [[r, 1 + values.filter((v) => v > value).length] as const];
    }),
  );
}

function standing(rows: SpendingRow[], measure: Measure, iso3 = JAPAN): Standing | undefined {
  const ranks = rankBy(rows, measure);
  const row = rows.find((r) => r.iso3 === iso3);
  const value = row?.[measure];
  if (!row || value === null || value === undefined) return undefined;
  const tied = rows.filter((r) => r !== row && r[measure] === value).length;
  return { measure, value, rank: ranks.get(row)!, of: ranks.size, tied };
}

const rankText = (s: Standing) => `${ordinal(s.rank)}${s.tied ? ` (tied with ${s.tied} other${s.tied > 1 ? 's' : ''})` : ''}`;

export function check(rows: SpendingRow[]): ClaimCheck {
  const year = ofYear(rows);
  const current = standing(year, 'current_usd_m');
  const constant = standing(year, 'constant_2023_usd_m');
  if (!current && !constant) {
    return {
      status: 'unverifiable',
      verdict: 'Cannot be checked',
      reasoning: `The data has no ${CLAIM_YEAR} military expenditure for Japan in US dollars.`,
      figures: [],
    };
  }
  const figures = [current, constant]
    .filter((s): s is Standing => s !== undefined)
    .map((s) => ({ label: `Japan, ${CLAIM_YEAR}, ${MEASURE_NAME[s.measure]}`, value: `${usdMillions(s.value)}, ${rankText(s)} of ${s.of}` }));
  const claimed = ordinalWord(CLAIMED_RANK);
  const constantPart = constant
    ? `in constant (2023) US$ it is ${constant.rank === CLAIMED_RANK ? `also ${claimed}` : ordinal(constant.rank)}${overtakers(year)}`
    : 'SIPRI gives no constant (2023) US$ figure';
  if (current?.rank === CLAIMED_RANK) {
    return {
      status: 'supported',
      verdict: 'Supported',
      reasoning:
        `SIPRI’s data puts Japan ${rankText(current)} of ${current.of} countries by ${CLAIM_YEAR} spending in current US$, ` +
        `the basis of SIPRI’s own yearly ranking; ${constantPart}.`,
      figures,
    };
  }
  if (constant?.rank === CLAIMED_RANK) {
    return {
      status: 'partly-supported',
      verdict: 'Partly supported',
      reasoning:
        `Japan is ${claimed} by ${CLAIM_YEAR} spending in constant (2023) US$, but ` +
        (current ? `${rankText(current)} in current US$, SIPRI’s basis for its yearly ranking.` : 'SIPRI gives no current US$ figure.'),
      figures,
    };
  }
  return {
    status: 'not-supported',
    verdict: 'Not supported',
    reasoning:
      `By ${CLAIM_YEAR} spending, SIPRI’s data puts Japan ` +
      [current && `${rankText(current)} in current US$`, constant && `${rankText(constant)} in constant (2023) US$`].filter(Boolean).join(' and ') +
      `, not ${claimed}.`,
    figures,
  };
}

/** ", behind South Korea": the countries ahead of Japan in constant US$ but not in current US$. */
function overtakers(rows: SpendingRow[]): string {
  const japan = rows.find((r) => r.iso3 === JAPAN);
  const ahead = (measure: Measure) => {
    const own = japan?.[measure];
    return own === null || own === undefined ? [] : rows.filter((r) => r[measure] !== null && r[measure]! > own);
  };
  const beforeInCurrent = new Set(ahead('current_usd_m'));
  const names = ahead('constant_2023_usd_m').filter((r) => !beforeInCurrent.has(r)).map((r) => nameOf(r));
  return names.length ? `, behind ${names.join(', ')} as well` : '';
}

/** A bar of the chart: one country, its ranks and figures. */
interface Bar {
  row: SpendingRow;
  value: number;
  rank: number;
  constantRank: number | undefined;
  name: string;
}

/** The largest spenders in current US$, and Japan wherever it ranks. */
function bars(rows: SpendingRow[], narrow = false): Bar[] {
  const year = ofYear(rows);
  const ranks = rankBy(year, 'current_usd_m');
  const constantRanks = rankBy(year, 'constant_2023_usd_m');
  const all = [...ranks]
    .map(([row, rank]) => ({ row, value: row.current_usd_m!, rank, constantRank: constantRanks.get(row), name: nameOf(row, narrow) }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  const top = all.slice(0, SHOWN);
  const japan = all.find((b) => b.row.iso3 === JAPAN);
  return japan && !top.includes(japan) ? [...top, japan] : top;
}

export function describe(rows: SpendingRow[]): string {
  const shown = bars(rows);
  const japan = shown.find((b) => b.row.iso3 === JAPAN);
  const intro = `Bar chart of the ${Math.min(SHOWN, shown.length)} largest military spenders of ${CLAIM_YEAR} in current US dollars, from SIPRI.`;
  if (!japan) return `${intro} Japan has no figure for ${CLAIM_YEAR}.`;
  const ahead = shown.filter((b) => b.rank < japan.rank).map((b) => withArticle(b.name));
  return (
    `${intro} Japan ranks ${ordinalWord(japan.rank)} with ${usdMillions(japan.value)}` +
    (ahead.length ? `, after ${ahead.join(', ')}` : '') +
    (japan.constantRank ? `; in constant (2023) US dollars it ranks ${ordinalWord(japan.constantRank)}.` : '.')
  );
}

export function chart(rows: SpendingRow[], { width = 640, ...options }: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const shown = bars(rows, narrow).map((b) => {
    const isJapan = b.row.iso3 === JAPAN;
    return {
      label: b.name,
      value: b.value,
      rank: b.rank,
      highlight: isJapan,
      valueLabel: formatExact(b.value) + (isJapan && !narrow && b.constantRank ? `  (${ordinal(b.constantRank)} in constant 2023 US$)` : ''),
      tip: [
        b.row.country,
        `${ordinal(b.rank)} in current US$: ${usdMillions(b.value)}`,
        b.constantRank !== undefined
          ? `${ordinal(b.constantRank)} in constant (2023) US$: ${usdMillions(b.row.constant_2023_usd_m!)}`
          : 'No constant (2023) US$ figure',
        `Source: ${b.row.source}`,
      ].join('\n'),
    };
  });
  return rankedBars(shown, {
    ...options,
    width,
    xLabel: narrow ? 'Current US$ millions →' : 'Military expenditure in 2021, current US$ millions →',
  });
}

const FALLBACK_TITLE = 'How Japan’s military spending ranks among the world’s largest';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: SpendingRow[]): string {
  const year = ofYear(rows);
  const current = standing(year, 'current_usd_m');
  const constant = standing(year, 'constant_2023_usd_m');
  if (!current) return FALLBACK_TITLE;
  const main = `Japan was the world’s ${largest(current.rank)} military spender in ${CLAIM_YEAR}`;
  if (!constant || constant.rank === current.rank) return main;
  return `${main} in current dollars, ${ordinalWord(constant.rank)} in constant (2023) dollars`;
}

const dataset = { name: 'defence-spending-rank', text };

export const defenceSpendingRank: Indicator<SpendingRow> = {
  id: 'defence-spending-rank',
  title: FALLBACK_TITLE,
  headline,
  subtitle: `Military expenditure in ${CLAIM_YEAR}, current US$ millions: the ${SHOWN} largest spenders, ranked (SIPRI)`,
  claims: [
    {
      id: 'defence-spending-rank',
      quote:
        'The Kishida government’s Basic Policy 2022 proposes to double Japan’s defence budget from 1% of GDP (the ninth largest globally) to 2%, the same level of contribution expected of NATO states.',
      excerpt: '(the ninth largest globally)',
      check,
    },
  ],
  dataset,
  notes: [
    'We read “the ninth largest globally” as the size of Japan’s military spending in US dollars, the way SIPRI ranks countries.',
    'Current US$ converts each year’s spending at that year’s prices and exchange rates; SIPRI ranks the largest spenders this way every year. Constant (2023) US$ removes inflation and converts at 2023 exchange rates, when the yen was weaker than in 2021, so Japan’s figure is smaller on that basis.',
    'Ranks are computed over every country with a 2021 figure in SIPRI’s 2025 release; SIPRI revises past figures, so the release the article could use (April 2022) may differ slightly.',
    'SIPRI’s military expenditure follows SIPRI’s definition (it includes, for example, some costs outside the Ministry of Defense budget), so it differs from Japan’s defence budget as the Ministry of Defense counts it.',
  ],
  chart,
  describe,
  // The ten largest spenders of the chart's year.
  explore: {
    countries: ['USA', 'CHN', 'IND', 'RUS', 'GBR', 'SAU', 'FRA', 'DEU', 'JPN', 'KOR'],
    measure: 'current_usd_m',
    measures: ['current_usd_m', 'constant_2023_usd_m', 'per_capita_usd', 'share_of_gdp_pct'],
    years: [2000, 2024],
  },
};
