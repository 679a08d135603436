/**
 * The ranked-bars builder on small, fixed data: ranks and names left of the bars, figures beside
 * or inside them, the subject highlighted, a row without a figure, a reference rule, the cut of an
 * outlying first bar, and snapshots of each case in `tests/output/charts/`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type RankedBar, rankedBars, type RankedBarsOptions } from '../../src/charts/ranked-bars.js';
import { DEFAULT_COLORS } from '../../src/lib/chart.js';
import { expectSnapshot, newDocument, svgOf, textsOf } from './builder-helpers.js';

/** Shares of GDP: one long bar, one subject outside the ranking, one row without a figure. */
const SHARES: RankedBar[] = [
  { label: 'Alpha', value: 3.5, rank: 1, tip: 'Alpha\n3.5%' },
  { label: 'Bravo', value: 2.2, rank: 2, valueLabel: '2.2%' },
  { label: 'Subject', value: 1.1, highlight: true, valueLabel: '1.1% (not ranked)', tip: 'Subject\n1.1%' },
  { label: 'Charlie', value: 0.9, rank: 3 },
  { label: 'Delta', value: null, valueLabel: 'no figure' },
];
const SHARE_OPTIONS: RankedBarsOptions = { xLabel: 'Share of GDP →', tickFormat: (d) => `${d}%`, reference: { value: 2, label: '2%: guideline' } };
/** A first bar twenty times the next: drawn whole, it would flatten the rest. */
const OUTLIER: RankedBar[] = [
  { label: 'Giant', value: 2000, rank: 1, valueLabel: '2,000 in all' },
  { label: 'Second', value: 100, rank: 2 },
  { label: 'Subject', value: 80, rank: 3, highlight: true },
  { label: 'Fourth', value: 60, rank: 4 },
];

let document: Document;
beforeAll(() => {
  document = newDocument();
});

const barsOf = (node: Element) => [...svgOf(node).querySelectorAll('rect')];
/** The x-axis tick labels, left to right. */
const ticksOf = (node: Element) => [...svgOf(node).querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);

describe('rankedBars', () => {
  it('writes each rank, name and figure, and no rank for a row outside the ranking', () => {
    const texts = textsOf(rankedBars(SHARES, { ...SHARE_OPTIONS, document }));
    for (const text of ['1', '2', '3', 'Alpha', 'Subject', 'Delta', '3.5', '2.2%', '1.1% (not ranked)', '0.9', 'no figure', '2%: guideline']) expect(texts).toContain(text);
    expect(texts.filter((t) => /^\d$/.test(t))).toEqual(['1', '2', '3']);
  });

  it('draws a bar per figure, the subject in the accent colour and its labels in bold', () => {
    const node = rankedBars(SHARES, { ...SHARE_OPTIONS, document });
    const bars = barsOf(node);
    expect(bars).toHaveLength(4);
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual([DEFAULT_COLORS.muted, DEFAULT_COLORS.muted, DEFAULT_COLORS.accent, DEFAULT_COLORS.muted]);
    const subject = [...node.querySelectorAll('text')].find((t) => t.textContent === 'Subject')!;
    expect(subject.closest('g')!.getAttribute('fill')).toBe(DEFAULT_COLORS.accent);
    expect(subject.closest('g')!.getAttribute('font-weight')).toBe('bold');
  });

  it('draws the reference rule dashed, in the reference colour, at its value', () => {
    const node = rankedBars(SHARES, { ...SHARE_OPTIONS, width: 400, document });
    const rule = svgOf(node).querySelector('g[stroke-dasharray="4,3"] line')!;
    expect(rule.closest('g')!.getAttribute('stroke')).toBe(DEFAULT_COLORS.reference);
    const tick = [...node.querySelectorAll('g[aria-label="x-axis tick label"] text')].find((t) => t.textContent === '2%')!;
    expect(rule.getAttribute('x1')).toBe(tick.getAttribute('transform')!.match(/translate\(([\d.]+),/)![1]);
  });

  it('stretches the axis so that every figure beside a bar fits in the chart', () => {
    for (const width of [320, 640, 1200]) {
      const node = rankedBars(SHARES, { ...SHARE_OPTIONS, width, document });
      const scale = Number(barsOf(node)[0]!.getAttribute('width')) / 3.5; // pixels per percentage point
      const start = Number(barsOf(node)[0]!.getAttribute('x'));
      // The subject's label is the longest beside a bar: 17 characters of about 7 pixels, after a 4-pixel gap.
      expect(start + 1.1 * scale + 4 + 17 * 7, `${width} px`).toBeLessThanOrEqual(width);
    }
  });

  it('leaves the bars whole unless asked to cut, and cuts only an outlying first bar', () => {
    expect(textsOf(rankedBars(SHARES, { ...SHARE_OPTIONS, cut: true, document }))).not.toContain('//');
    const whole = rankedBars(OUTLIER, { document });
    expect(textsOf(whole)).not.toContain('//');
    expect(ticksOf(whole)).toContain('2,000');
    const cut = rankedBars(OUTLIER, { cut: true, document });
    expect(textsOf(cut)).toEqual(expect.arrayContaining(['//', '2,000 in all', '100', '80']));
    expect(ticksOf(cut).map(Number).every((t) => t <= 200), 'the axis ends at the others').toBe(true);
    expect(svgOf(cut).querySelector('g[aria-label="bar"]')!.getAttribute('clip-path')).toMatch(/^url\(#plot-clip-\d+\)$/);
  });

  it('matches its snapshots: with a reference rule (640 and 320 px), and with a cut bar', () => {
    const cases: Array<[string, RankedBar[], RankedBarsOptions]> = [
      ['ranked-bars', SHARES, { ...SHARE_OPTIONS, width: 640 }],
      ['ranked-bars-narrow', SHARES, { ...SHARE_OPTIONS, width: 320 }],
      ['ranked-bars-cut', OUTLIER, { cut: true, xLabel: 'Aircraft →', width: 640 }],
    ];
    for (const [name, bars, options] of cases) expectSnapshot(name, rankedBars(bars, { ...options, document }));
  });
});
