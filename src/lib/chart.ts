import * as Plot from '@observablehq/plot';
/** Colours and helpers shared by the chart functions. */

/**
 * Default palette. Text colours pass WCAG AA (4.5:1) on white; graphic colours pass 3:1.
 * The element reads the `--di-*` custom properties and passes them in, so a report's theme
 * reaches the chart without the chart function knowing about CSS.
 */
export interface ChartColors {
  /** The subject of the claim (Japan). */
  accent: string;
  /** Everything the subject is compared with. */
  muted: string;
  /** Reference lines and annotations. */
  reference: string;
  /** Series told apart by colour (and, always, by a label or shape as well). */
  series: readonly string[];
  /** Fill behind tooltips. */
  background: string;
}

export const DEFAULT_COLORS: ChartColors = {
  accent: '#b42318',
  muted: '#8a8f98',
  reference: '#4a5160',
  series: ['#1d5a8c', '#b42318', '#7a4fa3', '#2f7d4f'],
  background: '#ffffff',
};

let grouped: Intl.NumberFormat | undefined;
/** Thousands separators as in "53,602": one formatter, made on first use, where each `toLocaleString` call would make its own. */
export const groupDigits = (value: number) => (grouped ??= new Intl.NumberFormat('en-GB')).format(value);

/** Formats a number as the source publishes it, with thousands separators and no rounding. */
export function formatExact(value: number): string {
  const [int, frac] = String(value).split('.');
  return groupDigits(Number(int)) + (frac ? `.${frac}` : '');
}

/** Below this width, charts drop secondary labels and shorten the rest. */
export const NARROW = 480;

/**
 * Makes a chart that Plot drew safe to put in a page: one text alternative on the SVG
 * (Plot's `aria-label` on bare `<g>` elements is invalid ARIA), and no inline `<style>`
 * (a strict Content-Security-Policy blocks it; the element's stylesheet carries those rules).
 * Call it before the chart is attached to the document.
 */
export function finishChart<T extends Element>(chart: T, description: string): T {
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  chart.querySelectorAll('style').forEach((style) => style.remove());
  chart.querySelectorAll('[aria-label]:not([role])').forEach((node) => node !== svg && node.removeAttribute('aria-label'));
  chart.querySelectorAll('[aria-description]').forEach((node) => node.removeAttribute('aria-description'));
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', description);
  }
  return chart;
}

/** The chart colours from the `--di-*` custom properties in force on an element. */
export function colorsOf(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: read('--di-accent', DEFAULT_COLORS.accent),
    muted: read('--di-muted', DEFAULT_COLORS.muted),
    reference: read('--di-reference', DEFAULT_COLORS.reference),
    series: DEFAULT_COLORS.series.map((color, i) => read(`--di-series-${i + 1}`, color)),
    background: read('--di-background', DEFAULT_COLORS.background),
  };
}

/** The colours as one short string, to tell whether a chart was drawn in the colours in force. */
export const colorsKey = ({ accent, muted, reference, series, background }: ChartColors): string =>
  [accent, muted, reference, ...series, background].join(' ');

/**
 * A mark `render` that drops the `aria-label` Plot puts on the mark's group. Pass it in the
 * options of a pointer transform (`Plot.pointerX({ render: unlabelled, … })`): Plot draws the
 * tip anew on every pointer move, after `finishChart` has run, and an `aria-label` on a bare
 * `<g>` is invalid ARIA. Readers who cannot point get the same figures from the data table.
 */
export const unlabelled: Plot.RenderFunction = (index, scales, values, dimensions, context, next) => {
  const group = next?.(index, scales, values, dimensions, context) ?? null;
  group?.removeAttribute('aria-label');
  return group;
};

/** Tips wrap at 24 ems at most; Plot draws them at 10 px and needs room beside them for the pointer. */
const TIP_MAX_EMS = 24;
const TIP_FONT_SIZE = 10;
const TIP_ROOM = 24;

/** A tip's line width in ems, no wider than half the chart, so that Plot can always fit it beside the pointer. */
export const tipLineWidth = (width: number): number => Math.min(TIP_MAX_EMS, (width / 2 - TIP_ROOM) / TIP_FONT_SIZE);
