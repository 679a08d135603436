/**
 * The timeline builder on small, fixed data: partial dates drawn over the period they name,
 * spans and single dates, plans, reference marks, labels that fit, and snapshots of each case
 * in `tests/output/charts/` (normalised as the indicators' are, by `tests/svg-snapshot.ts`).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { datePeriod, formatPartialDate, formatWhen, timeline, type TimelineLane, type TimelineOptions } from '../../src/charts/timeline.js';
import { ROOT } from '../shared-files.js';
import { compareSnapshot, serializeChart } from '../svg-snapshot.js';

const OUTPUT = resolve(ROOT, 'tests/output/charts');

/** Five months of one year, as a deployment's timeline: spans, a port call, an open event, a rule. */
const MONTHS: TimelineLane[] = [
  {
    label: 'Whole voyage',
    shortLabel: 'Voyage',
    events: [{ id: 'voyage', label: 'Planned voyage · 13 Jun – 28 Oct', shortLabel: 'Planned voyage', start: '2022-06-13', end: '2022-10-28', kind: 'period' }],
  },
  {
    label: 'First ship',
    events: [
      { id: 'exercise', label: 'Exercise · 29 Jun – 4 Aug', start: '2022-06-29', end: '2022-08-04', kind: 'exercise' },
      { id: 'port', label: 'Port call · 6 – 8 Aug', start: '2022-08-06', end: '2022-08-08', kind: 'port call' },
      { id: 'open', label: 'Patrol · from 1 Sep, end not found', start: '2022-09-01', open: true, kind: 'exercise' },
      { id: 'day', label: 'Ceremony · 12 Oct', start: '2022-10-12', kind: 'exercise' },
    ],
  },
  { label: 'A lane with no events is left out', events: [] },
];
const MONTH_OPTIONS: TimelineOptions = {
  domain: [new Date('2022-06-01'), new Date('2022-11-01')],
  styles: { period: { color: 'accent', fillOpacity: 0.35 }, exercise: { color: 'series-1' }, 'port call': { color: 'series-4', symbol: 'diamond' } },
  references: [{ date: new Date('2022-10-13'), label: 'Four months after 13 Jun', shortLabel: 'Four months' }],
  axisLabel: 'Date, 2022',
};

/** Three decades of dates as sources give them: a year, a month, a day; spans with vague ends; plans. */
const YEARS: TimelineLane[] = [
  {
    label: 'Dates as precise as their sources',
    events: [
      { id: 'year', label: '1990 · a year, drawn across it', start: '1990', kind: 'fact' },
      { id: 'month', label: 'May 2018 · a month', start: '2018-05', kind: 'fact' },
      { id: 'day', label: '15 Apr 2013 · a day', start: '2013-04-15', kind: 'fact' },
      { id: 'short', label: '7 – 8 Jun 2022 · two days, too short for a bar at this scale', start: '2022-06-07', end: '2022-06-08', kind: 'fact' },
    ],
  },
  {
    label: 'Spans and plans',
    events: [
      { id: 'vague-span', label: '2020 – Jun 2021 · a span whose start is a year and end a month', start: '2020', end: '2021-06', kind: 'fact' },
      { id: 'context', label: '2006 – 2010 · context, in the muted colour', start: '2006-05-04', end: '2010', kind: 'context' },
      { id: 'plan', label: '1 Nov 2024 – 2027 · planned', start: '2024-11-01', end: '2027', kind: 'plan' },
      { id: 'plan-year', label: '2028 · planned, a year', start: '2028', kind: 'plan' },
    ],
  },
];
const YEAR_OPTIONS: TimelineOptions = {
  styles: { fact: { color: 'accent' }, context: { color: 'muted' }, plan: { color: 'accent', planned: true } },
  references: [{ date: '2022-06', label: 'Article (June 2022)', shortLabel: 'Article' }],
  axisLabel: 'Year',
  caption: 'Light marks span the year or month a source gives.',
};

let document: Document;
beforeAll(() => {
  process.env.TZ = 'UTC';
  document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
  mkdirSync(OUTPUT, { recursive: true });
});

const svgOf = (node: Element) => (node.localName === 'svg' ? node : node.querySelector('svg')!);
const textsOf = (node: Element) => [...node.querySelectorAll('text')].map((t) => t.textContent ?? '');
/** The bars Plot drew, with their left and right edges in pixels. */
const barsOf = (node: Element) =>
  [...svgOf(node).querySelectorAll('rect')].map((r) => ({ rect: r, x1: Number(r.getAttribute('x')), x2: Number(r.getAttribute('x')) + Number(r.getAttribute('width')) }));

describe('partial dates', () => {
  it('stand for the whole year, month or day they name', () => {
    expect(datePeriod('1990')).toEqual({ start: new Date('1990-01-01'), end: new Date('1991-01-01'), precision: 'year' });
    expect(datePeriod('2018-05')).toEqual({ start: new Date('2018-05-01'), end: new Date('2018-06-01'), precision: 'month' });
    expect(datePeriod('2013-04-15')).toEqual({ start: new Date('2013-04-15'), end: new Date('2013-04-16'), precision: 'day' });
    for (const bad of ['', '90', '2013-4', '2013-04-1', '15 Apr 2013', '2013-13']) expect(() => datePeriod(bad), bad).toThrow();
  });

  it('are written at their precision, never as a 1 January', () => {
    expect(formatPartialDate('1990')).toBe('1990');
    expect(formatPartialDate('2018-05')).toBe('May 2018');
    expect(formatPartialDate('2013-04-15')).toBe('15 Apr 2013');
    expect(formatPartialDate('2013-04-15', { year: false })).toBe('15 Apr');
    expect(formatWhen('2020', '2021-06')).toBe('2020 – Jun 2021');
    expect(formatWhen('2022-06-13', '2022-10-28', { year: false })).toBe('13 Jun – 28 Oct');
  });
});

describe('timeline', () => {
  it('draws a heading per lane with events, and a labelled row per event', () => {
    const node = timeline(MONTHS, { ...MONTH_OPTIONS, document });
    const texts = textsOf(node);
    for (const label of ['Whole voyage', 'First ship', 'Exercise · 29 Jun – 4 Aug', 'Patrol · from 1 Sep, end not found', 'Four months after 13 Jun', 'Date, 2022']) expect(texts).toContain(label);
    expect(texts.join(' ')).not.toContain('left out');
    expect(texts).toEqual(expect.arrayContaining(['June', 'October']));
    expect(texts).not.toContain('November');
  });

  it('draws a span from its first day to the end of its last, and single days and open events as marks', () => {
    const node = timeline(MONTHS, { ...MONTH_OPTIONS, width: 1200, document });
    // 13 Jun – 28 Oct and 29 Jun – 4 Aug, 6 – 8 Aug: three bars; the open event and the single day are dots, the port call has a diamond too.
    expect(barsOf(node)).toHaveLength(3);
    const marks = [...svgOf(node).querySelectorAll('g[aria-label="dot"] > *')];
    expect(marks.map((m) => m.localName)).toEqual(['circle', 'circle', 'path']);
    // The open event is hollow: the background inside, its colour around.
    expect(marks[0]!.getAttribute('fill')).toBe('#ffffff');
  });

  it('draws a year or a month across the whole period, light, and a vague span end likewise', () => {
    const node = timeline(YEARS, { ...YEAR_OPTIONS, domain: [new Date('1990-01-01'), new Date('2030-01-01')], width: 1000, document });
    const innerWidth = 1000 - 8 - 16;
    const x = (date: string) => 8 + ((Date.parse(date) - Date.parse('1990-01-01')) / (Date.parse('2030-01-01') - Date.parse('1990-01-01'))) * innerWidth;
    const bars = barsOf(node);
    const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
    const year = bars.find((b) => near(b.x1, x('1990-01-01')) && near(b.x2, x('1991-01-01')));
    expect(year, 'a band over 1990').toBeDefined();
    expect(year!.rect.getAttribute('fill-opacity')).toBe('0.25');
    const month = bars.find((b) => near(b.x1, x('2018-05-01')) && near(b.x2, x('2018-06-01')));
    expect(month, 'a band over May 2018').toBeDefined();
    // 2020 – Jun 2021: light over 2020, solid from 2021 to June, light over June.
    expect(bars.find((b) => near(b.x1, x('2020-01-01')) && near(b.x2, x('2021-01-01')))?.rect.getAttribute('fill-opacity')).toBe('0.25');
    expect(bars.find((b) => near(b.x1, x('2021-01-01')) && near(b.x2, x('2021-06-01')))?.rect.getAttribute('fill-opacity')).toBe('1');
    expect(bars.find((b) => near(b.x1, x('2021-06-01')) && near(b.x2, x('2021-07-01')))).toBeDefined();
  });

  it('draws plans in dashed outline without fill', () => {
    const node = timeline(YEARS, { ...YEAR_OPTIONS, document });
    const dashed = [...svgOf(node).querySelectorAll('g[stroke-dasharray="4,2"] rect')];
    // 1 Nov 2024 – 2027: a solid-span part and the light year 2027; 2028 as a band.
    expect(dashed).toHaveLength(3);
    for (const rect of dashed) expect(rect.getAttribute('fill-opacity')).toBe('0');
  });

  it('marks a partial reference date as a band over its period, labelled', () => {
    const node = timeline(YEARS, { ...YEAR_OPTIONS, document });
    expect(textsOf(node)).toContain('Article (June 2022)');
    expect(node.querySelector('figcaption')?.textContent).toContain('Light marks');
  });

  it('spans the events’ whole years by default, with ticks far enough apart', () => {
    const wide = textsOf(timeline(YEARS, { ...YEAR_OPTIONS, document }));
    expect(wide).toEqual(expect.arrayContaining(['1990', '2000', '2010', '2020']));
    const narrow = textsOf(timeline(YEARS, { ...YEAR_OPTIONS, width: 320, document }));
    expect(narrow).toContain('2000');
    expect(narrow).not.toContain('1995');
  });

  it('shortens labels at 320 px: short labels where given, an ellipsis otherwise', () => {
    const node = timeline(YEARS, { ...YEAR_OPTIONS, width: 320, document });
    const texts = textsOf(node);
    expect(texts).toContain('Article');
    const cut = [...node.querySelectorAll('text')].find((t) => t.firstChild?.textContent?.trim().startsWith('2020 – Jun 2021'))!;
    expect(cut.firstChild!.textContent!.trim()).toMatch(/…$/);
    // The whole label stays with it, for the reader who points at it.
    expect(cut.querySelector('title')?.textContent).toBe('2020 – Jun 2021 · a span whose start is a year and end a month');
  });

  it('draws an empty chart without throwing', () => {
    expect(svgOf(timeline([], { document })).getAttribute('width')).toBe('640');
  });
});

describe('timeline snapshots', () => {
  it.each([
    ['timeline-months', MONTHS, MONTH_OPTIONS, 640],
    ['timeline-months-narrow', MONTHS, MONTH_OPTIONS, 320],
    ['timeline-partial-dates', YEARS, YEAR_OPTIONS, 640],
    ['timeline-partial-dates-narrow', YEARS, YEAR_OPTIONS, 320],
  ] as const)('%s matches tests/output/charts', (name, lanes, options, width) => {
    const chart = timeline(lanes, { ...options, width, document });
    const file = resolve(OUTPUT, `${name}.${chart.localName === 'svg' ? 'svg' : 'html'}`);
    const result = compareSnapshot(serializeChart(chart), file);
    if (result.status === 'written') console.warn(`! wrote the missing snapshot ${result.file}: look at it, then commit it`);
    expect(result.status).not.toBe('missing');
    if (result.status === 'changed') expect(readFileSync(result.actualFile, 'utf8'), `see ${result.actualFile}`).toBe(result.expected);
  });
});
