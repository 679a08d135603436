import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimStatus, decidingFigure } from '../../src/indicator.js';
import { capabilityMilestones, chart, describe as describeRows, headline, type MilestoneRow } from '../../src/indicators/capability-milestones.js';
import { readRows } from '../shared-files.js';

const rows = readRows<MilestoneRow>('capability-milestones');
const checkOf = (id: string, data: MilestoneRow[] = rows) => capabilityMilestones.claims.find((c) => c.id === id)!.check(data);
const eventOf = (start: string) => {
  const row = rows.find((r) => r.event.startsWith(start));
  expect(row, start).toBeDefined();
  return row!.event;
};
/** The rows with one row's fields changed, found by the start of its event. */
const altered = (start: string, change: Pick<MilestoneRow, 'date'>) => {
  const event = eventOf(start);
  return rows.map((r) => (r.event === event ? { ...r, ...change } : r));
};

describe('capability-milestones checks on the real data', () => {
  it.each<[string, ClaimStatus, string, string]>([
    ['collective-self-defence-2015', 'supported', 'Diet enacts the security legislation (upper house vote, early hours) (Japan Ministry of Foreign Affairs)', '19 Sep 2015'],
    ['izumo-refit', 'supported', 'Refits begun by June 2022', 'Izumo (2020 – Jun 2021); Kaga (from Mar 2022, under way at the article’s date)'],
    ['f35b-izumo-2021', 'supported', 'First F-35B landing on JS Izumo (Japan Ministry of Defense)', '3 Oct 2021'],
    [
      'osprey-2020', 'partly-supported', 'Whose V-22s were delivered in 2020',
      'Japan’s own, bought by foreign military sale (First V-22 export contract: five aircraft for Japan (USD332m), 14 Jul 2015)',
    ],
  ])('%s: %s, decided by %s = %s', (id, status, label, value) => {
    const result = checkOf(id);
    expect(result.status).toBe(status);
    expect(decidingFigure(result)).toEqual({ label, value });
  });

  it('gives the other steps of collective self-defence: decided in 2014, in force in 2016', () => {
    const { reasoning } = checkOf('collective-self-defence-2015');
    expect(reasoning).toContain('1 Jul 2014');
    expect(reasoning).toContain('29 Mar 2016');
  });

  it('says whose word “historic” is', () => {
    expect(checkOf('f35b-izumo-2021').reasoning).toContain('“historic” is the word of Air & Space (Smithsonian)');
  });

  it('says why the Osprey sentence is only partly right: Japan’s own aircraft, US Ospreys in Japan since 2012, a first delivery in 2017', () => {
    const { reasoning } = checkOf('osprey-2020');
    expect(reasoning).toContain('First V-22 handed over to the JGSDF at Camp Kisarazu, 10 Jul 2020');
    expect(reasoning).toContain('call Japan the first international operator');
    expect(reasoning).toContain('not the US military’s');
    expect(reasoning).toContain('in Japan since 23 Jul 2012');
    expect(reasoning).toContain('Aug 2017');
  });

  it('counts the refit phases planned after the article as context, never as refits begun', () => {
    const { reasoning } = checkOf('izumo-refit');
    expect(reasoning).toContain('four later steps are planned, after the article');
    expect(reasoning).not.toContain('2027');
  });
});

describe('capability-milestones checks on altered data', () => {
  it('only partly supports collective self-defence enacted in 2016, and not at all without a step in 2015', () => {
    const enacted2016 = altered('Diet enacts', { date: '2016-01-20' });
    expect(checkOf('collective-self-defence-2015', enacted2016).status).toBe('partly-supported');
    const none2015 = enacted2016.map((r) => (r.event.startsWith('Cabinet approves') ? { ...r, date: '2016-01-10' } : r));
    expect(checkOf('collective-self-defence-2015', none2015).status).toBe('not-supported');
  });

  it('only partly supports the refits when Kaga’s begins after the article', () => {
    const result = checkOf('izumo-refit', altered('Kaga phase 1', { date: '2022-09' }));
    expect(result.status).toBe('partly-supported');
    expect(decidingFigure(result)?.value).toBe('Izumo (2020 – Jun 2021)');
  });

  it('does not support trials dated 2020, and only partly supports them when no source calls them historic', () => {
    const in2020 = rows.map((r) => (r.claim_id === 'f35b-izumo-2021' ? { ...r, date: '2020-10-03' } : r));
    expect(checkOf('f35b-izumo-2021', in2020).status).toBe('not-supported');
    const plain = rows.map((r) => ({ ...r, source_quote: r.source_quote.replace(/historic/gi, 'notable') }));
    expect(checkOf('f35b-izumo-2021', plain).status).toBe('partly-supported');
  });

  it('supports the Osprey sentence if the aircraft had not been sold to Japan, and not if handed over in 2021', () => {
    expect(checkOf('osprey-2020', rows.filter((r) => !r.event.startsWith('First V-22 export contract'))).status).toBe('supported');
    expect(checkOf('osprey-2020', altered('First V-22 handed over', { date: '2021-07-10' })).status).toBe('not-supported');
  });

  it('calls every claim unverifiable without rows, and keeps the fixed title', () => {
    for (const { check } of checkClaims(capabilityMilestones, [])) expect(check.status).toBe('unverifiable');
    expect(headline([])).toBe(capabilityMilestones.title);
  });
});

describe('capability-milestones data', () => {
  // Pinned: the dates the sources give, as precise as they give them.
  it.each([
    ['Cabinet decision reinterprets', '2014-07-01', null, 'event'],
    ['Diet enacts the security legislation', '2015-09-19', null, 'event'],
    ['Security legislation enters into force', '2016-03-29', null, 'event'],
    ['First F-35B landing on JS Izumo', '2021-10-03', null, 'event'],
    ['US Marine Corps MV-22s first arrive in Japan', '2012-07-23', null, 'event'],
    ['First V-22 for Japan delivered (in the US)', '2017-08', null, 'event'],
    ['First V-22 handed over to the JGSDF', '2020-07-10', null, 'event'],
    ['Izumo phase 1 modification', '2020', '2021-06', 'span'],
    ['Kaga phase 1 modification', '2022-03', '2024-03-29', 'span'],
    ['Izumo phase 2 modification', '2024-11-01', '2027', 'planned'],
    ['Kaga phase 2 modification', '2027', '2028', 'planned'],
  ])('dates %s %s – %s (%s)', (start, date, end, kind) => {
    expect(rows.find((r) => r.event.startsWith(start))).toMatchObject({ date, end_date: end, kind });
  });
});

describe('capability-milestones chart', () => {
  const document = new JSDOM('').window.document;
  it.each([320, 1200])('draws at %i px: the refit phases as bars, plans dashed, rows after the article marked', (width) => {
    const node = chart(rows, { width, document });
    const svg = node.localName === 'svg' ? node : node.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe(String(width));
    const texts = [...node.querySelectorAll('text')].map((t) => t.firstChild?.textContent ?? '');
    const planned = rows.filter((r) => r.kind === 'planned');
    // Every row after the article says so where it is drawn, even in a label cut short.
    for (const r of rows.filter((row) => row.date > '2022-06-30')) expect(texts.find((t) => t.includes(r.date.slice(0, 4)) && /after the article/i.test(t)), r.event).toBeDefined();
    expect(svg.querySelectorAll('g[stroke-dasharray="4,2"] rect').length).toBeGreaterThanOrEqual(planned.length);
    expect(texts.join(' ')).toContain(width < 480 ? 'Article' : 'Article (June 2022)');
  });
});

describe('capability-milestones text', () => {
  it('headlines the tally of the checks and describes the milestones without the plans', () => {
    expect(headline(rows)).toBe('Japan’s security policy and capabilities: the sources bear out three of the article’s four claims about its milestones, and one in part');
    const text = describeRows(rows);
    expect(text).toContain('Diet enacts the security legislation (upper house vote, early hours), 19 Sep 2015');
    expect(text).toContain('Four further steps of the carrier refits are planned, after the article.');
    expect(text).not.toContain('Izumo phase 2');
  });
});
