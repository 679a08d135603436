/** The two panels of `japan-defence-budget`: the share of GDP on three measures, then the budget in yen. */
import type { ChartOptions } from '../indicator.js';
import { seriesChart, type LineSeries } from '../charts/series.js';
import { DEFAULT_COLORS, NARROW } from '../lib/chart.js';
import { BASE_YEAR, BASIS_NAME, type Basis, type BudgetRow, budgetsOn, laterOn, rowsOf, secondary, yen } from './japan-defence-budget.rows.js';

const ARTICLE_MARKER = { x: BASE_YEAR, label: 'Article (June 2022)' };
const SHARES_HEIGHT = 220;
const YEN_HEIGHT = 300;
const BASIS_LABEL: Record<Basis, [wide: string, narrow: string]> = {
  'mod-excluding': ['Excl. SACO, realignment', 'Excl.'],
  'mod-including': ['Incl. SACO, realignment', 'Incl.'],
};

const tipOf = (r: BudgetRow, what: string) => `${what}\nSource: ${r.source}${secondary(r)}`;

/**
 * SIPRI's share by calendar year and the government's by fiscal year; its FY2025 figure with the
 * supplementary budget as a point of its own, and its goal for FY2027 as the 2% level.
 */
function sharesPanel(rows: BudgetRow[], options: ChartOptions & { narrow: boolean }) {
  const { colors = DEFAULT_COLORS, narrow } = options;
  const government = rowsOf(rows, 'share-government');
  const shareTip = (r: BudgetRow, what: string) => // SIPRI's years are calendar years; the government's are fiscal years.
    tipOf(r, `${r.series === 'share-sipri' ? '' : 'FY'}${r.fiscal_year}: ${r.value}% of GDP, ${what}`);
  const points = (list: BudgetRow[], what: (r: BudgetRow) => string) => list.map((r) => ({ x: r.fiscal_year, y: r.value, dot: r.series !== 'share-sipri', tip: shareTip(r, what(r)) }));
  const goal = government.find((r) => r.stage === 'goal');
  const lines: LineSeries[] = [
    { label: narrow ? 'SIPRI' : 'SIPRI (calendar year)', color: colors.series[0], points: points(rowsOf(rows, 'share-sipri'), () => 'SIPRI’s definition') },
    {
      label: narrow ? 'Government' : 'Government measure',
      color: colors.accent,
      highlight: true,
      points: points(government.filter((r) => r.stage === 'initial budget' || r.stage === 'as reported'), (r) => `defence plus related spending (${r.stage})`),
    },
    {
      label: narrow ? 'With suppl.' : 'With supplementary',
      color: colors.series[2],
      points: points(government.filter((r) => r.stage === 'with supplementary budget'), () => 'defence plus related spending, with the supplementary budget'),
    },
  ];
  return seriesChart(lines, {
    ...options,
    height: SHARES_HEIGHT,
    yLabel: 'Share of GDP (%)',
    yDomain: [0, 2.5],
    xTicks: narrow ? 2 : 6,
    levels: [{ y: 1, label: '1%' }, { y: goal?.value ?? 2, label: goal && !narrow ? `${goal.value}%: the government’s goal for FY${goal.fiscal_year}` : '2%' }],
    marker: { ...ARTICLE_MARKER, label: narrow ? 'Article' : ARTICLE_MARKER.label },
  });
}

/**
 * The initial budgets on both bases and a level at twice FY2022's; the draft budget and the plan on
 * the defence-plan basis as a line of their own, in the reference colour, apart from the enacted ones.
 */
function yenPanel(rows: BudgetRow[], options: ChartOptions & { narrow: boolean }) {
  const { colors = DEFAULT_COLORS, narrow } = options;
  const bases: Basis[] = ['mod-excluding', 'mod-including'];
  const lines: LineSeries[] = bases.map((basis, i) => ({
    label: BASIS_LABEL[basis][narrow ? 1 : 0],
    color: i === 0 ? colors.accent : colors.series[0],
    highlight: i === 0,
    points: budgetsOn(rows, basis).map((r) => ({
      x: r.fiscal_year,
      y: r.value,
      dot: r.fiscal_year === BASE_YEAR,
      tip: tipOf(r, `FY${r.fiscal_year} initial budget: ${yen(r.value)}\n${BASIS_NAME[basis]}`),
    })),
  }));
  const laterTip = (r: BudgetRow, basis: Basis) =>
    tipOf(r, `FY${r.fiscal_year} ${r.stage === 'plan' ? 'plan (about)' : 'draft budget, not enacted'}: ${yen(r.value)}\n${BASIS_NAME[basis]}`);
  const later = (['draft budget', 'plan'] as const).flatMap((stage) => laterOn(rows, 'mod-excluding', stage) ?? []);
  if (later.length) {
    lines.push({
      label: narrow ? 'Draft, plan' : 'Draft, plan (excl.)',
      color: colors.reference,
      points: later.map((r) => ({ x: r.fiscal_year, y: r.value, dot: true, tip: laterTip(r, 'mod-excluding') })),
    });
  }
  // The draft with SACO and US-realignment costs: a point with its tip, no label beside the line's.
  const draftIncluding = laterOn(rows, 'mod-including', 'draft budget');
  const base = budgetsOn(rows, 'mod-excluding').find((r) => r.fiscal_year === BASE_YEAR);
  return seriesChart(lines, {
    ...options,
    height: YEN_HEIGHT,
    yLabel: 'Trillion yen',
    yDomain: [0, 12],
    levels: base ? [{ y: 2 * base.value, label: narrow ? `2× FY${BASE_YEAR}` : `Twice FY${BASE_YEAR}’s budget (excl.): ${yen(2 * base.value)}` }] : [],
    marker: { ...ARTICLE_MARKER, label: narrow ? 'Article' : ARTICLE_MARKER.label },
    goals: draftIncluding ? [{ x: draftIncluding.fiscal_year, y: draftIncluding.value, label: '', tip: laterTip(draftIncluding, 'mod-including') }] : [],
  });
}

/** A panel's heading, as text beside its SVG: the card's own styles set its type. */
function panel(document: Document, heading: string, chart: Element): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = heading;
  title.append(strong);
  box.append(title, chart);
  return box;
}

export function chart(rows: BudgetRow[], { width = 640, document = globalThis.document, colors = DEFAULT_COLORS }: ChartOptions = {}): HTMLElement {
  const options = { width, document, colors, narrow: width < NARROW };
  const figure = document.createElement('div');
  figure.append(
    panel(document, 'Share of GDP on different measures', sharesPanel(rows, options)),
    panel(document, 'Ministry of Defense budget, trillion yen (initial budgets)', yenPanel(rows, options)),
  );
  return figure;
}
