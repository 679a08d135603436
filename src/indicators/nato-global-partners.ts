import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import text from '../../datasets/nato-global-partners.csv?raw';
import { type CountryShape, countryShapes } from '../charts/world.js';
import type { ChartOptions, ClaimCheck, Indicator } from '../indicator.js';
import { DEFAULT_COLORS, NARROW, tipLineWidth, unlabelled } from '../lib/chart.js';
import type { Row } from '../lib/datapackage.js';
import { numberWord } from '../lib/words.js';

export type PartnerRow = Row & {
  country: string;
  iso3: string;
  /** ISO 3166 numeric, the id of the country's shape in world-atlas. */
  iso_numeric: string;
  /** Whether a formal instrument is dated, none exists, or its date is not confirmed. */
  status: 'formalised' | 'no formal instrument' | 'date not confirmed';
  /** Date of the first formal instrument: year, year-month or date; empty when there is none or it is unconfirmed. */
  formalised: string | null;
  formalised_year: number | null;
  /** A later formal step shown beside the first, explained in the note. */
  second_date: string | null;
  framework: string;
  confidence: 'H' | 'M';
  note: string | null;
  source: string;
  source_url: string;
  source_quote: string;
};

/** The article's "one of nine countries". */
const CLAIMED_COUNT = 9;
const SUBJECT_ISO3 = 'JPN';

const uniquePartners = (rows: PartnerRow[]) => [...new Map(rows.map((r) => [r.iso3, r])).values()];
/** "2013", or what stands in for a year: "no formal instrument", "date not confirmed". */
const yearOf = (r: PartnerRow) => (r.status === 'formalised' && r.formalised_year !== null ? String(r.formalised_year) : r.status);
/** "2017, global partner 2018": the year with a later formal step, where there is one. */
const yearsOf = (r: PartnerRow) => (r.second_date ? `${yearOf(r)}; ${r.second_date.slice(0, 4)}` : yearOf(r));

const FALLBACK_TITLE = 'NATO’s “partners across the globe” beyond the Euro-Atlantic area';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: PartnerRow[]): string {
  const partners = uniquePartners(rows);
  if (partners.length === 0) return FALLBACK_TITLE;
  const japan = partners.some((r) => r.iso3 === SUBJECT_ISO3);
  return `NATO counts ${numberWord(partners.length)} “partners across the globe” beyond the Euro-Atlantic area, and Japan is ${japan ? '' : 'not '}one of them`;
}

export function check(rows: PartnerRow[]): ClaimCheck {
  const partners = uniquePartners(rows);
  if (partners.length === 0) {
    return {
      status: 'unverifiable',
      verdict: 'Cannot be checked',
      reasoning: 'The data lists no partners across the globe.',
      figures: [],
    };
  }
  const japan = partners.find((r) => r.iso3 === SUBJECT_ISO3);
  const without = (status: PartnerRow['status']) => partners.filter((r) => r.status === status).map((r) => r.country);
  const figures = [
    { label: 'Partners across the globe', value: String(partners.length) },
    ...(japan ? [{ label: 'Japan’s first formal instrument', value: `${japan.framework}, ${japan.formalised ?? yearOf(japan)}` }] : []),
    ...(['no formal instrument', 'date not confirmed'] as const).flatMap((status) =>
      without(status).length ? [{ label: status === 'no formal instrument' ? 'No formal instrument found' : 'Date of formalisation not confirmed', value: without(status).join(', ') }] : [],
    ),
  ];
  if (!japan) {
    return {
      status: 'not-supported',
      verdict: 'Not supported',
      reasoning: `NATO’s list holds ${partners.length} partners across the globe, but Japan is not among them.`,
      figures,
    };
  }
  if (partners.length !== CLAIMED_COUNT) {
    return {
      status: 'not-supported',
      verdict: 'Not supported',
      reasoning: `NATO’s list holds ${partners.length} partners across the globe, Japan among them, not ${CLAIMED_COUNT}.`,
      figures,
    };
  }
  return {
    status: 'supported',
    verdict: 'Supported',
    reasoning: `NATO’s list holds ${partners.length} partners across the globe, and Japan is one of them (first formal instrument: ${japan.framework}, ${yearOf(japan)}).`,
    figures,
  };
}

export function describe(rows: PartnerRow[]): string {
  const partners = uniquePartners(rows);
  if (partners.length === 0) return 'No partners across the globe in the data.';
  const listed = partners.map((r) => `${r.country} (${yearsOf(r)})`).join(', ');
  return (
    `World map of NATO’s ${partners.length} partners across the globe, all beyond the Euro-Atlantic area, ` +
    `with the year of each partnership’s first formal instrument, and of a later step where there is one: ${listed}.`
  );
}

/** How far from its shape's centre a partner's label sits, and which way it runs. */
interface LabelPlace {
  /** Degrees of longitude and latitude, so that the layout scales with the map. */
  dLon: number;
  dLat: number;
  /** Pixels, for a gap that does not scale. */
  dy: number;
  textAnchor: 'start' | 'middle' | 'end';
}

/** Labels placed by hand, over sea or non-partner land, so that the neighbours in Asia do not overlap. */
const LABEL_PLACES: Record<string, LabelPlace> = {
  AFG: { dLon: -8, dLat: 7, dy: 0, textAnchor: 'end' },
  AUS: { dLon: 0, dLat: 0, dy: 0, textAnchor: 'middle' },
  COL: { dLon: 6, dLat: 0, dy: 0, textAnchor: 'start' },
  IRQ: { dLon: -6, dLat: -5, dy: 0, textAnchor: 'end' },
  JPN: { dLon: 9, dLat: 0, dy: 0, textAnchor: 'start' },
  KOR: { dLon: -4, dLat: -7, dy: 0, textAnchor: 'end' },
  MNG: { dLon: 0, dLat: 7, dy: 0, textAnchor: 'middle' },
  NZL: { dLon: -3, dLat: -5, dy: 0, textAnchor: 'end' },
  PAK: { dLon: -2, dLat: -11, dy: 0, textAnchor: 'middle' },
};
const DEFAULT_PLACE: LabelPlace = { dLon: 0, dLat: 0, dy: 0, textAnchor: 'middle' };
/** When only Japan is labelled: below it, over the sea and clear of the other partners. */
const JAPAN_ALONE: LabelPlace = { dLon: 0, dLat: 0, dy: 20, textAnchor: 'middle' };
/** Below this width the Asian partners' labels would overlap: only Japan is labelled on the map, all in the caption. */
const ALL_LABELS_WIDTH = 720;
/** Room around the partners for the labels beside the outermost ones (Mongolia's sits above it, New Zealand's below). */
const MAP_INSET = { insetTop: 34, insetBottom: 24, insetLeft: 8, insetRight: 8 };
/** Shapes smaller than this (steradians; Japan is about 0.009) also get a dot, so the eye finds them on a small map. */
const SMALL_AREA = 0.01;

/** A partner with its shape and where to put its label, in longitude and latitude. */
interface Placed {
  row: PartnerRow;
  shape: CountryShape;
  lon: number;
  lat: number;
  small: boolean;
}

export function chart(
  rows: PartnerRow[],
  { width = 640, height, document, colors = DEFAULT_COLORS }: ChartOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const land = countryShapes();
  const placed: Placed[] = uniquePartners(rows).flatMap((row) => {
    const shape = land.find((s) => s.id === row.iso_numeric);
    if (!shape) return [];
    const [lon, lat] = d3.geoCentroid(shape);
    return [{ row, shape, lon, lat, small: d3.geoArea(shape) < SMALL_AREA }];
  });
  const fillOf = (p: Placed) => (p.row.iso3 === SUBJECT_ISO3 ? colors.accent : colors.series[0]!);
  const allLabels = width >= ALL_LABELS_WIDTH;
  const labelled = allLabels ? placed : placed.filter((p) => p.row.iso3 === SUBJECT_ISO3);
  const label = (p: Placed) => `${p.row.country}\n${yearsOf(p.row)}`;
  // A narrow map is too short for a long tip: the framework and note are left to the data table there.
  const tooltip = (p: Placed) =>
    [
      p.row.country,
      p.row.status === 'formalised' ? `First formal instrument: ${p.row.formalised}` : `Formalised: ${p.row.status}`,
      p.row.second_date ? `Later step: ${p.row.second_date}` : '',
      narrow ? '' : `Framework: ${p.row.framework}`,
      p.row.note && !narrow ? `Note: ${p.row.note}` : '',
      `Source: ${p.row.source}${p.row.confidence === 'M' ? ' (one secondary source)' : ''}`,
    ]
      .filter(Boolean)
      .join('\n');
  // One text mark per partner: each has its own offset and anchor.
  const labelMarks = labelled.map((p) => {
    const isJapan = p.row.iso3 === SUBJECT_ISO3;
    const { dLon, dLat, dy, textAnchor } = allLabels ? (LABEL_PLACES[p.row.iso3] ?? DEFAULT_PLACE) : JAPAN_ALONE;
    return Plot.text([p], {
      x: (d: Placed) => d.lon + dLon,
      y: (d: Placed) => d.lat + dLat,
      dy,
      textAnchor,
      text: label,
      fill: isJapan ? colors.accent : 'currentColor',
      fontWeight: isJapan ? 'bold' : 'normal',
      fontSize: narrow ? 11 : 12,
      stroke: colors.background,
      strokeWidth: 3,
      lineHeight: 1.1,
    });
  });
  return Plot.plot({
    document,
    width,
    height,
    margin: 4,
    // Fitted to the partners, not the world: the map is as large as the card allows.
    projection: {
      type: 'equal-earth',
      domain: { type: 'FeatureCollection', features: placed.length ? placed.map((p) => p.shape) : land },
      ...(allLabels ? MAP_INSET : { inset: 4 }),
    },
    caption: !allLabels
      ? `Partners and the year of each partnership’s first formal instrument: ${placed.map((p) => `${p.row.country} (${yearsOf(p.row)})`).join(', ')}.`
      : undefined,
    marks: [
      Plot.geo(land, { clip: 'frame', fill: colors.muted, fillOpacity: 0.3, stroke: colors.background, strokeWidth: 0.5 }),
      Plot.geo(placed, { geometry: (p: Placed) => p.shape, fill: fillOf, stroke: colors.background, strokeWidth: 0.5 }),
      // Small partners (Japan, Korea, New Zealand) need a mark the eye can find at 110m scale.
      Plot.dot(placed.filter((p) => p.small), { x: 'lon', y: 'lat', r: 2.5, fill: fillOf, stroke: colors.background, strokeWidth: 1 }),
      ...labelMarks,
      Plot.tip(
        placed,
        // No wider than half the map, so that Plot can always fit it beside the pointer.
        Plot.pointer({ render: unlabelled, x: 'lon', y: 'lat', title: tooltip, fill: colors.background, lineWidth: tipLineWidth(width) }),
      ),
    ],
  });
}

export const natoGlobalPartners: Indicator<PartnerRow> = {
  id: 'nato-global-partners',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'NATO’s partners across the globe in 2022, with the year of each partnership’s first formal instrument',
  claims: [
    {
      id: 'nato-global-partners',
      quote:
        'NATO has recognised Japan as one of nine countries beyond the Euro-Atlantic area – often referred to as ‘partners across the globe’ – with which it is developing relations, and NATO’s top leadership has consistently described Japan as a ‘natural partner’ over the years.',
      excerpt: 'one of nine countries beyond the Euro-Atlantic area',
      check,
    },
  ],
  dataset: { name: 'nato-global-partners', text },
  notes: [
    'Each year is that of the partnership’s first formal instrument (a joint declaration, an Individual Partnership and Cooperation Programme or a partnership agreement), by one definition for all nine; relations often began earlier. Where a later formal step matters, its year follows (Colombia: partner in 2017, formal global-partner status in 2018).',
    'Pakistan has no formal instrument that the sources name: relations grew from NATO’s earthquake relief of 2005, which is not a formalisation. NATO’s list still included Afghanistan in 2022, although cooperation was suspended after 2021.',
    'The map shows country shapes from Natural Earth (world-atlas, 1:110m), which draws borders as they are on the ground, not as any government claims them.',
  ],
  chart,
  describe,
};
