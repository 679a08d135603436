import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkEurope, checkPacific, describe as describeRows, headline, pacificExercises } from '../../src/indicators/pacific-exercises.js';
import { countriesOf, datedOf, type ExerciseRow, pacificTally, whenOf } from '../../src/indicators/pacific-exercises.exercises.js';
import { readRows } from '../shared-files.js';

const rows = readRows<ExerciseRow>('pacific-exercises');
const byDate = (date: string) => rows.find((r) => r.date === date && r.kind === 'exercise')!;
const withRegion = (row: ExerciseRow, region: ExerciseRow['region']) => ({ ...row, region });
const SNMG_2019: ExerciseRow = {
  ...byDate('2018-08-21'), date: '2019-06-10', end_date: '2019-06-10', event: 'A third exercise with a Standing NATO Maritime Group', nato_force: 'Standing NATO Maritime Group One',
};

describe('pacific-five: exercises in the Pacific with the five', () => {
  it('is supported on the real data: all five have an exercise in the Pacific dated to the day', () => {
    const result = checkPacific(rows);
    expect(result.status).toBe('supported');
    expect(result.deciding).toEqual({ label: 'Partners with an exercise in the Pacific, January 2021 – June 2022, dated to the day', value: '5 of 5' });
    expect(result.reasoning).toContain('7 exercises outside the Pacific and 5 dated only by month or year');
  });

  // Pinned: distinct exercises in the Pacific dated to the day, 2021 – June 2022, one per partner taking part.
  it.each([
    ['Canada', 2, '21–30 Nov 2021', 3, 1],
    ['United Kingdom', 3, '2–3 Oct 2021', 2, 1],
    ['France', 4, '17 Sep 2021', 1, 2],
    ['Germany', 3, '13 Dec 2021', 0, 3],
    ['Netherlands', 2, '2–3 Oct 2021', 2, 1],
  ])('counts %s: %i dated, latest %s; %i by month or year only and %i outside the Pacific, not counted', (country, dated, latest, undated, outside) => {
    const tally = pacificTally(rows.filter((r) => r.claim_id === 'pacific-five')).find((t) => t.partner.country === country)!;
    expect([tally.dated.length, whenOf(tally.dated.at(-1)!), tally.undated.length, tally.outside.length]).toEqual([dated, latest, undated, outside]);
    expect(checkPacific(rows).figures.find((f) => f.label === `${country}, in the Pacific`)?.value).toMatch(new RegExp(`^${dated} dated to the day, latest ${latest}`));
  });

  it('is partly supported without Germany’s exercises in the Pacific, and says where Germany’s were', () => {
    const result = checkPacific(rows.filter((r) => !(r.region === 'Pacific' && countriesOf(r).includes('Germany'))));
    expect(result.status).toBe('partly-supported');
    expect(result.deciding?.value).toBe('4 of 5');
    expect(result.reasoning).toContain('but none with Germany (only outside the Pacific: Gulf of Aden; Eastern Indian Ocean)');
  });

  it('flips when the one exercise of three partners moves out of the Pacific', () => {
    const three = ['2021-02-19', '2021-10-02', '2021-12-13'].map(byDate);
    expect(checkPacific(three).status).toBe('supported');
    const moved = checkPacific(three.map((r) => (r.date === '2021-10-02' ? withRegion(r, 'elsewhere') : r)));
    expect(moved.status).toBe('partly-supported');
    expect(moved.deciding?.value).toBe('2 of 5');
  });

  it('takes a row moved elsewhere out of its partners’ counts', () => {
    const moved = rows.map((r) => (r.date === '2021-08-24' ? withRegion(r, 'elsewhere') : r));
    expect(checkPacific(moved).figures.find((f) => f.label === 'Netherlands, in the Pacific')?.value).toMatch(/^1 dated to the day/);
  });

  it('is not supported when every exercise was outside the Pacific', () => {
    expect(checkPacific(rows.map((r) => withRegion(r, 'elsewhere'))).status).toBe('not-supported');
  });

  it('never counts a date without a day, a date before 2021 or a date after the article', () => {
    const undatedOnly = rows.filter((r) => r.date.length < 10);
    expect(checkPacific(undatedOnly).status).toBe('not-supported');
    const outOfRange = ['2020-11-02', '2022-07-15'].map((date) => ({ ...byDate('2021-12-13'), date, end_date: date, event: `Germany ${date}` }));
    expect(checkPacific([...rows.filter((r) => !countriesOf(r).includes('Germany')), ...outOfRange]).status).toBe('partly-supported');
  });

  it('cannot be checked without rows', () => {
    expect(checkPacific([]).status).toBe('unverifiable');
    expect(checkPacific(rows.filter((r) => r.claim_id === 'europe-twice')).status).toBe('unverifiable');
  });
});

describe('europe-twice: exercises with NATO fleets in Europe', () => {
  it('is partly supported on the real data: NATO’s two of 2018, but four by June 2022', () => {
    const result = checkEurope(rows);
    expect(result.status).toBe('partly-supported');
    expect(result.deciding?.value).toBe('4 (3 with a Standing NATO Maritime Group)');
    expect(result.figures.map((f) => f.label)).toEqual(expect.arrayContaining(['25 Aug 2016', '1 Aug 2018', '21 Aug 2018', '6 Jun 2022']));
    expect(result.figures).toContainEqual({ label: 'With a standing group by NATO’s page of 12 Sep 2018', value: '2: 1 Aug 2018 and 21 Aug 2018' });
    expect(result.reasoning).toContain('“Twice” was NATO’s own count');
    expect(result.reasoning).toContain('Operation Active Endeavour (not a standing group)');
    expect(result.reasoning).toContain('“Twice” undercounts them');
  });

  it('counts neither the Gulf of Aden exercise of 2014 nor the June 2022 one without a day', () => {
    const labels = checkEurope(rows).figures.map((f) => f.label);
    expect(labels).toContain('25 Sep 2014, outside Europe: not counted');
    expect(labels).toContain('Jun 2022, day not stated: not counted');
  });

  const twoOf2018 = rows.filter((r) => !['2016-08-25', '2022-06-06'].includes(r.date));

  it('is supported by data that show only the two exercises of August 2018, and not by a third with a standing group', () => {
    expect(checkEurope(twoOf2018).status).toBe('supported');
    const three = checkEurope([...twoOf2018, SNMG_2019]);
    expect(three.status).toBe('partly-supported');
    expect(three.deciding?.value).toBe('3');
    expect(three.reasoning).toContain('undercounts');
  });

  it('is partly supported by one exercise, not supported by none, and ignores one after the article', () => {
    expect(checkEurope(twoOf2018.map((r) => (r.date === '2018-08-21' ? withRegion(r, 'elsewhere') : r))).reasoning).toContain('Not two.');
    expect(checkEurope(rows.filter((r) => r.region !== 'Europe' || r.kind === 'summary')).status).toBe('not-supported');
    expect(checkEurope([...twoOf2018, { ...SNMG_2019, date: '2022-07-20', end_date: '2022-07-20' }]).status).toBe('supported');
  });

  it('cannot be checked without rows', () => {
    expect(checkEurope([]).status).toBe('unverifiable');
    expect(checkEurope(rows.filter((r) => r.claim_id === 'pacific-five')).status).toBe('unverifiable');
  });
});

describe('pacific-exercises data', () => {
  it('keeps the summaries of several exercises apart, and names the NATO force of each exercise', () => {
    expect(rows.filter((r) => r.kind === 'summary').map((r) => r.date)).toEqual(['2021', '2021', '2018-09-12']);
    expect(byDate('2016-08-25').nato_force).toBe('Operation Active Endeavour');
    expect(byDate('2022-06-06').nato_force).toBe('Standing NATO Maritime Group Two');
    expect(byDate('2021-08-24').source).toBe('Kyodo News (nippon.com)');
  });

  /** Days that the quote gives in other words, checked by hand against it and the row's note. */
  const DAY_STATED_OTHERWISE: Record<string, string> = {
    '2021-08-24': 'Kyodo, Wednesday 25 Aug 2021: the drill was "conducted on Tuesday" (the note quotes it)',
    '2021-11-21': 'a "nine-day" exercise concluded "Nov. 30": 21–30 November, as the note’s second source gives it',
    '2018-08-21': 'UPI, Thursday 23 Aug 2018: "SNMG1 on Tuesday"',
    '2018-09-12': 'the date NATO’s page was last updated: a summary, not an exercise',
  };

  it('states the first and last day of each exercise in its quote', () => {
    const statesDay = (quote: string, date: string) => new RegExp(`(^|\\D)${Number(date.slice(8))}(\\D|$)`).test(quote);
    for (const row of rows.filter((r) => r.date.length === 10 && !DAY_STATED_OTHERWISE[r.date])) {
      expect(statesDay(row.source_quote, row.date), `${row.date}: "${row.source_quote}"`).toBe(true);
      if (row.end_date) expect(statesDay(row.source_quote, row.end_date), `${row.end_date}: "${row.source_quote}"`).toBe(true);
    }
    for (const date of Object.keys(DAY_STATED_OTHERWISE)) expect(rows.map((r) => r.date), date).toContain(date);
  });

  it.each([
    ['2021-08', null, 'Aug 2021'],
    ['2021', null, '2021'],
    ['2021-05-11', '2021-05-17', '11–17 May 2021'],
    ['2021-08-29', '2021-09-02', '29 Aug – 2 Sep 2021'],
    ['2021-12-30', '2022-01-02', '30 Dec 2021 – 2 Jan 2022'],
  ])('writes %s – %s as “%s”, never as a day it does not know', (date, end_date, words) => {
    expect(whenOf(datedOf({ ...rows[0]!, date, end_date }))).toBe(words);
  });
});

describe('pacific-exercises headline and text alternative', () => {
  it('states the counts the data give', () => {
    expect(headline(rows)).toBe('Japan’s forces exercised in the Pacific with all five countries the article names in 2021–22, and with NATO ships in Europe four times by June 2022');
    expect(headline(rows.filter((r) => !(r.region === 'Pacific' && countriesOf(r).includes('Germany'))))).toContain('with four of the five countries');
    expect(headline([])).not.toMatch(/\d|five|four/);
  });

  it('lists every counted exercise by partner', () => {
    const text = describeRows(rows);
    expect(text).toContain('Germany 3 (4–5 Nov 2021, 21–30 Nov 2021, 13 Dec 2021), also 3 outside the Pacific');
    expect(text).toContain('6 Jun 2022, Mediterranean Sea, with Standing NATO Maritime Group Two');
  });
});

describe('pacific-exercises chart', () => {
  const document = new JSDOM('').window.document;
  const colors = { accent: '#aa0000', muted: '#999999', reference: '#333333', series: ['#0000aa', '#00aa00', '#aa00aa', '#00aaaa'], background: '#ffffff' };

  it.each([320, 1200])('draws at %i px: a lane per partner and for NATO, the article’s month, and the earlier NATO exercises', (width) => {
    const svg = pacificExercises.chart(rows, { width, document, colors }) as SVGSVGElement;
    expect(svg.getAttribute('width')).toBe(String(width));
    const text = svg.textContent ?? '';
    for (const lane of [width < 480 ? 'UK: 3 dated' : 'United Kingdom: 3 exercises', 'France: 4', 'Germany: 3', 'Netherlands: 2', 'Canada: 2', 'NATO ships']) expect(text).toContain(lane);
    expect(text).toContain('Article, June 2022');
    expect(text).toContain(width < 480 ? '◀ 2016, 2018, 2018' : '◀ Before 2021: 25 Aug 2016, 1 Aug 2018, 21 Aug 2018');
    // Shape and colour tell the regions apart: filled marks in each region's colour.
    const fills = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('fill'));
    for (const color of [colors.series[0], colors.muted, colors.series[2]]) expect(fills).toContain(color);
  });

  it('draws each date without a day as a dashed box across its month or year: 9 of them', () => {
    const svg = pacificExercises.chart(rows, { width: 640, document, colors }) as SVGSVGElement;
    const boxes = [...svg.querySelectorAll('g[stroke-dasharray] rect')];
    expect(boxes).toHaveLength(9);
    const widths = boxes.map((r) => Number(r.getAttribute('width')));
    // The year 2021 (Canada's KAEDEX) is wider than a month by far.
    expect(Math.max(...widths)).toBeGreaterThan(8 * Math.min(...widths));
  });
});
