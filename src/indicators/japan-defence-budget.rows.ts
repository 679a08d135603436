/** The rows of `japan-defence-budget` and the readings of them that the check and the chart share. */
import type { Row } from '../lib/datapackage.js';

export type Series = 'mod-excluding' | 'mod-including' | 'buildup-program-total' | 'share-sipri' | 'share-government';
export type Stage = 'initial budget' | 'draft budget' | 'with supplementary budget' | 'as reported' | 'plan' | 'five-year plan' | 'goal' | 'SIPRI';
/** The two bases the Ministry of Defense publishes its budget on. */
export type Basis = Extract<Series, 'mod-excluding' | 'mod-including'>;

export type BudgetRow = Row & {
  /** Fiscal year (April–March); the calendar year for SIPRI's share. */
  fiscal_year: number;
  series: Series;
  value: number;
  unit: 'trillion yen' | '% of GDP';
  stage: Stage;
  as_of: string | null;
  confidence: 'H' | 'M';
  source: string;
  source_url: string;
  source_quote: string | null;
};

/** The fiscal year of the article (June 2022): the budget the sentence would double. */
export const BASE_YEAR = 2022;

export const BASIS_NAME: Record<Basis, string> = {
  'mod-excluding': 'excluding SACO and US-realignment costs',
  'mod-including': 'including SACO and US-realignment costs',
};

/** "¥5.1788 trillion": the figure as published. */
export const yen = (trillions: number) => `¥${trillions} trillion`;
/** "×1.64": a ratio computed from two published figures, to two decimals. */
export const times = (ratio: number) => `×${ratio.toFixed(2)}`;

const byYear = (a: BudgetRow, b: BudgetRow) => a.fiscal_year - b.fiscal_year;

/** The rows of one series, oldest first. */
export const rowsOf = (rows: BudgetRow[], series: Series): BudgetRow[] => rows.filter((r) => r.series === series).sort(byYear);

/** Enacted (initial) budgets on one basis, oldest first: what the check compares. */
export const budgetsOn = (rows: BudgetRow[], basis: Basis): BudgetRow[] => rowsOf(rows, basis).filter((r) => r.stage === 'initial budget');

/** The latest row of a later stage on one basis (a draft budget, the plan), or undefined. */
export const laterOn = (rows: BudgetRow[], basis: Basis, stage: Extract<Stage, 'draft budget' | 'plan'>): BudgetRow | undefined =>
  rowsOf(rows, basis).filter((r) => r.stage === stage).pop();

/** "one secondary source" where only one secondary source states the figure. */
export const secondary = (row: BudgetRow) => (row.confidence === 'M' ? '\nOne secondary source' : '');
