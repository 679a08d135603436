import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimStatus, decidingFigure } from '../../src/indicator.js';
import { chart, describe as describeRows, headline, japanNatoTimeline, type RelationsRow } from '../../src/indicators/japan-nato-timeline.js';
import { readRows } from '../shared-files.js';

const rows = readRows<RelationsRow>('japan-nato-timeline');
const claim = (id: string) => japanNatoTimeline.claims.find((c) => c.id === id)!;
const checkOf = (id: string, data: RelationsRow[] = rows) => claim(id).check(data);
/** The rows with one row's fields changed, found by its event. */
const altered = (event: string, change: Partial<Pick<RelationsRow, 'date' | 'role' | 'source_quote'>>) => {
  expect(rows.some((r) => r.event === event), event).toBe(true);
  return rows.map((r) => (r.event === event ? { ...r, ...change } : r));
};
const eventOf = (start: string) => rows.find((r) => r.event.startsWith(start))!.event;

describe('japan-nato-timeline checks on the real data', () => {
  it.each<[string, ClaimStatus, string, string]>([
    ['madrid-first', 'supported', 'Kishida attends the NATO Summit partner session in Madrid (Prime Minister’s Office of Japan)', '29 Jun 2022'],
    ['early-1990s', 'supported', 'NATO–Japan Security Conference series begins (NATO)', '1990'],
    ['joint-declaration-2013', 'supported', 'Joint Political Declaration between Japan and NATO signed (NATO)', '15 Apr 2013'],
    ['ipcp-2014-2020', 'supported', 'IPCP revised (second revision) (gov-base (copy of MOFA release))', '26 Jun 2020'],
    ['foreign-ministers', 'partly-supported', '2 Dec 2020, Japan Ministry of Foreign Affairs', 'Ambassador to NATO SHIMOKAWA Makita attended and read FM MOTEGI Toshimitsu\'s statement'],
    ['strategic-concept-china', 'supported', '2022 Strategic Concept approved at the Madrid Summit; addresses China for the first time (Europe Diplomatic (copy of NATO release))', '29 Jun 2022'],
    ['military-committee-visit', 'supported', 'Chair of NATO\'s Military Committee, Adm. Rob Bauer, visits Japan (NHK World)', '7 – 8 Jun 2022'],
  ])('%s: %s, decided by %s = %s', (id, status, label, value) => {
    const result = checkOf(id);
    expect(result.status).toBe(status);
    expect(decidingFigure(result)).toEqual({ label, value });
  });

  it('notes the 2018 revision of the IPCP that the sentence leaves out', () => {
    expect(checkOf('ipcp-2014-2020').reasoning).toContain('the sentence leaves out the revision of May 2018');
  });

  it('says why December 2020 is only partly an “inaugural participation”: the ambassador, by video; the minister came in April 2022', () => {
    const { reasoning } = checkOf('foreign-ministers');
    expect(reasoning).toContain('no source calls December 2020 a first');
    expect(reasoning).toContain('says 7 Apr 2022 was the first time a Japanese foreign minister attended');
    expect(reasoning).toContain('Taro Aso');
  });

  it('keeps the caveats of the “firsts” as context: earlier meetings in other formats, earlier texts on China', () => {
    expect(checkOf('madrid-first').reasoning).toMatch(/Context: PM Shinzo Abe addresses the North Atlantic Council, 12 Jan 2007; FM Koichiro Gemba/);
    const china = checkOf('strategic-concept-china').reasoning;
    expect(china).toContain('the 2010 Strategic Concept does not mention China, 2010');
    expect(china).toContain('London Declaration names China');
  });
});

describe('japan-nato-timeline checks on altered data', () => {
  it('does not support “the early 1990s” when the first contact is dated 1996', () => {
    expect(checkOf('early-1990s', altered(eventOf('NATO–Japan Security Conference'), { date: '1996' })).status).toBe('not-supported');
  });

  it('does not support a declaration signed in 2014', () => {
    expect(checkOf('joint-declaration-2013', altered(eventOf('Joint Political Declaration'), { date: '2014-04-15' })).status).toBe('not-supported');
  });

  it('only partly supports the IPCP without its 2020 revision', () => {
    const result = checkOf('ipcp-2014-2020', rows.filter((r) => r.event !== 'IPCP revised (second revision)'));
    expect(result.status).toBe('partly-supported');
    expect(result.reasoning).toContain('no renewal in 2020');
  });

  it('supports the foreign ministers’ claim where a source calls December 2020 the first, and not where Japan had taken part before', () => {
    const december = rows.find((r) => r.claim_id === 'foreign-ministers' && r.date === '2020-12-02')!;
    expect(checkOf('foreign-ministers', altered(december.event, { source_quote: `${december.source_quote} It was the first time Japan took part.` })).status).toBe('supported');
    const earlier = altered(eventOf('Context: FM Taro Aso'), { role: 'claim' });
    expect(checkOf('foreign-ministers', earlier).status).toBe('not-supported');
  });

  it('does not support the Madrid “first” when the data dates an earlier summit attendance', () => {
    const result = checkOf('madrid-first', altered(eventOf('Context: PM Shinzo Abe'), { role: 'claim' }));
    expect(result.status).toBe('not-supported');
    expect(decidingFigure(result)?.value).toBe('12 Jan 2007');
  });

  it('cannot check a “first” that no source states', () => {
    const silent = rows.map((r) => (r.claim_id === 'madrid-first' ? { ...r, source_quote: r.source_quote.replace(/\bfirst\b/gi, 'latest') } : r));
    expect(checkOf('madrid-first', silent).status).toBe('unverifiable');
  });

  it('does not support the Strategic Concept’s “first” when the 2010 Concept had addressed China', () => {
    expect(checkOf('strategic-concept-china', altered(eventOf('Context: the 2010 Strategic Concept'), { role: 'claim' })).status).toBe('not-supported');
  });

  it('does not support a visit in May 2022', () => {
    const may = rows.map((r) => (r.claim_id === 'military-committee-visit' ? { ...r, date: r.date.replace('2022-06', '2022-05'), end_date: r.end_date?.replace('2022-06', '2022-05') ?? null } : r));
    expect(checkOf('military-committee-visit', may).status).toBe('not-supported');
  });

  it('never lets a row dated after the article decide', () => {
    const late = rows.map((r) => (r.claim_id === 'military-committee-visit' ? { ...r, date: '2022-07-07', end_date: null } : r));
    expect(checkOf('military-committee-visit', late).status).toBe('unverifiable');
  });

  it('calls every claim unverifiable without rows, and keeps the fixed title', () => {
    for (const { check } of checkClaims(japanNatoTimeline, [])) expect(check.status).toBe('unverifiable');
    expect(headline([])).toBe(japanNatoTimeline.title);
  });
});

describe('japan-nato-timeline data', () => {
  // Pinned: the dates the sources give, as precise as they give them.
  it.each([
    ['NATO–Japan Security Conference series begins', '1990', null],
    ['Joint Political Declaration between Japan and NATO signed', '2013-04-15', null],
    ['Individual Partnership and Cooperation Programme (IPCP) signed', '2014-05-06', null],
    ['IPCP revised (first revision)', '2018-05', null],
    ['IPCP revised (second revision)', '2020-06-26', null],
    ['Chair of NATO\'s Military Committee, Adm. Rob Bauer, visits Japan', '2022-06-07', '2022-06-08'],
    ['Kishida attends the NATO Summit partner session in Madrid', '2022-06-29', null],
  ])('dates %s %s', (event, date, end) => {
    expect(rows.find((r) => r.event === event)).toMatchObject({ date, end_date: end });
  });

  it('dates the foreign ministers’ meetings 2 Dec 2020 and 7 Apr 2022', () => {
    const dates = rows.filter((r) => r.claim_id === 'foreign-ministers' && r.role === 'claim').map((r) => r.date);
    expect([...new Set(dates)]).toEqual(['2020-12-02', '2022-04-07']);
  });

  /** Rows whose quote gives the date in other words, checked by hand: the reason is in the row's note. */
  const DATED_OTHERWISE: Record<string, string> = {
    'NATO \'Relations with Japan\' page dates dialogue to the early 1990s': 'the date is the page version’s, not a date the quote states',
    'Strategic Concept text on the People’s Republic of China': '"published at a summit in Madrid": ANI’s report of 29 Jun 2022 (the date is in its address)',
    'Chair of NATO\'s Military Committee, Adm. Rob Bauer, visits Japan': '"starting Tuesday", NHK of 7 Jun 2022',
    'Kishida announces he will attend the Madrid Summit (28–30 Jun 2022)': '"this month’s NATO summit", in Al Jazeera’s report of 15 Jun 2022 (the date is in its address)',
  };

  it('states each claim row’s year, or its day, in its quote, or the exception says how', () => {
    for (const r of rows.filter((row) => row.role === 'claim')) {
      const day = r.date.length === 10 ? String(Number(r.date.slice(8))) : '';
      const stated = r.source_quote.includes(r.date.slice(0, 4)) || (day !== '' && new RegExp(`\\b${day}\\b`).test(r.source_quote));
      // An exception that is no longer needed is dropped.
      expect(stated, `${r.event}: "${r.source_quote}"`).toBe(!DATED_OTHERWISE[r.event]);
    }
    for (const event of Object.keys(DATED_OTHERWISE)) expect(rows.map((r) => r.event), event).toContain(event);
  });
});

describe('japan-nato-timeline chart', () => {
  const document = new JSDOM('').window.document;
  it.each([320, 1200])('draws at %i px with every claim’s lane and the article’s month', (width) => {
    const node = chart(rows, { width, document });
    const svg = node.localName === 'svg' ? node : node.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe(String(width));
    const text = node.textContent ?? '';
    expect(text).toContain(width < 480 ? 'Article' : 'Article (June 2022)');
    for (const year of ['1990', '2000', '2010', '2020']) expect(text).toContain(year);
    expect(text).toContain('“inaugural participation');
    // 1990 is a year: drawn across it, never as a dot on 1 January.
    expect(text).toContain('1990 · NATO–Japan Security Conference series begins');
  });
});

describe('japan-nato-timeline text', () => {
  it('headlines the tally of the checks and describes every claim’s dates', () => {
    expect(headline(rows)).toBe('Japan and NATO, 1990–2022: the sources bear out six of the article’s seven claims about their relations, and one in part');
    const text = describeRows(rows);
    expect(text).toContain('Joint Political Declaration between Japan and NATO signed, 15 Apr 2013');
    expect(text).toContain('six earlier or related steps');
  });
});
