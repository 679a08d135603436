import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { calendarSpan, check, chart, describe as describeRows, type DeploymentRow, headline } from '../../src/indicators/ipd22-deployment.js';
import { readRows } from '../shared-files.js';

const rows = readRows<DeploymentRow>('ipd22-deployment');

const isPlan = (r: DeploymentRow) => r.kind === 'deployment' && r.units === 'all units';
const plan = rows.find(isPlan)!;
const daysFrom = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const valueOf = (result: ReturnType<typeof check>, label: string) => result.figures.find((f) => f.label === label)?.value;

describe('ipd22-deployment check', () => {
  it('supports the claim on the real data, with the length computed from the dates', () => {
    const result = check(rows);
    expect(result.status).toBe('supported');
    const days = daysFrom(plan.start!, plan.end!);
    expect(valueOf(result, 'Planned length')).toContain(`${days} days`);
    expect(valueOf(result, 'Planned length')).toContain('4 months');
    const first = rows.find((r) => r.kind === 'deployment' && r.units?.includes('Izumo'))!;
    const firstFigure = result.figures.find((f) => f.label.startsWith(first.event))!;
    expect(firstFigure.value).toContain(`${daysFrom(first.start!, first.end!)} days`);
    for (const country of ['Australia', 'Vietnam', 'the Philippines']) expect(valueOf(result, 'Named in the article and on the plan')).toContain(country);
    const southPacific = rows.filter((r) => r.kind === 'planned port call' && r.region === 'South Pacific');
    expect(valueOf(result, 'South Pacific islands on the plan')).toMatch(new RegExp(`^${southPacific.length} `));
    expect(result.reasoning).not.toContain('\n');
  });

  it('does not support a 60-day deployment', () => {
    const short = rows.map((r) => (isPlan(r) ? { ...r, end: '2022-08-12' } : r));
    expect(daysFrom(plan.start!, '2022-08-12')).toBe(60);
    const result = check(short);
    expect(result.status).toBe('not-supported');
    expect(result.reasoning).toContain('60 days');
  });

  it('only partly supports a plan without Australia', () => {
    const result = check(rows.filter((r) => !(r.kind === 'planned port call' && r.country === 'Australia')));
    expect(result.status).toBe('partly-supported');
    expect(result.reasoning).toContain('Australia was not on the plan');
    expect(valueOf(result, 'Named in the article and on the plan')).not.toContain('Australia');
  });

  it('only partly supports a plan with a single South Pacific island', () => {
    let kept = 0;
    const one = rows.filter((r) => r.region !== 'South Pacific' || kept++ === 0);
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
    const undated = rows.filter((r) => r.start && !r.end);
    expect(undated.length).toBeGreaterThan(0);
    for (const r of undated) expect(text).toContain(r.event.split(' ')[0]);
    expect(text).toMatch(/end (date )?not found/);
    const bars = svg.querySelectorAll('rect');
    expect(bars.length).toBeGreaterThanOrEqual(rows.filter((r) => r.start && r.end).length);
    // The planned port calls have no dates: they are listed, not drawn on the timeline.
    expect(node.querySelector('figcaption')?.textContent).toContain('Vanuatu');
  });

  it('says in the label, at full width, when no end date was found', () => {
    const node = chart(rows, { width: 1200, document });
    const undated = rows.filter((r) => r.start && !r.end);
    const labels = [...node.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => t.includes('end date not found'));
    expect(labels.length).toBe(undated.length);
  });
});

describe('ipd22-deployment text alternative', () => {
  it('states the planned period and its length', () => {
    const text = describeRows(rows);
    expect(text).toContain(`${daysFrom(plan.start!, plan.end!)} days`);
    expect(text).toContain('Vietnam');
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
