import * as Plot from '@observablehq/plot';
import text from '../../datasets/f35-fleet.csv?raw';
import type { ChartOptions, ClaimCheck, Indicator } from '../indicator.js';
import { type ChartColors, DEFAULT_COLORS, formatExact, NARROW, unlabelled } from '../lib/chart.js';
import type { Row } from '../lib/datapackage.js';
import { largest, numberWord, withArticle } from '../lib/words.js';

const VARIANTS = ['F-35A', 'F-35B', 'F-35C', 'F-35I'] as const;
type Variant = (typeof VARIANTS)[number];

export type FleetRow = Row & {
  country: string;
  iso3: string;
  operator: string;
  variant: Variant;
  planned: number;
  status: string;
  as_of: string;
  confidence: 'H' | 'M';
  note: string | null;
  source: string;
  source_url: string;
};

/** One variant of one country's fleet, summed over its operators, placed along the bar. */
interface Segment {
  variant: Variant;
  planned: number;
  /** Where the segment starts and ends on the x axis (aircraft). */
  x1: number;
  x2: number;
}

/** One country's planned fleet. */
interface Fleet {
  iso3: string;
  name: string;
  total: number;
  segments: Segment[];
  rows: FleetRow[];
}

/** The article's "147 F-35 fighter aircraft variants". */
export const CLAIMED_TOTAL = 147;
const JAPAN = 'JPN';
/** Series colour of each variant; the F-35I is Israel's F-35A, so it shares its colour (and is labelled). */
const VARIANT_SERIES: Record<Variant, number> = { 'F-35A': 0, 'F-35B': 2, 'F-35C': 3, 'F-35I': 0 };
const NARROW_NAME: Record<string, string> = { 'United States': 'US', 'United Kingdom': 'UK', 'South Korea': 'S. Korea' };
/** Tooltip line lengths, in ems. */
const TIP_EMS = 24;
const TIP_EMS_NARROW = 14;
/** Rough width of one character of chart text (12px), to keep labels inside the chart. */
const CHAR_PX = 7;
/** The largest bar is cut when showing it whole would squeeze the next one below this share of its width. */
const CUT_RATIO = 2;

const count = formatExact;
const sum = (rows: FleetRow[]) => rows.reduce((total, r) => total + r.planned, 0);

/** Fleets by country, largest first, each with its variants in a fixed order. */
export function fleets(rows: FleetRow[]): Fleet[] {
  const byCountry = new Map<string, FleetRow[]>();
  for (const row of rows) byCountry.set(row.iso3, [...(byCountry.get(row.iso3) ?? []), row]);
  return [...byCountry.values()]
    .map((own) => {
      let x = 0;
      const segments = VARIANTS.flatMap((variant) => {
        const planned = sum(own.filter((r) => r.variant === variant));
        if (!planned) return [];
        x += planned;
        return [{ variant, planned, x1: x - planned, x2: x }];
      });
      return { iso3: own[0]!.iso3, name: own[0]!.country, total: x, segments, rows: own };
    })
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/** "105 F-35A + 42 F-35B"; narrow: "105 A + 42 B". */
function composition({ segments }: Fleet, narrow = false): string {
  return segments.map((s) => `${count(s.planned)} ${narrow ? s.variant.slice(-1) : s.variant}`).join(' + ');
}

/** "147 = 105 F-35A + 42 F-35B", or "88 F-35A" for a single variant. */
function totalLabel(fleet: Fleet, narrow = false): string {
  const parts = composition(fleet, narrow);
  return fleet.segments.length > 1 ? `${count(fleet.total)} = ${parts}` : parts;
}

export function check(rows: FleetRow[]): ClaimCheck {
  const japan = fleets(rows).find((f) => f.iso3 === JAPAN);
  if (!japan) {
    return {
      status: 'unverifiable',
      verdict: 'Cannot be checked',
      reasoning: 'The data has no planned F-35 fleet for Japan.',
      figures: [],
    };
  }
  const figures = [
    ...japan.rows.map((r) => ({ label: `Japan, ${r.variant} (${r.status}, as of ${r.as_of})`, value: count(r.planned) })),
    { label: 'Japan, all variants', value: count(japan.total) },
    { label: 'The article’s figure', value: count(CLAIMED_TOTAL) },
  ];
  if (japan.total === CLAIMED_TOTAL) {
    return {
      status: 'supported',
      verdict: 'Supported',
      reasoning: `Japan’s planned fleet is ${composition(japan)} = ${count(japan.total)} aircraft, the article’s ${count(CLAIMED_TOTAL)}: a planned purchase, not aircraft delivered.`,
      figures,
    };
  }
  return {
    status: 'not-supported',
    verdict: 'Not supported',
    reasoning: `Japan’s planned fleet is ${composition(japan)} = ${count(japan.total)} aircraft, not the article’s ${count(CLAIMED_TOTAL)}.`,
    figures,
  };
}

export function describe(rows: FleetRow[]): string {
  const all = fleets(rows);
  const japanIndex = all.findIndex((f) => f.iso3 === JAPAN);
  const intro = 'Bar chart of planned F-35 fleets by country, each bar divided by variant.';
  const others = all.filter((f) => f.iso3 !== JAPAN).map((f) => `${f.name} ${totalLabel(f)}`);
  if (japanIndex < 0) return `${intro} Japan is not in the data. ${others.join('; ')}.`;
  const japan = all[japanIndex]!;
  return (
    `${intro} Japan plans ${totalLabel(japan)}, the ${largest(japanIndex + 1)} planned fleet. ` +
    `The others: ${others.join('; ')}. The largest bar is cut at the end of the axis; its total is written on it.`
  );
}

export function chart(
  rows: FleetRow[],
  { width = 640, height, document, colors = DEFAULT_COLORS }: ChartOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const all = fleets(rows).map((f) => ({ ...f, name: (narrow && NARROW_NAME[f.name]) || f.name }));
  const marginLeft = narrow ? 84 : 116;
  const marginRight = 8;
  const plotWidth = width - marginLeft - marginRight;
  // The axis reach each bar needs for its label to fit to its right.
  const reach = (f: Fleet) => f.total / Math.max(0.2, 1 - ((totalLabel(f, narrow).length * CHAR_PX + 10) / plotWidth));
  const [first, ...rest] = all;
  const restReach = Math.max(1, ...rest.map(reach));
  const cut = first && reach(first) > CUT_RATIO * restReach ? first : undefined;
  const xMax = cut ? restReach : Math.max(1, ...all.map(reach));
  const px = xMax / plotWidth; // aircraft per pixel
  const isJapan = (f: Fleet) => f.iso3 === JAPAN;
  const whole = all.filter((f) => f !== cut);
  const segments = all.flatMap((fleet) => fleet.segments.map((s) => ({ ...s, fleet })));
  // Name each variant inside its segment where it fits: with Japan's bar, that is the legend.
  const named = segments.filter(
    (s) => s.fleet !== cut && (Math.min(s.x2, xMax) - s.x1) / px >= s.variant.length * CHAR_PX + 8,
  );
  const labels = (data: Fleet[], { fill, fontWeight }: { fill: string; fontWeight: string }) => [
    Plot.text(data, { x: 0, y: 'name', text: 'name', textAnchor: 'end', dx: -6, fill, fontWeight }),
    Plot.text(
      data.filter((f) => f !== cut),
      { x: 'total', y: 'name', text: (f: Fleet) => totalLabel(f, narrow), textAnchor: 'start', dx: 4, fill, fontWeight },
    ),
  ];
  return Plot.plot({
    document,
    width,
    height: height ?? all.length * 24 + 56,
    marginLeft,
    marginRight,
    marginTop: 8,
    marginBottom: 44,
    x: {
      label: cut
        ? `Aircraft planned → (${withArticle(cut.name)} bar is cut${narrow ? '' : ': not to scale'})`
        : 'Aircraft planned →',
      labelAnchor: 'left',
      labelOffset: 36,
      domain: [0, xMax],
      grid: true,
      ticks: narrow ? 3 : 6,
    },
    y: { domain: all.map((f) => f.name), axis: null, padding: 0.2 },
    marks: [
      Plot.barX(segments, { x1: 'x1', x2: 'x2', y: (s) => s.fleet.name, fill: (s) => variantColor(s.variant, colors), clip: true }),
      Plot.barX(whole.filter(isJapan), { x1: 0, x2: 'total', y: 'name', stroke: colors.accent, strokeWidth: 2, fill: 'none' }),
      Plot.text(named, {
        x: (s) => (s.x1 + Math.min(s.x2, xMax)) / 2,
        y: (s) => s.fleet.name,
        text: 'variant',
        fill: colors.background,
        fontWeight: 'bold',
      }),
      Plot.ruleX([0], { stroke: colors.reference }),
      ...labels(all.filter((f) => !isJapan(f)), { fill: 'currentColor', fontWeight: 'normal' }),
      ...labels(all.filter(isJapan), { fill: colors.accent, fontWeight: 'bold' }),
      // The cut bar: a break mark near the axis end, and the real total written on the bar.
      ...(cut
        ? [
            Plot.text([cut], { x: xMax - 14 * px, y: 'name', text: () => '//', fill: colors.background, fontSize: 16, fontWeight: 'bold' }),
            Plot.text([cut], {
              x: xMax - 26 * px,
              y: 'name',
              text: () => cutLabel(cut, plotWidth - 32, narrow),
              textAnchor: 'end',
              fill: colors.background,
              fontWeight: 'bold',
            }),
          ]
        : []),
      Plot.tip(
        all,
        Plot.pointerY({ render: unlabelled,
          // On a phone the tip is wider than half the chart: pinned to the axis, it opens rightwards and fits.
          x: (f: Fleet) => (narrow ? 0 : Math.min(f.total, xMax)),
          y: 'name',
          fill: colors.background,
          // Narrow lines, so that the tip fits beside a bar on a phone.
          lineWidth: narrow ? TIP_EMS_NARROW : TIP_EMS,
          title: (f: Fleet) => tooltip(f, f === cut),
        }),
      ),
    ],
  });
}

/** The real total written on a cut bar: with its variants where they fit in the room, else alone. */
function cutLabel(fleet: Fleet, room: number, narrow: boolean): string {
  const full = `${totalLabel(fleet, narrow)} in all`;
  return full.length * CHAR_PX <= room ? full : `${count(fleet.total)} in all`;
}

function variantColor(variant: Variant, colors: ChartColors): string {
  return colors.series[VARIANT_SERIES[variant]] ?? colors.muted;
}

function tooltip(fleet: Fleet, cut: boolean): string {
  const sources = [...new Set(fleet.rows.map((r) => r.source))];
  return [
    `${fleet.rows[0]!.country}: ${count(fleet.total)} planned`,
    ...fleet.rows.map(
      (r) => `${r.variant}, ${r.operator}: ${count(r.planned)} (${r.status}, as of ${r.as_of})${r.note ? `; ${r.note}` : ''}`,
    ),
    ...(cut ? ['Bar cut at the end of the axis: not drawn to scale'] : []),
    `Source: ${sources.join('; ')}`,
  ].join('\n');
}

const FALLBACK_TITLE = 'Planned F-35 fleets, by country and variant';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: FleetRow[]): string {
  const all = fleets(rows);
  const index = all.findIndex((f) => f.iso3 === JAPAN);
  const japan = all[index];
  if (!japan) return FALLBACK_TITLE;
  const variants = `${numberWord(japan.segments.length)} variant${japan.segments.length > 1 ? 's' : ''}`;
  const place =
    index === 1 ? `the largest planned fleet after ${withArticle(all[0]!.name)}` : `the ${largest(index + 1)} planned fleet`;
  return `Japan plans ${count(japan.total)} F-35s in ${variants}, ${place}`;
}

const dataset = { name: 'f35-fleet', text };

export const f35Fleet: Indicator<FleetRow> = {
  id: 'f35-fleet',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'Planned F-35 fleets by country and variant, number of aircraft (programmes of record and announced plans)',
  claim: {
    quote:
      'Over the past decade, Japan’s foreign policy repertoire has extended to include a number of military instruments, most notably the purchase of 147 F-35 fighter aircraft variants and the refitting of the Izumo-class helicopter carriers to operate with F-35Bs.',
  },
  dataset,
  notes: [
    'Japan’s programme of record since the cabinet decision of 18 December 2018 is 105 F-35A and 42 F-35B. 105 is also the number of aircraft added that day (63 F-35A and 42 F-35B): it is not the F-35A total.',
    'Each fleet is a plan (programme of record, announced plan or selection) as of its source’s date, shown in the tooltips; plans from different years are compared, and they are not aircraft delivered.',
    'The largest bar (the United States) is cut at the end of the axis so that the other fleets stay readable; its real total is written on it.',
    'F-35A: conventional take-off; F-35B: short take-off and vertical landing; F-35C: carrier; F-35I: Israel’s version of the F-35A.',
  ],
  check,
  chart,
  describe,
};
