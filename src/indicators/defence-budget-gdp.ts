import text from '../../datasets/defence-budget-gdp.csv?raw';
import { isAfterArticle, longDate } from '../lib/dates.js';
import type { ChartOptions, ClaimCheck, Indicator } from '../indicator.js';
import { seriesChart } from '../charts/series.js';
import { DEFAULT_COLORS, NARROW } from '../lib/chart.js';
import type { Row } from '../lib/datapackage.js';
import { MEASURE_NAMES } from '../explore/view.js';

export type BudgetRow = Row & {
  /** Japan: the policy rows are Japan's too. */
  country: string;
  iso3: string;
  year: number;
  share_of_gdp_pct: number;
  kind: 'observed' | 'benchmark cited' | 'target';
  /** Date of the policy document; null for observed figures. */
  decided: string | null;
  note: string | null;
  source: string;
  source_url: string;
  source_quote: string | null;
};

/** The article appeared in June 2022: the latest full year it could rely on is 2021. */
const ARTICLE_YEAR = 2022;
const BASELINE_YEAR = 2021;
/** The years over which the description gives the range of the share ("close to 1%" hid it). */
const RANGE_YEARS = [1960, 2022] as const;
const pct = (v: number) => `${v}%`;
/** Reference labels start here, where the line runs well below them. */
const LABEL_YEAR = 1962;

const observed = (rows: BudgetRow[]) => rows.filter((r) => r.kind === 'observed');
/** Policy levels the article could have described: decided by its date. */
const policiesByArticle = (rows: BudgetRow[]) => rows.filter((r) => r.kind !== 'observed' && !isAfterArticle(r.decided));
/** Goals set after the article, shown on the chart but never used for the verdict. */
const laterTargets = (rows: BudgetRow[]) => rows.filter((r) => r.kind === 'target' && isAfterArticle(r.decided));

/** "In December 2022, after the article, …": what a later goal changes in how the claim reads, or nothing. */
function laterGoal(rows: BudgetRow[]): string {
  const goal = laterTargets(rows)[0];
  return goal
    ? ` After the article, on ${longDate(goal.decided!)}, the National Security Strategy set a goal of ${pct(goal.share_of_gdp_pct)} of GDP ` +
        `for FY${goal.year}, on Japan’s own measure (defence plus related spending), not SIPRI’s.`
    : '';
}
export function check(rows: BudgetRow[]): ClaimCheck {
  const series = observed(rows);
  const at = (year: number) => series.find((r) => r.year === year)?.share_of_gdp_pct;
  const baseline = at(BASELINE_YEAR);
  const policies = policiesByArticle(rows);
  const target = policies.find((r) => r.kind === 'target' && r.share_of_gdp_pct === 2);
  const benchmark = policies.find((r) => r.kind === 'benchmark cited' && r.share_of_gdp_pct === 2);
  const latest = series.reduce<BudgetRow | undefined>((a, r) => (!a || r.year > a.year ? r : a), undefined);
  if (baseline === undefined || !latest) {
    return {
      status: 'unverifiable',
      verdict: 'Cannot be checked',
      reasoning: `The data has no share of GDP for Japan in ${BASELINE_YEAR}.`,
      figures: [],
    };
  }
  const figures = [
    { label: `Japan, ${BASELINE_YEAR} (SIPRI)`, value: pct(baseline) },
    ...[ARTICLE_YEAR, latest.year]
      .filter((y, i, a) => a.indexOf(y) === i && at(y) !== undefined)
      .map((y) => ({ label: `Japan, ${y} (SIPRI)`, value: pct(at(y)!) })),
  ];
  const startsAtOne = Math.round(baseline) === 1;
  if (!startsAtOne) {
    return {
      status: 'not-supported',
      verdict: 'Not supported',
      reasoning: `SIPRI puts Japan at ${pct(baseline)} of GDP in ${BASELINE_YEAR}, not about 1%.`,
      figures,
    };
  }
  if (target) {
    return {
      status: 'supported',
      verdict: 'Supported',
      reasoning: `Japan spent ${pct(baseline)} of GDP in ${BASELINE_YEAR}, and a policy sets a 2% target (${target.note ?? target.source}).`,
      figures: [...figures, { label: 'Target set', value: pct(target.share_of_gdp_pct) }],
      deciding: { label: 'Target set by the Basic Policy', value: pct(target.share_of_gdp_pct) },
    };
  }
  if (benchmark) {
    return {
      status: 'partly-supported',
      verdict: 'Partly supported',
      reasoning:
        `Japan did spend about 1% of GDP (${pct(baseline)} in ${BASELINE_YEAR}), but the Basic Policy 2022 only cites ` +
        `NATO’s 2% benchmark; it sets no 2% target for Japan. By ${latest.year} the share was ${pct(latest.share_of_gdp_pct)}.` +
        laterGoal(rows),
      figures: [
        ...figures,
        { label: 'NATO benchmark cited, not adopted, by the Basic Policy 2022', value: pct(benchmark.share_of_gdp_pct) },
        ...laterTargets(rows).map((r) => ({ label: `Goal for FY${r.year}, set ${longDate(r.decided!)} (after the article)`, value: pct(r.share_of_gdp_pct) })),
      ],
      deciding: { label: 'NATO benchmark cited by the Basic Policy 2022, no target set', value: pct(benchmark.share_of_gdp_pct) },
    };
  }
  return {
    status: 'not-supported',
    verdict: 'Not supported',
    reasoning: `Japan spent ${pct(baseline)} of GDP in ${BASELINE_YEAR}, but the data holds no 2% target or benchmark.`,
    figures,
  };
}

const FALLBACK_TITLE = 'Japan’s defence spending as a share of GDP, against the 1% and 2% levels';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: BudgetRow[]): string {
  const series = observed(rows);
  const latest = series[series.length - 1];
  const article = series.find((r) => r.year === ARTICLE_YEAR);
  if (!latest || !article) return FALLBACK_TITLE;
  const change = latest.share_of_gdp_pct > article.share_of_gdp_pct ? 'had risen to' : 'stood at';
  return (
    `Japan spent ${pct(article.share_of_gdp_pct)} of GDP on defence in ${ARTICLE_YEAR}; by ${latest.year} it ${change} ` +
    `${pct(latest.share_of_gdp_pct)}, ${latest.share_of_gdp_pct < 2 ? 'still short of' : 'at or above'} 2%`
  );
}

export function describe(rows: BudgetRow[]): string {
  const series = observed(rows);
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return 'No data for Japan’s military expenditure as a share of GDP.';
  const span = series.filter((r) => r.year >= RANGE_YEARS[0] && r.year <= RANGE_YEARS[1]).map((r) => r.share_of_gdp_pct);
  const goal = laterTargets(rows)[0];
  return (
    `Line chart of Japan's military expenditure as a share of GDP, ${first.year}–${last.year}, from SIPRI. ` +
    (span.length ? `From ${RANGE_YEARS[0]} to ${RANGE_YEARS[1]} it ranged from ${pct(Math.min(...span))} to ${pct(Math.max(...span))}; ` : '') +
    `in ${last.year} it was ${pct(last.share_of_gdp_pct)}, ${last.share_of_gdp_pct < 2 ? 'below' : 'at or above'} the 2% level NATO asks of its members.` +
    (goal ? ` A marker at FY${goal.year} shows the 2% goal Japan set on ${longDate(goal.decided!)}, on its own measure.` : '')
  );
}

export function chart(rows: BudgetRow[], { width = 640, height = 320, document, colors = DEFAULT_COLORS }: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const series = observed(rows);
  // One rule per level: the benchmark the Basic Policy cites and a later goal can both be 2%.
  const levels = [...new Map(policiesByArticle(rows).map((r) => [r.share_of_gdp_pct, r])).values()];
  const last = series[series.length - 1];
  const narrow = width < NARROW;
  const levelLabel = (d: BudgetRow) =>
    d.kind === 'target'
      ? `${pct(d.share_of_gdp_pct)}: target set in ${d.decided?.slice(0, 4) ?? d.year}`
      : narrow
        ? `${pct(d.share_of_gdp_pct)}: NATO guideline`
        : `${pct(d.share_of_gdp_pct)}: NATO guideline for its members, cited by Japan’s Basic Policy (June ${d.year})`;
  const japan = {
    // Narrow: the axis already shows the year; the label keeps only the figure.
    label: !last ? '' : narrow ? pct(last.share_of_gdp_pct) : `${last.year}: ${pct(last.share_of_gdp_pct)}`,
    color: colors.accent,
    highlight: true,
    points: series.map((r) => ({
      x: r.year,
      y: r.share_of_gdp_pct,
      dot: r.year >= BASELINE_YEAR,
      tip: `Japan, ${r.year}\n${pct(r.share_of_gdp_pct)} of GDP\nSource: ${r.source}`,
    })),
  };
  return seriesChart([japan], {
    width,
    height,
    document,
    colors,
    yLabel: 'Share of GDP (%)',
    yDomain: [0, 2.5],
    levels: [{ y: 1, label: '1%' }, ...levels.map((d) => ({ y: d.share_of_gdp_pct, label: levelLabel(d) }))],
    levelLabelX: LABEL_YEAR,
    marker: { x: ARTICLE_YEAR, label: narrow ? 'Article' : 'Article (June 2022)' },
    // A goal set after the article, at the fiscal year it is set for: not what the article describes.
    goals: laterTargets(rows).map((d) => ({
      x: d.year,
      y: d.share_of_gdp_pct,
      label: narrow ? `FY${d.year} goal` : `FY${d.year} goal, set Dec ${d.decided?.slice(0, 4)}, after the article\n(Japan’s measure, incl. related spending)`,
      tip: `FY${d.year} goal: ${pct(d.share_of_gdp_pct)} of GDP, on Japan’s own measure (defence plus related spending)\nSet ${longDate(d.decided!)}, after the article\nSource: ${d.source}`,
    })),
  });
}

export const defenceBudgetGdp: Indicator<BudgetRow> = {
  id: 'defence-budget-gdp',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'Military expenditure as a share of GDP, per cent, 1952–2024 (SIPRI)',
  claims: [
    {
      id: 'defence-budget-gdp',
      quote:
        'The Kishida government’s Basic Policy 2022 proposes to double Japan’s defence budget from 1% of GDP (the ninth largest globally) to 2%, the same level of contribution expected of NATO states.',
      excerpt: 'proposes to double Japan’s defence budget from 1% of GDP (the ninth largest globally) to 2%',
      check,
    },
  ],
  dataset: { name: 'defence-budget-gdp', text },
  notes: [
    'SIPRI’s military expenditure follows SIPRI’s definition (it includes, for example, some costs outside the Ministry of Defense budget), so it differs from Japan’s defence budget as the Ministry of Defense counts it.',
    'The Basic Policy 2022 (cabinet decision, 7 June 2022) cites NATO members’ 2%-of-GDP benchmark and pledges to strengthen defence drastically within five years; it sets no explicit 2% target for Japan.',
    'After the article, the National Security Strategy of 16 December 2022 set a goal: defence spending plus related spending (coast guard, research, infrastructure and more) at 2% of FY2022 GDP in FY2027. That is Japan’s own measure, not SIPRI’s, so the marker stands beside the SIPRI line, not on it. The verdict tests the June 2022 sentence.',
  ],
  chart,
  describe,
  explore: { countries: ['JPN'], measure: 'share_of_gdp_pct', measures: MEASURE_NAMES, years: [1952, 2024] },
};
