import * as Plot from '@observablehq/plot';
import text from '../../datasets/f35-fleet.csv?raw';
import type { ChartOptions, ClaimCheck, Indicator } from '../indicator.js';
import { DEFAULT_COLORS, NARROW, unlabelled } from '../lib/chart.js';
import { largest, numberWord, withArticle } from '../lib/words.js';
import { type Commitment, composition, count, type Fleet, type FleetRow, fleetLabel, fleets, otherLevels, reachOf, totalOf, type Variant, variantColor } from './f35-fleet.fleets.js';

export type { FleetRow } from './f35-fleet.fleets.js';

/** The article's "147 F-35 fighter aircraft variants". */
export const CLAIMED_TOTAL = 147;
const JAPAN = 'JPN';
const NARROW_NAME: Record<string, string> = { 'United States': 'US', 'United Kingdom': 'UK', 'South Korea': 'S. Korea' };
/** Tooltip line lengths, in ems. */
const TIP_EMS = 24;
const TIP_EMS_NARROW = 14;
/** Rough width of one character of chart text (12px), to keep labels inside the chart. */
const CHAR_PX = 7;
/** The largest bar is cut when showing it whole would squeeze the next one below this share of its width. */
const CUT_RATIO = 2;

/** Outlines of later or hoped-for levels are dashed: not aircraft committed by the article. */
const BEYOND_DASH = '4,3';
/** A firm bar with a smaller order inside is drawn lighter, so the order shows within it. */
const WITH_ORDER_INSIDE = 0.45;

export function check(rows: FleetRow[]): ClaimCheck {
  const japan = fleets(rows).find((f) => f.iso3 === JAPAN)?.firm;
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
  const deciding = { label: 'Japan’s planned F-35s, all variants', value: count(japan.total) };
  if (japan.total === CLAIMED_TOTAL) {
    return {
      status: 'supported',
      verdict: 'Supported',
      reasoning: `Japan’s planned fleet is ${composition(japan)} = ${count(japan.total)} aircraft, the article’s ${count(CLAIMED_TOTAL)}: a planned purchase, not aircraft delivered.`,
      figures,
      deciding,
    };
  }
  return {
    status: 'not-supported',
    verdict: 'Not supported',
    reasoning: `Japan’s planned fleet is ${composition(japan)} = ${count(japan.total)} aircraft, not the article’s ${count(CLAIMED_TOTAL)}.`,
    figures,
    deciding,
  };
}

export function describe(rows: FleetRow[]): string {
  const all = fleets(rows);
  const japanIndex = all.findIndex((f) => f.iso3 === JAPAN);
  const intro =
    'Bar chart of F-35 fleets by country as committed by June 2022, each bar divided by variant; dashed outlines show options, ' +
    'aspirations and plans made after the article.';
  const others = all.filter((f) => f.iso3 !== JAPAN).map((f) => `${f.name} ${fleetLabel(f)}`);
  if (japanIndex < 0) return `${intro} Japan is not in the data. ${others.join('. ')}.`;
  const japan = all[japanIndex]!;
  return (
    `${intro} Japan plans ${totalOf(japan.firm)}, the ${largest(japanIndex + 1)} fleet. ` +
    `The others: ${others.join('. ')}. The largest bar is cut at the end of the axis; its total is written on it.`
  );
}

/** A commitment of one fleet, with the fleet it belongs to (and the name the chart shows for it). */
type Placed = Commitment & { fleet: Fleet & { shown: string } };

export function chart(
  rows: FleetRow[],
  { width = 640, height, document, colors = DEFAULT_COLORS }: ChartOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const all = fleets(rows).map((f) => ({ ...f, shown: (narrow && NARROW_NAME[f.name]) || f.name }));
  type Shown = (typeof all)[number];
  const marginLeft = narrow ? 84 : 116;
  const marginRight = 8;
  const plotWidth = width - marginLeft - marginRight;
  // The axis reach each bar needs for its label to fit to its right.
  const reach = (f: Shown) => reachOf(f) / Math.max(0.2, 1 - (fleetLabel(f, narrow).length * CHAR_PX + 10) / plotWidth);
  const [first, ...rest] = all;
  const restReach = Math.max(1, ...rest.map(reach));
  const cut = first && reach(first) > CUT_RATIO * restReach ? first : undefined;
  const xMax = cut ? restReach : Math.max(1, ...all.map(reach));
  const px = xMax / plotWidth; // aircraft per pixel
  const isJapan = (f: Shown) => f.iso3 === JAPAN;
  const place = (fleet: Shown, c: Commitment): Placed => ({ ...c, fleet });
  // Inside the firm bar: smaller orders, drawn solid over a lighter firm bar. Beyond it: outlines.
  const inside = all.flatMap((f) => f.others.filter((c) => !c.after && c.total < f.firm.total).map((c) => place(f, c)));
  const beyond = all.flatMap((f) => f.others.filter((c) => c.after || c.total >= f.firm.total).map((c) => place(f, c)));
  const hasInside = (f: Fleet) => inside.some((c) => c.fleet.iso3 === f.iso3);
  const segmentsOf = (placed: Placed[]) => placed.flatMap((c) => c.segments.map((s) => ({ ...s, fleet: c.fleet })));
  const firm = segmentsOf(all.map((f) => place(f, f.firm)));
  // Name each variant inside its firm segment where it fits: with Japan's bar, that is the legend.
  const named = firm.filter((s) => s.fleet !== cut && (Math.min(s.x2, xMax) - s.x1) / px >= s.variant.length * CHAR_PX + 8);
  const labels = (data: Shown[], { fill, fontWeight }: { fill: string; fontWeight: string }) => [
    Plot.text(data, { x: 0, y: 'shown', text: 'shown', textAnchor: 'end', dx: -6, fill, fontWeight }),
    Plot.text(
      data.filter((f) => f !== cut),
      { x: reachOf, y: 'shown', text: (f: Shown) => fleetLabel(f, narrow), textAnchor: 'start', dx: 4, fill, fontWeight },
    ),
  ];
  const variantFill = (s: { variant: Variant }) => variantColor(s.variant, colors);
  return Plot.plot({
    document,
    width,
    height: height ?? all.length * 24 + 56,
    marginLeft,
    marginRight,
    marginTop: 8,
    marginBottom: 44,
    // Narrow: the labels keep the firm figures; the other levels, and the cut, are told below the chart.
    caption: narrow
      ? [
          ...(cut ? [`${withArticle(cut.name)} bar is cut: not to scale.`] : []),
          ...all.filter((f) => f.others.length).map((f) => `${otherLevels(f)}.`),
        ].join(' ') || undefined
      : undefined,
    x: {
      label: cut && !narrow ? `Aircraft committed by June 2022 → (${withArticle(cut.name)} bar is cut: not to scale)` : 'Aircraft committed by June 2022 →',
      labelAnchor: 'left',
      labelOffset: 36,
      domain: [0, xMax],
      grid: true,
      ticks: narrow ? 3 : 6,
    },
    y: { domain: all.map((f) => f.shown), axis: null, padding: 0.2 },
    marks: [
      // Options, aspirations and plans made after the article: outlines, not aircraft committed.
      Plot.barX(segmentsOf(beyond), {
        x1: 'x1', x2: 'x2', y: (s) => s.fleet.shown, fill: 'none', stroke: variantFill, strokeDasharray: BEYOND_DASH, clip: true,
      }),
      Plot.barX(firm, {
        x1: 'x1', x2: 'x2', y: (s) => s.fleet.shown, fill: variantFill, fillOpacity: (s) => (hasInside(s.fleet) ? WITH_ORDER_INSIDE : 1), clip: true,
      }),
      Plot.barX(segmentsOf(inside), { x1: 'x1', x2: 'x2', y: (s) => s.fleet.shown, fill: variantFill, insetTop: 4, insetBottom: 4 }),
      Plot.barX(all.filter((f) => f !== cut && isJapan(f)), { x1: 0, x2: (f: Shown) => f.firm.total, y: 'shown', stroke: colors.accent, strokeWidth: 2, fill: 'none' }),
      Plot.text(named, {
        x: (s) => (s.x1 + Math.min(s.x2, xMax)) / 2,
        y: (s) => s.fleet.shown,
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
            Plot.text([cut], { x: xMax - 14 * px, y: 'shown', text: () => '//', fill: colors.background, fontSize: 16, fontWeight: 'bold' }),
            Plot.text([cut], {
              x: xMax - 26 * px,
              y: 'shown',
              text: () => cutLabel(cut.firm, plotWidth - 32, narrow),
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
          x: (f: Shown) => (narrow ? 0 : Math.min(reachOf(f), xMax)),
          y: 'shown',
          fill: colors.background,
          // Narrow lines, so that the tip fits beside a bar on a phone.
          lineWidth: narrow ? TIP_EMS_NARROW : TIP_EMS,
          title: (f: Shown) => tooltip(f, f === cut),
        }),
      ),
    ],
  });
}

/** The real total written on a cut bar: with its variants where they fit in the room, else alone. */
function cutLabel(commitment: Commitment, room: number, narrow: boolean): string {
  const full = `${totalOf(commitment, narrow)} in all`;
  return full.length * CHAR_PX <= room ? full : `${count(commitment.total)} in all`;
}

function tooltip(fleet: Fleet, cut: boolean): string {
  const sources = [...new Set(fleet.rows.map((r) => r.source))];
  return [
    `${fleet.name}: ${fleetLabel(fleet)}`,
    ...fleet.rows.map((r) => `${r.variant}, ${r.operator}: ${count(r.planned)} ${r.level} (${r.status}, as of ${r.as_of})${r.note ? `; ${r.note}` : ''}`),
    ...(cut ? ['Bar cut at the end of the axis: not drawn to scale'] : []),
    `Source: ${sources.join('; ')}`,
  ].join('\n');
}

const FALLBACK_TITLE = 'F-35 fleets, by country and variant';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: FleetRow[]): string {
  const all = fleets(rows);
  const index = all.findIndex((f) => f.iso3 === JAPAN);
  const japan = all[index]?.firm;
  if (!japan) return FALLBACK_TITLE;
  const variants = `${numberWord(japan.segments.length)} variant${japan.segments.length > 1 ? 's' : ''}`;
  const place =
    index === 1
      ? `more than any country but ${withArticle(all[0]!.name)} had committed to by June 2022`
      : `the ${largest(index + 1)} fleet committed by June 2022`;
  return `Japan plans ${count(japan.total)} F-35s in ${variants}, ${place}`;
}

const dataset = { name: 'f35-fleet', text };

export const f35Fleet: Indicator<FleetRow> = {
  id: 'f35-fleet',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'F-35 fleets by country and variant, number of aircraft: plans, funded plans and orders made by June 2022; options, aspirations and later plans in dashed outline',
  claims: [
    {
      id: 'f35-fleet',
      quote:
        'Over the past decade, Japan’s foreign policy repertoire has extended to include a number of military instruments, most notably the purchase of 147 F-35 fighter aircraft variants and the refitting of the Izumo-class helicopter carriers to operate with F-35Bs.',
      excerpt: 'the purchase of 147 F-35 fighter aircraft variants',
      check,
    },
  ],
  dataset,
  notes: [
    'Japan’s programme of record since the cabinet decision of 18 December 2018 is 105 F-35A and 42 F-35B. 105 is also the number of aircraft added that day (63 F-35A and 42 F-35B): it is not the F-35A total.',
    'Each bar is the largest commitment a country had made by June 2022 (a programme of record or decided plan, a funded plan, or an order), as of the date its source states it, shown in the tooltips; plans from different years are compared, and they are not aircraft delivered.',
    'Where a country’s commitment has levels, they are shown apart: the United Kingdom had 48 F-35B on contract inside a funded plan of 74, and hoped for 138 (the mix of variants beyond 74 was undecided); Singapore had 4 firm and 8 options. Dashed outlines are options, aspirations and plans dated after the article (South Korea’s 60 of July 2022, Singapore’s 12 firm of February 2023).',
    'The largest bar (the United States) is cut at the end of the axis so that the other fleets stay readable; its real total is written on it.',
    'F-35A: conventional take-off; F-35B: short take-off and vertical landing; F-35C: carrier; F-35I: Israel’s version of the F-35A.',
  ],
  chart,
  describe,
};
