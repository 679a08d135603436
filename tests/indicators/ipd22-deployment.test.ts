import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { calendarSpan, check, chart, describe as describeRows, type DeploymentRow, headline } from '../../src/indicators/ipd22-deployment.js';
import { readRows } from '../shared-files.js';

const rows = readRows<DeploymentRow>('ipd22-deployment');

const isPlan = (r: DeploymentRow) => r.kind === 'deployment' && r.units === 'all units';
const plan = rows.find(isPlan)!;
const daysFrom = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
/** Days as the official figures count them: both ends included. */
const daysCounted = (a: string, b: string) => daysFrom(a, b) + 1;
/** The fleet of the article: every unit sailing on the plan's first day, with a submarine. */
const allSailInMidJune = (rs: DeploymentRow[]) =>
  rs.map((r) => (r.kind === 'deployment' && r.units !== 'all units' ? { ...r, start: plan.start, units: `${r.units}; submarine` } : r));
const valueOf = (result: ReturnType<typeof check>, label: string) => result.figures.find((f) => f.label === label)?.value;

describe('ipd22-deployment check', () => {
  it('partly supports the claim on the real data: four months and the ports hold, the mid-June fleet does not', () => {
    const result = check(rows);
    expect(result.status).toBe('partly-supported');
    // Pinned by the fact-check of November 2026: 138 days as the official figure counts them, 137 elapsed.
    expect(valueOf(result, 'Planned length')).toBe('138 days counting both ends (137 elapsed; 4 months 15 days)');
    const first = rows.find((r) => r.kind === 'deployment' && r.units?.includes('Izumo'))!;
    const firstFigure = result.figures.find((f) => f.label.startsWith(first.event))!;
    expect(firstFigure.value).toContain(`${daysCounted(first.start!, first.end!)} days counting both ends (${daysFrom(first.start!, first.end!)} elapsed`);
    expect(valueOf(result, 'Sailed in mid-June')).toBe('Izumo and Takanami');
    expect(valueOf(result, 'Sailed later (Second surface unit away)')).toBe('Kirisame, 5 Jul');
    expect(result.reasoning).toContain('in mid-June only Izumo and Takanami sailed (one destroyer); Kirisame sailed on 5 Jul');
    expect(valueOf(result, 'Countries and territories on the plan')).toBe('12');
    expect(result.reasoning).toContain('12 countries and territories of planned port calls');
    for (const country of ['Australia', 'Vietnam', 'the Philippines']) expect(valueOf(result, 'Named in the article and on the plan')).toContain(country);
    const southPacific = rows.filter((r) => r.kind === 'planned port call' && r.region === 'South Pacific');
    expect(valueOf(result, 'South Pacific islands on the plan')).toMatch(new RegExp(`^${southPacific.length} `));
    expect(result.reasoning).not.toContain('\n');
  });

  it('supports it when the Izumo, two destroyers and a submarine all sailed in mid-June', () => {
    const result = check(allSailInMidJune(rows));
    expect(result.status).toBe('supported');
    expect(result.reasoning).toContain('the Izumo, destroyers and a submarine sailed in mid-June');
  });

  it('does not support a 60-day deployment', () => {
    const short = rows.map((r) => (isPlan(r) ? { ...r, end: '2022-08-12' } : r));
    expect(daysFrom(plan.start!, '2022-08-12')).toBe(60);
    const result = check(short);
    expect(result.status).toBe('not-supported');
    expect(result.reasoning).toContain('60 elapsed');
  });

  it('only partly supports a plan without Australia', () => {
    const result = check(allSailInMidJune(rows).filter((r) => !(r.kind === 'planned port call' && r.country === 'Australia')));
    expect(result.status).toBe('partly-supported');
    expect(result.reasoning).toContain('Australia was not on the plan');
    expect(valueOf(result, 'Named in the article and on the plan')).not.toContain('Australia');
  });

  it('only partly supports a plan with a single South Pacific island', () => {
    let kept = 0;
    const one = allSailInMidJune(rows).filter((r) => r.region !== 'South Pacific' || kept++ === 0);
    expect(check(one).status).toBe('partly-supported');
  });

  it('does not support a plan that names none of the places', () => {
    const none = rows.filter((r) => r.kind !== 'planned port call' || (r.region !== 'South Pacific' && !['Australia', 'Vietnam', 'Philippines'].includes(r.country!)));
    expect(check(none).status).toBe('not-supported');
  });

  it('cannot check without the planned end date, or without the planned port calls', () => {
    expect(check(rows.map((r) => (isPlan(r) ? { ...r, end: null } : r))).status).toBe('unverifiable');
    expect(check(rows.filter((r) => !isPlan(r))).status).toBe('unverifiable');
    expect(check(rows.filter((r) => r.kind !== 'planned port call')).status).toBe('unverifiable');
    expect(check([]).figures).toEqual([]);
  });
});

describe('ipd22-deployment data', () => {
  // Pinned by the fact-check of November 2026: published end dates, and the exercises the data had left out.
  it.each([
    ['JIMEX 22', '2022-09-11', '2022-09-17'],
    ['Kakadu 2022', '2022-09-12', '2022-09-24'],
    ['Pacific Partnership 2022', '2022-07-15', '2022-07-19'],
    ['Noble Mist 22', '2022-10-04', '2022-10-08'],
    ['Sama Sama–Lumbas 2022', '2022-10-11', '2022-10-18'],
  ])('dates %s %s – %s', (event, start, end) => {
    expect(rows.find((r) => r.event === event)).toMatchObject({ start, end });
  });

  it('plans port calls in 12 countries and territories, one of them French', () => {
    const planned = rows.filter((r) => r.kind === 'planned port call');
    expect(planned).toHaveLength(12);
    expect(planned.map((r) => r.country)).toContain('New Caledonia (France)');
  });
});

describe('calendarSpan', () => {
  it('counts whole months and the days left over', () => {
    expect(calendarSpan(new Date('2022-06-13'), new Date('2022-10-13'))).toEqual({ months: 4, days: 0 });
    expect(calendarSpan(new Date('2022-06-13'), new Date('2022-10-12'))).toEqual({ months: 3, days: 29 });
    expect(calendarSpan(new Date('2022-01-31'), new Date('2022-02-28'))).toEqual({ months: 0, days: 28 });
  });
});

describe('ipd22-deployment chart', () => {
  const document = new JSDOM('').window.document;
  it.each([320, 1200])('draws at %i px with every dated event, Japan’s units and no guessed end', (width) => {
    const node = chart(rows, { width, document });
    const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe(String(width));
    const text = node.textContent ?? '';
    expect(text).toContain('Izumo');
    expect(text).toContain('Kirisame');
    expect(text).toContain('Date, 2022');
    expect(rows.filter((r) => r.start && !r.end)).toEqual([]);
    expect(text).not.toMatch(/end (date )?not found/);
    const bars = svg.querySelectorAll('rect');
    expect(bars.length).toBeGreaterThanOrEqual(rows.filter((r) => r.start && r.end).length);
    // The planned port calls have no dates: they are listed, not drawn on the timeline.
    expect(node.querySelector('figcaption')?.textContent).toContain('Vanuatu');
  });

  it('says in the label, at full width, when no end date was found', () => {
    const withoutEnd = rows.map((r) => (r.event === 'JIMEX 22' ? { ...r, end: null } : r));
    const node = chart(withoutEnd, { width: 1200, document });
    const undated = withoutEnd.filter((r) => r.start && !r.end);
    expect(undated).toHaveLength(1);
    const labels = [...node.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => t.includes('end date not found'));
    expect(labels.length).toBe(undated.length);
  });
});

describe('ipd22-deployment text alternative', () => {
  it('states the planned period and its length, and lists the exercises without claiming they are all', () => {
    const text = describeRows(rows);
    expect(text).toContain(`${daysCounted(plan.start!, plan.end!)} days counting both ends`);
    expect(text).toContain('Vietnam');
    expect(text).toContain('12 countries and territories');
    expect(text).toContain('(not a complete list)');
    expect(text).not.toMatch(/planned in 12 countries:/);
  });
});

describe('ipd22-deployment headline', () => {
  it('gives the planned period and its length, computed from the plan row', () => {
    const start = new Date(`${plan.start}T00:00:00Z`);
    const end = new Date(`${plan.end}T00:00:00Z`);
    const { months, days } = calendarSpan(start, end);
    const title = headline(rows);
    expect(title).toContain(`${months} months and ${days} days`);
    expect(title).toContain('every place the article names');
  });

  it('drops the port-call clause when a named country is not on the plan, and the dates without a plan', () => {
    expect(headline(rows.filter((r) => r.country !== 'Australia'))).not.toContain('every place');
    expect(headline(rows.filter((r) => !isPlan(r)))).not.toMatch(/day|month|Jun|Oct/);
  });
});
