import type { ChartColors } from './lib/chart.js';
import type { DatasetText } from './lib/data.js';
import type { Row } from './lib/datapackage.js';
import type { Explore } from './explore/view.js';

/** Whether the data bears out the article's claim. */
export type ClaimStatus = 'supported' | 'partly-supported' | 'not-supported' | 'unverifiable';

/** A figure that a claim check used, shown beside its verdict. */
export interface CheckFigure {
  /** What the figure is, e.g. "Japan, 2021, share of GDP". */
  label: string;
  /** The figure as the reader should see it, with its unit, e.g. "1.06%". */
  value: string;
}

/** The outcome of testing a claim against its dataset. Computed, never typed in. */
export interface ClaimCheck {
  status: ClaimStatus;
  /** A short verdict, e.g. "Partly supported". */
  verdict: string;
  /** One line of reasoning that ties the figures to the verdict. */
  reasoning: string;
  /** The figures the reasoning used. */
  figures: CheckFigure[];
  /** The one figure that decides the verdict, as the scorecard shows it; the first of `figures` when absent. */
  deciding?: CheckFigure;
}

/** Layout a chart function is given; it never fetches and never reads the page. */
export interface ChartOptions {
  /** Width of the chart in pixels. */
  width?: number;
  /** Height in pixels; each chart picks a default that suits its marks. */
  height?: number;
  /** The document to create elements in: `window.document` in a browser, jsdom's in Node. */
  document?: Document;
  /** Colours, from the element's `--di-*` custom properties; `DEFAULT_COLORS` otherwise. */
  colors?: ChartColors;
}

/** One claim of the article: the sentence that makes it, quoted word for word, and its test. */
export interface Claim<R extends Row = Row> {
  /** Stable id, unique across the dashboard: the indicator's id for a card's only claim. */
  id: string;
  /** The article's whole sentence, word for word; tests check it appears in the article. */
  quote: string;
  /** The words of the sentence that make this claim, word for word, for the scorecard; the whole quote when absent. */
  excerpt?: string;
  /** Tests the claim against the card's rows. Pure: the same rows give the same verdict. */
  check(rows: R[]): ClaimCheck;
}

/**
 * One claim of the article, tested against one dataset.
 *
 * Adding an indicator means adding its CSV (with its entry in `datasets/datapackage.json`),
 * one module that exports an `Indicator`, and one line in `src/indicators/index.ts`.
 */
export interface Indicator<R extends Row = Row> {
  /** Stable public id, used in `<defence-indicator indicator="…">` and as the CSV file name. */
  id: string;
  /** A headline that states the finding, as a newspaper chart would; it holds no figure the data could contradict. */
  title: string;
  /** The headline computed from the rows, where the finding is a figure (a rank, a count); `title` when absent. */
  headline?(rows: R[]): string;
  /** The measure and its unit. */
  subtitle: string;
  /** The sentences the card tests, in the article's order: most cards test one, a timeline several. */
  claims: ReadonlyArray<Claim<R>>;
  /** The CSV behind the chart (bundled with `?raw`) and its resource name in `datasets/datapackage.json`. */
  dataset: DatasetText;
  /** Where the definition of a figure matters to reading it. */
  notes: string[];
  /** Draws the chart with Observable Plot. Pure: data first, layout second. */
  chart(rows: R[], options?: ChartOptions): SVGSVGElement | HTMLElement;
  /** A text alternative for the chart that states its finding. */
  describe(rows: R[]): string;
  /**
   * For a card drawn from SIPRI's figures: the countries, measure and years its chart shows, and
   * the measures that make sense for its claim. The card then offers an explorer of SIPRI's whole release.
   */
  explore?: Explore;
  /** The card's "Since the article" items, oldest first; the shared reader of the `since-the-article` dataset when absent. */
  since?(indicatorId: string): SinceItem[];
}

/** The card's headline: computed from the rows where the indicator can, its fixed title otherwise. */
export function headlineOf<R extends Row>(indicator: Indicator<R>, rows: R[]): string {
  return indicator.headline?.(rows) ?? indicator.title;
}

/** One dated item of a card's "Since the article" section: a change after June 2022 that bears on the claim. */
export interface SinceItem extends Row {
  /** The card it belongs to. */
  indicator_id: string;
  /** A day, a month or the year a yearly figure covers: "2022-12-16", "2025-12", "2024". */
  date: string;
  /** What changed, in plain words. */
  text: string;
  /** H: official or primary, or several sources that agree; M: only one secondary source states it. */
  confidence: 'H' | 'M';
  source: string;
  source_url: string;
  /** The source's sentence, word for word; null for SIPRI's figures, read from its database. */
  source_quote: string | null;
}

/** A claim with its verdict on the card's rows. */
export interface CheckedClaim<R extends Row = Row> {
  claim: Claim<R>;
  check: ClaimCheck;
}

/** Every claim of the indicator, checked against its rows, in the card's order. */
export function checkClaims<R extends Row>(indicator: Indicator<R>, rows: R[]): CheckedClaim<R>[] {
  return indicator.claims.map((claim) => ({ claim, check: claim.check(rows) }));
}

/** What a card shows that is worked out from its rows. */
export interface Findings {
  title: string;
  checks: CheckedClaim[];
  description: string;
}

/** Findings by rows, then by indicator: the data cache (`loadRows`) gives every card and scorecard of a page the same rows. */
const worked = new WeakMap<Row[], Map<Indicator<any>, Partial<Findings>>>();

function once<K extends keyof Findings>(indicator: Indicator<Row>, rows: Row[], key: K, work: () => Findings[K]): Findings[K] {
  let byIndicator = worked.get(rows);
  if (!byIndicator) worked.set(rows, (byIndicator = new Map()));
  let found = byIndicator.get(indicator);
  if (!found) byIndicator.set(indicator, (found = {}));
  return (found[key] ??= work()) as Findings[K];
}

/** The claims checked against the data cache's rows: once per page, however many cards and scorecards show them. */
export const checksOf = (indicator: Indicator<Row>, rows: Row[]): CheckedClaim[] => once(indicator, rows, 'checks', () => checkClaims(indicator, rows));

/** What a card works out from the data cache's rows: once per page, however many cards show the indicator. */
export const findingsOf = (indicator: Indicator<Row>, rows: Row[]): Findings => ({
  title: once(indicator, rows, 'title', () => headlineOf(indicator, rows)),
  checks: checksOf(indicator, rows),
  description: once(indicator, rows, 'description', () => indicator.describe(rows)),
});

/** The figure that decides a verdict: the one the check names, or its first. */
export const decidingFigure = (check: ClaimCheck): CheckFigure | undefined => check.deciding ?? check.figures[0];
