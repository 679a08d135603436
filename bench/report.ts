/** Turns the medians into ratios, target verdicts and the markdown table. */
import type { Bytes, Part } from './build.js';
import type { Variant } from './pages.js';

/** The medians of one variant. */
export interface Figures {
  bytes: Bytes;
  oneCard: number;
  firstScreen: number;
  allDrawn: number;
  heap: number;
}

/** The split of the embed script (issues 8 and 9), ours only. */
export interface SplitFigures {
  /** `defence-indicators.more.js`, loaded on first need by the cards the embed script does not carry. */
  moreBytes: Bytes;
  /** What each of those indicators adds to the embed script: its registry stub, its id, in bytes. */
  stubs: Array<{ id: string; bytes: number }>;
  /** ms from navigation start to the scorecard listing its claims and the cards in view drawn, as the dashboard's first screen. */
  firstScreen: number;
  /** The dashboard as built: its first contentful paint, which shows the prerendered scorecard and first card, ms. */
  dashboardFirstScreen: number;
}

/** The explorer's figures (issue 9), ours only. */
export interface ExploreFigures {
  /** ms from navigation start to a card preset with ten countries drawn: the data file loaded, then the chart. */
  tenCountries: number;
  /** The data file's size. */
  dataBytes: Bytes;
}

/** One target of issues 4 and 9, its measured value and its limit. */
export interface Target {
  name: string;
  value: number;
  limit: number;
  unit: string;
  pass: boolean;
}

const KB = 1000;
const MB = 1_000_000;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const target = (name: string, value: number, limit: number, unit: string): Target => ({ name, value, limit, unit, pass: value <= limit });

/** The targets of issues 4 and 9, from one run's medians. */
export function targets(f: Record<Variant, Figures>, explore: ExploreFigures, split: SplitFigures): Target[] {
  const { ours, vega, plot } = f;
  return [
    target('embed script gzip', ours.bytes.gzip / KB, 150, 'kB'),
    target('embed script gzip / vega-embed page', ours.bytes.gzip / vega.bytes.gzip, 0.4, '×'),
    target('one card / bare Plot', ours.oneCard / plot.oneCard, 1.25, '×'),
    target('one card / vega-embed', ours.oneCard / vega.oneCard, 0.7, '×'),
    target('100 cards, first screen / one card', ours.firstScreen / ours.oneCard, 1.5, '×'),
    target('100 cards, all drawn / vega-embed', ours.allDrawn / vega.allDrawn, 0.6, '×'),
    target('100 cards, heap / vega-embed', ours.heap / vega.heap, 0.6, '×'),
    target('full data loaded + ten countries drawn / one card', explore.tenCountries / ours.oneCard, 1.5, '×'),
    target('embed script growth per indicator loaded later (largest stub)', Math.max(...split.stubs.map((s) => s.bytes)) / KB, 4, 'kB'),
    target('dashboard first screen (scorecard + first card, prerendered) / one card', split.dashboardFirstScreen / ours.oneCard, 1, '×'),
  ];
}

const fixed = (value: number, digits = 0) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The markdown tables: figures with ratios, then the targets with PASS/FAIL. */
export function table(
  f: Record<Variant, Figures>,
  download: { time: number; bytes: number; id: string },
  explore: ExploreFigures,
  split: SplitFigures,
  goals: Target[],
  cards: number,
): string {
  const rows: Array<[string, (x: Figures) => number, number]> = [
    ['Script, raw (kB)', (x) => x.bytes.raw / KB, 1],
    ['Script, gzip (kB)', (x) => x.bytes.gzip / KB, 1],
    ['One card drawn (ms)', (x) => x.oneCard, 0],
    [`${cards} cards: first screen drawn (ms)`, (x) => x.firstScreen, 0],
    [`${cards} cards: all drawn (ms)`, (x) => x.allDrawn, 0],
    [`${cards} cards: JS heap (MB)`, (x) => x.heap / MB, 1],
  ];
  const lines = [
    '| Measure | ours | vega-embed | bare Plot | ours / vega-embed | ours / bare Plot |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(([name, get, digits]) => {
      const [o, v, p] = [get(f.ours), get(f.vega), get(f.plot)];
      return `| ${name} | ${fixed(o, digits)} | ${fixed(v, digits)} | ${fixed(p, digits)} | ${fixed(o / v, 2)} | ${fixed(o / p, 2)} |`;
    }),
    `| CSV download, ${download.id} (${fixed(download.bytes / KB, 1)} kB): click to file (ms) | ${fixed(download.time)} | – | – | – | – |`,
    `| Explorer data file, raw / gzip (kB), loaded only to explore | ${fixed(explore.dataBytes.raw / KB, 1)} / ${fixed(explore.dataBytes.gzip / KB, 1)} | – | – | – | – |`,
    `| Full data loaded + ten countries drawn (ms) | ${fixed(explore.tenCountries)} | – | – | – | – |`,
    `| Second file (${split.stubs.length} indicators), raw / gzip (kB), loaded on first need | ${fixed(split.moreBytes.raw / KB, 1)} / ${fixed(split.moreBytes.gzip / KB, 1)} | – | – | – | – |`,
    `| Embed script growth per indicator in the second file: its stub (bytes) | ${split.stubs.map((s) => `${s.id} ${s.bytes}`).join(', ')} | – | – | – | – |`,
    `| Dashboard first screen, prerendered: first contentful paint (ms) | ${fixed(split.dashboardFirstScreen)} | – | – | – | – |`,
    `| Embedded scorecard + first card, first screen drawn (ms) | ${fixed(split.firstScreen)} | – | – | – | – |`,
    '',
    '| Target | measured | limit | |',
    '|---|---:|---:|---|',
    ...goals.map((g) => `| ${g.name} | ${fixed(g.value, 2)} ${g.unit} | ${fixed(g.limit, 2)} ${g.unit} | ${g.pass ? 'PASS' : 'FAIL'} |`),
  ];
  return lines.join('\n');
}

/** What the embed script is made of. */
export function breakdownTable(parts: Part[], total: Bytes): string {
  const sum = parts.reduce((a, p) => a + p.gzip, 0);
  return [
    '| Part of the embed script | modules | minified (kB) | gzip (kB) | share of gzip |',
    '|---|---:|---:|---:|---:|',
    ...parts.map((p) => `| ${p.name} | ${p.modules} | ${fixed(p.raw / KB, 1)} | ${fixed(p.gzip / KB, 1)} | ${fixed((100 * p.gzip) / sum, 0)}% |`),
    `| sum of parts, each gzipped alone | | | ${fixed(sum / KB, 1)} | |`,
    `| the bundle, gzipped whole | | ${fixed(total.raw / KB, 1)} | ${fixed(total.gzip / KB, 1)} | |`,
  ].join('\n');
}
