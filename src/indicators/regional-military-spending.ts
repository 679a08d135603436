import text from '../../datasets/regional-military-spending.csv?raw';
import { seriesChart } from '../charts/series.js';
import type { ChartOptions, CheckFigure, ClaimCheck, Indicator } from '../indicator.js';
import { type ChartColors, DEFAULT_COLORS, formatExact, NARROW } from '../lib/chart.js';
import type { Row } from '../lib/datapackage.js';
import { MEASURE_NAMES } from '../explore/view.js';
import { ARTICLE_LAST_DAY, isAfterArticle } from '../lib/dates.js';

export type RegionalRow = Row & {
  country: string;
  iso3: string;
  year: number;
  constant_2023_usd_m: number;
  source: string;
  source_url: string;
};

/** The ten years to 2021, the last full year the article (June 2022) could rely on. */
export const FROM_YEAR = 2011;
export const TO_YEAR = 2021;
const CHINA = 'CHN';
const JAPAN = 'JPN';
/** SIPRI estimates these countries' spending itself. */
const ESTIMATED = new Set([CHINA, 'RUS']);
const NAMES: Record<string, [wide: string, narrow: string]> = { 'Korea, South': ['South Korea', 'S. Korea'] };
/** The powers the sentence names in series colours, Japan in the accent; the others muted. */
const COLOR: Record<string, (colors: ChartColors) => string | undefined> = {
  CHN: (c) => c.series[0],
  RUS: (c) => c.series[2],
  JPN: (c) => c.accent,
};

const nameOf = (row: RegionalRow, narrow = false) => NAMES[row.country]?.[narrow ? 1 : 0] ?? row.country;
const usdMillions = (v: number) => `US$${formatExact(v)} million`;
/** A growth computed from two published figures, to one decimal: "+85.9%". */
const growthText = (change: number) => `${change < 0 ? '−' : '+'}${Math.abs(change).toFixed(1)}%`;
const grewBy = (change: number) => `${change < 0 ? 'fell' : 'grew'} ${growthText(change).slice(1)}`;

/** One country's spending in the two years the check compares, and the change between them. */
interface Growth {
  iso3: string;
  name: string;
  from: number;
  to: number;
  /** Per cent. */
  change: number;
}

function growthOf(rows: RegionalRow[], iso3: string): Growth | undefined {
  const at = (year: number) => rows.find((r) => r.iso3 === iso3 && r.year === year);
  const [from, to] = [at(FROM_YEAR), at(TO_YEAR)];
  if (!from || !to) return undefined;
  return { iso3, name: nameOf(from), from: from.constant_2023_usd_m, to: to.constant_2023_usd_m, change: (to.constant_2023_usd_m / from.constant_2023_usd_m - 1) * 100 };
}

/** Every country's growth, the fastest first. */
const growths = (rows: RegionalRow[]) =>
  [...new Set(rows.map((r) => r.iso3))].flatMap((iso3) => growthOf(rows, iso3) ?? []).sort((a, b) => b.change - a.change);

const figureOf = (g: Growth): CheckFigure => ({
  label: `${g.name}, ${FROM_YEAR}–${TO_YEAR}, constant (2023) US$ millions`,
  value: `${formatExact(g.from)} → ${formatExact(g.to)} (${growthText(g.change)})`,
});

export function check(rows: RegionalRow[]): ClaimCheck {
  const all = growths(rows);
  const china = all.find((g) => g.iso3 === CHINA);
  const japan = all.find((g) => g.iso3 === JAPAN);
  if (!china || !japan) {
    return {
      status: 'unverifiable',
      verdict: 'Cannot be checked',
      reasoning: `The data lacks China’s or Japan’s military expenditure for ${FROM_YEAR} or ${TO_YEAR}.`,
      figures: [],
    };
  }
  const figures = all.map(figureOf);
  const deciding = figureOf(china);
  const chinaSpent = `SIPRI’s estimates put China’s military spending at ${usdMillions(china.from)} in ${FROM_YEAR} and ${usdMillions(china.to)} in ${TO_YEAR} (constant 2023 US$), ${growthText(china.change)}`;
  const japanSpent = `Japan’s went from ${usdMillions(japan.from)} to ${usdMillions(japan.to)}, ${growthText(japan.change)}`;
  if (china.change <= 0) {
    return { status: 'not-supported', verdict: 'Not supported', reasoning: `${chinaSpent}: no build-up in the ten years to ${TO_YEAR}.`, figures, deciding };
  }
  if (china.change <= japan.change) {
    return {
      status: 'partly-supported',
      verdict: 'Partly supported',
      reasoning: `${chinaSpent}; but ${japanSpent}: China’s spending grew no faster than Japan’s.`,
      figures,
      deciding,
    };
  }
  const russia = all.find((g) => g.iso3 === 'RUS');
  return {
    status: 'supported',
    verdict: 'Supported',
    reasoning:
      `${chinaSpent}; ${japanSpent}. China’s build-up outpaced Japan’s` +
      (russia ? `; Russia’s spending ${grewBy(russia.change)} (${formatExact(russia.from)} to ${formatExact(russia.to)}).` : '.'),
    figures,
    deciding,
  };
}

const FALLBACK_TITLE = 'Military spending of China, Russia, Japan and their neighbours';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: RegionalRow[]): string {
  const [china, japan] = [CHINA, JAPAN].map((iso3) => growthOf(rows, iso3));
  if (!china || !japan) return FALLBACK_TITLE;
  return `China’s military spending ${grewBy(china.change)} in real terms from ${FROM_YEAR} to ${TO_YEAR}; Japan’s ${grewBy(japan.change)}`;
}

/** The countries, the largest spender in the latest year first. */
function lines(rows: RegionalRow[]): RegionalRow[][] {
  const byCountry = [...new Set(rows.map((r) => r.iso3))].map((iso3) => rows.filter((r) => r.iso3 === iso3).sort((a, b) => a.year - b.year));
  return byCountry.sort((a, b) => b.at(-1)!.constant_2023_usd_m - a.at(-1)!.constant_2023_usd_m);
}

export function describe(rows: RegionalRow[]): string {
  const series = lines(rows);
  if (!series.length) return 'No data for military expenditure in the region.';
  const years = rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const growth = growths(rows).map((g) => `${g.name} ${growthText(g.change)}`);
  return (
    `Line chart of military expenditure in constant (2023) US dollars, ${first}–${last}, on a logarithmic scale, from SIPRI, ` +
    `for ${series.map((s) => nameOf(s[0]!)).join(', ')}. ` +
    (growth.length ? `From ${FROM_YEAR} to ${TO_YEAR}: ${growth.join(', ')}. ` : '') +
    `In ${last}: ${series.flatMap((s) => (s.at(-1)!.year === last ? [`${nameOf(s[0]!)} ${usdMillions(s.at(-1)!.constant_2023_usd_m)}`] : [])).join(', ')}.`
  );
}

function tip(row: RegionalRow): string {
  return [
    `${nameOf(row)}, ${row.year}${isAfterArticle(String(row.year)) ? ' (after the article)' : ''}`,
    `${usdMillions(row.constant_2023_usd_m)}, constant (2023) prices`,
    `Source: ${row.source}${ESTIMATED.has(row.iso3) ? ' (SIPRI estimate)' : ''}`,
  ].join('\n');
}

export function chart(rows: RegionalRow[], { width = 640, height = 360, colors = DEFAULT_COLORS, ...options }: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const series = lines(rows).map((country) => {
    const iso3 = country[0]!.iso3;
    return {
      label: nameOf(country[0]!, narrow),
      color: COLOR[iso3]?.(colors) ?? colors.muted,
      highlight: iso3 === JAPAN,
      // Dots at the two years the check compares.
      points: country.map((r) => ({ x: r.year, y: r.constant_2023_usd_m, dot: r.year === FROM_YEAR || r.year === TO_YEAR, tip: tip(r) })),
    };
  });
  return seriesChart(series, {
    ...options,
    width,
    height,
    colors,
    yType: 'log',
    yLabel: narrow ? 'US$ millions, 2023 prices (log scale)' : 'Military expenditure, constant (2023) US$ millions (log scale)',
    yTickFormat: formatExact,
    xTicks: narrow ? 3 : 5,
    marginLeft: 64,
    marker: { x: Number(ARTICLE_LAST_DAY.slice(0, 4)), label: narrow ? 'Article' : 'Article (June 2022)' },
  });
}

export const regionalMilitarySpending: Indicator<RegionalRow> = {
  id: 'regional-military-spending',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'Military expenditure, constant (2023) US$ millions, log scale, 2000–2024 (SIPRI)',
  claims: [
    {
      id: 'regional-military-spending',
      quote:
        'Such an increase could be significant in responding to security issues in the region, namely China’s military buildup and unilateral attempts to change the status quo and Russia’s increasingly assertive posture.',
      excerpt: 'China’s military buildup',
      check,
    },
  ],
  dataset: { name: 'regional-military-spending', text },
  notes: [
    'We test “China’s military buildup” by the growth of China’s military spending in real terms over the ten years to 2021, the last full year the article could rely on, against Japan’s. Spending is one measure of a build-up; it does not count forces or equipment. Russia’s “assertive posture” is not a figure; its spending is shown for context.',
    'SIPRI’s figures for China and Russia are SIPRI estimates.',
    'Constant (2023) US$ removes inflation and converts every year at 2023 exchange rates, so growth reflects real spending, not exchange-rate swings.',
    'The scale is logarithmic: equal slopes mean equal rates of growth, and spending levels far apart stay readable on one chart. Figures for years after the article are marked as such in the tips.',
  ],
  chart,
  describe,
  explore: { countries: ['CHN', 'RUS', 'JPN', 'KOR', 'AUS', 'TWN'], measure: 'constant_2023_usd_m', measures: MEASURE_NAMES, years: [2000, 2024] },
};
