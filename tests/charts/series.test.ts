/**
 * The series builder on small, fixed data: a line per series labelled at its end, labels that
 * would overlap moved apart, reference levels, the article's marker, a goal point, a log scale,
 * and snapshots of each case in `tests/output/charts/`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dodge, type LineSeries, seriesChart, type SeriesOptions } from '../../src/charts/series.js';
import { DEFAULT_COLORS, formatExact } from '../../src/lib/chart.js';
import { contrast, parseColor } from '../wcag.js';
import { expectSnapshot, newDocument, positionOf, svgOf, textsOf } from './builder-helpers.js';

const line = (label: string, values: number[], extra: Partial<LineSeries> = {}): LineSeries => ({
  label,
  points: values.map((y, i) => ({ x: 2010 + i, y, tip: `${label}, ${2010 + i}: ${y}`, dot: i === values.length - 1 })),
  ...extra,
});
/** Two series that end 0.02 apart, one well above them, the subject highlighted. */
const CLOSE_ENDS: LineSeries[] = [
  line('High', [2.6, 2.8, 3, 3.1]),
  line('Subject', [1, 1.1, 1.2, 1.5], { color: DEFAULT_COLORS.accent, highlight: true }),
  line('Close', [1.8, 1.6, 1.5, 1.52]),
];
const LEVELS: SeriesOptions = {
  yLabel: 'Share of GDP (%)',
  levels: [{ y: 1, label: '1%' }, { y: 2, label: '2%: a guideline' }],
  marker: { x: 2012, label: 'Article' },
  goals: [{ x: 2015, y: 2, label: 'Goal', tip: 'Goal for 2015: 2%' }],
};
/** Values two orders of magnitude apart, growing at different rates. */
const SPREAD: LineSeries[] = [line('Large', [100_000, 150_000, 225_000]), line('Small', [1_000, 1_100, 1_210]), line('Middle', [10_000, 9_000, 12_000])];

let document: Document;
beforeAll(() => {
  document = newDocument();
});

describe('dodge', () => {
  it('leaves positions far enough apart where they are', () => expect(dodge([10, 50, 30], 14, [0, 100])).toEqual([10, 50, 30]));

  it('moves close positions apart by the gap, keeping their order', () => {
    const placed = dodge([40, 45, 42, 90], 14, [0, 100]);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(14);
    expect(placed[0]!).toBeLessThan(placed[2]!);
    expect(placed[2]!).toBeLessThan(placed[1]!);
  });

  it('keeps positions within the bounds, pushing back from the edge', () => {
    const placed = dodge([98, 99, 100], 14, [0, 100]);
    expect(Math.max(...placed)).toBeLessThanOrEqual(100);
    expect(placed).toEqual([72, 86, 100]);
  });
});

describe('seriesChart', () => {
  it('labels each line at its end, in its colour, the subject in bold', () => {
    const node = seriesChart(CLOSE_ENDS, { ...LEVELS, document });
    for (const text of ['High', 'Subject', 'Close', '1%', '2%: a guideline', 'Article', 'Goal']) expect(textsOf(node)).toContain(text);
    const subject = [...node.querySelectorAll('text')].find((t) => t.textContent === 'Subject')!.closest('g')!;
    expect(subject.getAttribute('fill')).toBe(DEFAULT_COLORS.accent);
    expect(subject.getAttribute('font-weight')).toBe('bold');
    // Unnamed colours are the series colours in turn.
    expect([...node.querySelectorAll('text')].find((t) => t.textContent === 'High')!.closest('g')!.getAttribute('fill')).toBe(DEFAULT_COLORS.series[0]);
  });

  it('draws a label in its line’s colour, made darker where that colour is too pale to read as text', () => {
    const node = seriesChart([line('Pale', [1, 2], { color: DEFAULT_COLORS.muted }), ...CLOSE_ENDS], { document });
    const paleLabel = [...node.querySelectorAll('text')].find((t) => t.textContent === 'Pale')!.closest('g')!.getAttribute('fill')!;
    expect(svgOf(node).querySelector('g[aria-label="line"]')!.getAttribute('stroke')).toBe(DEFAULT_COLORS.muted);
    expect(contrast(parseColor(DEFAULT_COLORS.muted)!, [255, 255, 255])).toBeLessThan(4.5);
    expect(contrast(parseColor(paleLabel)!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
  });

  it.each([320, 640, 1200])('moves end labels that would overlap apart at %i px', (width) => {
    const node = seriesChart(CLOSE_ENDS, { ...LEVELS, width, document });
    const [subject, close, high] = ['Subject', 'Close', 'High'].map((label) => positionOf(node, label));
    expect(Math.abs(subject!.y - close!.y)).toBeGreaterThanOrEqual(14);
    expect(subject!.x).toBe(close!.x);
    expect(high!.y).toBeLessThan(close!.y);
    expect(Number(svgOf(node).getAttribute('width'))).toBe(width);
  });

  it('draws the levels dashed and the marker and goal in the reference colour', () => {
    const node = seriesChart(CLOSE_ENDS, { ...LEVELS, document });
    expect(svgOf(node).querySelectorAll('g[stroke-dasharray="4,3"] line')).toHaveLength(2);
    expect(svgOf(node).querySelector('g[stroke-opacity="0.6"]')!.getAttribute('stroke')).toBe(DEFAULT_COLORS.reference);
    expect(svgOf(node).querySelector('g[aria-label="dot"] path')!.closest('g')!.getAttribute('fill')).toBe(DEFAULT_COLORS.reference);
  });

  it.each([640, 320])('puts the marker’s label above the frame at %i px, where no line runs through it: beside the axis label where it fits', (width) => {
    const node = seriesChart(CLOSE_ENDS, { ...LEVELS, width, document });
    const gridTop = Math.min(...[...svgOf(node).querySelectorAll('g[aria-label="y-grid"] line')].map((l) => Number(l.getAttribute('y1'))));
    const [marker, axisLabel] = ['Article', '↑ Share of GDP (%)'].map((text) => positionOf(node, text));
    expect(marker!.y).toBeLessThan(gridTop);
    // Beside the axis label at 640 px; on a row of its own below it at 320, where it would run into it.
    if (width === 640) expect(marker!.y).toBe(axisLabel!.y);
    else expect(marker!.y).toBeGreaterThan(axisLabel!.y);
  });

  it('spaces a log scale by ratios: equal growth, equal rise', () => {
    const node = seriesChart(SPREAD, { yType: 'log', yTicks: [1_000, 10_000, 100_000, 1_000_000], yTickFormat: formatExact, document });
    const ticks = [...node.querySelectorAll('g[aria-label="y-axis tick label"] text')];
    expect(ticks.map((t) => t.textContent)).toEqual(['1,000', '10,000', '100,000']);
    const ys = ticks.map((t) => Number(t.getAttribute('transform')!.match(/,([\d.]+)\)/)![1]));
    expect(ys[0]! - ys[1]!).toBeCloseTo(ys[1]! - ys[2]!, 6);
  });

  it('matches its snapshots: levels, marker and goal (640 and 320 px), and a log scale', () => {
    const cases: Array<[string, LineSeries[], SeriesOptions]> = [
      ['series', CLOSE_ENDS, { ...LEVELS, width: 640 }],
      ['series-narrow', CLOSE_ENDS, { ...LEVELS, width: 320 }],
      ['series-log', SPREAD, { yType: 'log', yLabel: 'US$ millions (log scale)', marginLeft: 56, width: 640 }],
    ];
    for (const [name, series, options] of cases) expectSnapshot(name, seriesChart(series, { ...options, document }));
  });
});
