/**
 * Japan–NATO relations, 1990–2022: seven claims of the article, each checked against the rows
 * gathered for it (`claim_id`). Rows with the role `context` are earlier or related steps in
 * another format (a meeting that is not a summit, a text that is not a strategic concept): they
 * qualify a verdict, never decide it. A "first" is borne out only where a row's own source says first.
 */
import text from '../../datasets/japan-nato-timeline.csv?raw';
import { type EventStyle, formatPartialDate, timeline } from '../charts/timeline.js';
import { checkClaims, type ChartOptions, type Claim, type ClaimCheck, type Indicator } from '../indicator.js';
import {
  ARTICLE_REFERENCE, borneOut, type ClaimLane, claimLanes, dateFigure, type DatedFact, datesByClaim, factsFor, saysFirst, verdict, whenOf, yearOf,
} from '../lib/dated-facts.js';
import { numberWord } from '../lib/words.js';

export type RelationsRow = DatedFact & {
  claim_id: ClaimId;
  /** claim: a date of what the sentence claims; context: a step in another format, beside it. */
  role: 'claim' | 'context';
};

const CLAIM_IDS = [
  'madrid-first', 'early-1990s', 'joint-declaration-2013', 'ipcp-2014-2020', 'foreign-ministers', 'strategic-concept-china', 'military-committee-visit',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

/** The article's "early 1990s": the decade's first four years. */
const EARLY_1990S = [1990, 1993] as const;

const claimed = (rows: RelationsRow[], id: ClaimId) => factsFor(rows, id).filter((r) => r.role === 'claim');
const context = (rows: RelationsRow[], id: ClaimId) => factsFor(rows, id).filter((r) => r.role === 'context');
/** "PM Shinzo Abe addresses the North Atlantic Council, 12 Jan 2007; …": rows as a list in a sentence. */
const listed = (rows: RelationsRow[]) => rows.map((r) => `${r.event.replace(/^Context:\s*/, '')}, ${whenOf(r)}`).join('; ');
const aside = (rows: RelationsRow[]) => (rows.length ? `. Context: ${listed(rows)}` : '');
const andList = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
const noRows = (what: string) => verdict('unverifiable', `The data dates no ${what}.`);

function checkEarly1990s(rows: RelationsRow[]): ClaimCheck {
  const [first, ...later] = claimed(rows, 'early-1990s');
  if (!first) return noRows('Japan–NATO contact');
  const year = yearOf(first.date);
  const inWords = later.find((r) => /early 1990s/i.test(r.source_quote));
  const figures = [dateFigure(first), ...(inWords ? [dateFigure(inWords)] : [])];
  const own = inWords ? `; ${inWords.source}’s own page dates the dialogue to “the early 1990s”` : '';
  const story = `First dated contact: ${first.event}, ${formatPartialDate(first.date)} (${first.source})`;
  if (year >= EARLY_1990S[0] && year <= EARLY_1990S[1]) return verdict('supported', `${story}${own}.`, figures, figures[0]);
  return verdict('not-supported', `${story}: not in the early 1990s.`, figures, figures[0]);
}

function checkJointDeclaration(rows: RelationsRow[]): ClaimCheck {
  const [signed] = claimed(rows, 'joint-declaration-2013');
  if (!signed) return noRows('joint political declaration');
  const figure = dateFigure(signed);
  return yearOf(signed.date) === 2013
    ? verdict('supported', `${signed.event}, ${whenOf(signed)} (${signed.source}).`, [figure], figure)
    : verdict('not-supported', `${signed.event}, ${whenOf(signed)}: not in 2013.`, [figure], figure);
}

function checkIpcp(rows: RelationsRow[]): ClaimCheck {
  const [agreed, ...revisions] = claimed(rows, 'ipcp-2014-2020');
  if (!agreed) return noRows('Individual Partnership and Cooperation Programme');
  const renewed = revisions.find((r) => yearOf(r.date) === 2020);
  const omitted = revisions.filter((r) => r !== renewed);
  const figures = [agreed, ...revisions].map(dateFigure);
  const agreedIn2014 = yearOf(agreed.date) === 2014;
  const revised = revisions.length ? `revised ${revisions.map(whenOf).join(' and ')}` : 'no revision dated';
  const unnamed = omitted.length ? `; the sentence leaves out the revision of ${omitted.map(whenOf).join(' and ')}` : '';
  const story = `Signed ${whenOf(agreed)}, ${revised}`;
  if (agreedIn2014 && renewed) return verdict('supported', `${story}${unnamed}.`, figures, dateFigure(renewed));
  if (agreedIn2014 || renewed)
    return verdict('partly-supported', `${story}: ${agreedIn2014 ? 'no renewal in 2020' : 'not agreed in 2014'}.`, figures, agreedIn2014 ? figures[figures.length - 1] : figures[0]);
  return verdict('not-supported', `${story}: neither agreed in 2014 nor renewed in 2020.`, figures, figures[0]);
}

function checkForeignMinisters(rows: RelationsRow[]): ClaimCheck {
  const rowsOf = (period: string) => claimed(rows, 'foreign-ministers').filter((r) => r.date.startsWith(period));
  const [december, april] = [rowsOf('2020-12'), rowsOf('2022-04')];
  const earlier = claimed(rows, 'foreign-ministers').filter((r) => r.date < '2020-12');
  if (!december.length || !april.length) return noRows(`participation in ${december.length ? 'April 2022' : 'December 2020'}`);
  const figures = [...december, ...april].map((r) => ({ label: `${whenOf(r)}, ${r.source}`, value: r.detail ?? r.event }));
  const seat = figures[0]!;
  if (earlier.length) return verdict('not-supported', `Japan took part before December 2020: ${listed(earlier)}.`, figures, dateFigure(earlier[0]!));
  const others = aside(context(rows, 'foreign-ministers'));
  if (december.some(saysFirst)) return verdict('supported', `Japan took part on ${whenOf(december[0]!)}, a first by its source, and again on ${whenOf(april[0]!)}${others}.`, figures, seat);
  const firstMinister = april.find(saysFirst);
  return verdict(
    'partly-supported',
    `Japan took part on ${whenOf(december[0]!)} (${seat.value}) and on ${whenOf(april[0]!)}; but no source calls December 2020 a first` +
      (firstMinister ? `, and ${firstMinister.source} says ${whenOf(firstMinister)} was the first time a Japanese foreign minister attended` : '') +
      `${others}.`,
    figures,
    seat,
  );
}

/** A "first" at an event of the claimed month or year: borne out by a source that says first, unless the data dates an earlier one. */
function checkFirst(rows: RelationsRow[], id: ClaimId, period: string, what: string): ClaimCheck {
  const all = claimed(rows, id);
  const atClaim = all.filter((r) => r.date.startsWith(period));
  const earlier = all.filter((r) => r.date < period);
  if (!atClaim.length) return noRows(what);
  const said = atClaim.filter(saysFirst);
  const figures = [...atClaim, ...earlier].map(dateFigure);
  if (earlier.length) return verdict('not-supported', `The data dates an earlier ${what}: ${listed(earlier)}.`, figures, dateFigure(earlier[0]!));
  if (!said.length) return verdict('unverifiable', `No source of the ${what} (${listed(atClaim)}) says it was the first.`, figures);
  const others = context(rows, id);
  // The event itself, not an announcement of it: the latest row that says first, the data's first of that day.
  const decided = said.find((r) => r.date === said[said.length - 1]!.date)!;
  const sources = [...new Set(said.map((r) => r.source))];
  return verdict(
    'supported',
    `A first, say${sources.length === 1 ? 's' : ''} ${andList(sources)}: the ${what}, ${whenOf(decided)}${aside(others)}.`,
    [...figures, ...others.map(dateFigure)],
    dateFigure(decided),
  );
}

const checkMadridFirst = (rows: RelationsRow[]) => checkFirst(rows, 'madrid-first', '2022-06', 'Japanese prime minister’s attendance at a NATO summit');
const checkStrategicConcept = (rows: RelationsRow[]) => checkFirst(rows, 'strategic-concept-china', '2022', 'Strategic Concept addressing China');

function checkMilitaryCommittee(rows: RelationsRow[]): ClaimCheck {
  const visits = claimed(rows, 'military-committee-visit');
  if (!visits.length) return noRows('visit of the Chair of NATO’s Military Committee');
  const [visit] = visits;
  const figure = dateFigure(visit!);
  return visit!.date.startsWith('2022-06')
    ? verdict('supported', `${visit!.event}, ${whenOf(visit!)} (${visit!.source}).`, visits.map(dateFigure), figure)
    : verdict('not-supported', `${visit!.event}, ${whenOf(visit!)}: not June 2022.`, visits.map(dateFigure), figure);
}

const SENTENCES = {
  madrid:
    'A recent upswing in Japan–NATO relations, including the confirmation of Prime Minister Fumio Kishida’s attendance at the impending Madrid summit – a first for Tokyo – and deepening collaboration on a number of issues, has put the burgeoning partnership into focus.',
  organisational:
    'On an organisational level, NATO and Japan have been engaged in dialogue and cooperation since the early 1990s, with their commitment to strengthening cooperation inked in a joint political declaration in 2013, followed by an Individual Partnership and Cooperation Programme that was agreed in 2014 and renewed in 2020.',
  foreignMinisters:
    'Japan’s inaugural participation in a NATO Foreign Ministers’ Meeting in December 2020 and again in April 2022 to discuss the shift in the global balance of power and the rise of China was a particularly notable exchange.',
  strategicConcept:
    'While NATO may not yet be pivoting towards Asia in a physical sense, it is doing so on a policy level with the imminent introduction of its 2022 Strategic Concept, which addresses global challenges emerging from China for the first time.',
  militaryCommittee: 'The Chair of NATO’s Military Committee also paid an official visit to Japan in June 2022.',
};

/** Each claim: its sentence, the words that make the claim, and its check. */
const CLAIMS: Record<ClaimId, Omit<Claim<RelationsRow>, 'id'>> = {
  'madrid-first': { quote: SENTENCES.madrid, excerpt: 'Prime Minister Fumio Kishida’s attendance at the impending Madrid summit – a first for Tokyo –', check: checkMadridFirst },
  'early-1990s': { quote: SENTENCES.organisational, excerpt: 'NATO and Japan have been engaged in dialogue and cooperation since the early 1990s', check: checkEarly1990s },
  'joint-declaration-2013': { quote: SENTENCES.organisational, excerpt: 'inked in a joint political declaration in 2013', check: checkJointDeclaration },
  'ipcp-2014-2020': { quote: SENTENCES.organisational, excerpt: 'an Individual Partnership and Cooperation Programme that was agreed in 2014 and renewed in 2020', check: checkIpcp },
  'foreign-ministers': { quote: SENTENCES.foreignMinisters, excerpt: 'Japan’s inaugural participation in a NATO Foreign Ministers’ Meeting in December 2020 and again in April 2022', check: checkForeignMinisters },
  'strategic-concept-china': { quote: SENTENCES.strategicConcept, excerpt: 'its 2022 Strategic Concept, which addresses global challenges emerging from China for the first time', check: checkStrategicConcept },
  'military-committee-visit': { quote: SENTENCES.militaryCommittee, excerpt: 'The Chair of NATO’s Military Committee also paid an official visit to Japan in June 2022', check: checkMilitaryCommittee },
};

/** Each claim's lane on the timeline, in the article's order, headed by the sentence's words. */
const LANES: readonly ClaimLane[] = [
  { id: 'madrid-first', label: '“a first for Tokyo”: the prime minister at a NATO summit', short: '“a first for Tokyo”' },
  { id: 'early-1990s', label: '“dialogue and cooperation since the early 1990s”', short: '“since the early 1990s”' },
  { id: 'joint-declaration-2013', label: '“a joint political declaration in 2013”', short: '“declaration in 2013”' },
  { id: 'ipcp-2014-2020', label: 'Partnership programme “agreed in 2014 and renewed in 2020”', short: '“agreed in 2014 and renewed in 2020”' },
  { id: 'foreign-ministers', label: '“inaugural participation in a NATO Foreign Ministers’ Meeting”', short: '“inaugural participation”' },
  { id: 'strategic-concept-china', label: 'Strategic Concept on China “for the first time”', short: 'China “for the first time”' },
  { id: 'military-committee-visit', label: '“an official visit to Japan in June 2022”', short: '“a visit in June 2022”' },
];

const FALLBACK_TITLE = 'Japan and NATO, 1990–2022: the dates behind the article’s claims';

/** The headline: how many of the claims the sources bear out, computed from the checks. */
export function headline(rows: RelationsRow[]): string {
  const tally = borneOut(checkClaims(japanNatoTimeline, rows).map(({ check }) => check.status), 'about their relations');
  return tally ? `Japan and NATO, 1990–2022: the sources ${tally}` : FALLBACK_TITLE;
}

export function describe(rows: RelationsRow[]): string {
  const context = rows.filter((r) => r.role === 'context').length;
  return (
    `Timeline of Japan–NATO relations, 1990–2022, with the dates the sources give for each claim of the article (June 2022). ` +
    datesByClaim(rows, LANES, (r) => r.role === 'claim') +
    (context ? ` Beside them, ${numberWord(context)} earlier or related steps in other formats, as context.` : '')
  );
}

/** The claims' dates in the accent colour; context in the muted one. */
const STYLES: Record<RelationsRow['role'], EventStyle> = { claim: { color: 'accent' }, context: { color: 'muted' } };
const DOMAIN: [Date, Date] = [new Date('1990-01-01'), new Date('2023-01-01')];

export function chart(rows: RelationsRow[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  return timeline(claimLanes(rows, LANES, (r) => r.role), {
    ...options,
    styles: STYLES,
    domain: DOMAIN,
    references: [ARTICLE_REFERENCE],
    axisLabel: 'Year',
    caption: 'Grouped by the claim each date tests. Light marks span the year or month a source gives where it gives no day; rows marked “Context” are steps in another format.',
  });
}

export const japanNatoTimeline: Indicator<RelationsRow> = {
  id: 'japan-nato-timeline',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'Dates of conferences, declarations, partnership programmes, meetings, visits and strategic concepts, as precise as the sources give them',
  claims: CLAIM_IDS.map((id) => ({ id, ...CLAIMS[id] })),
  dataset: { name: 'japan-nato-timeline', text },
  notes: [
    '“The early 1990s” is read as 1990–1993. NATO dates the first NATO–Japan Security Conference to 1990 (a year, no day); its page on relations with Japan, in the version of 12 September 2018, speaks of “initial contacts in the early 1990s”: that date is the page’s, not the contact’s.',
    'The joint political declaration was signed in Tokyo on 15 April 2013 (NATO’s page for the text is dated 13 April). The partnership programme (IPCP), signed on 6 May 2014, was revised twice: in May 2018, which the sentence leaves out, and on 26 June 2020.',
    'In December 2020 Japan took part in the partner session of NATO’s foreign ministers by video, through its ambassador to NATO, who read the foreign minister’s statement; in April 2022 the foreign minister attended in person, which Japan’s Ministry of Foreign Affairs calls the first time. Foreign Minister Aso addressed the North Atlantic Council in 2006, which is not a Foreign Ministers’ Meeting.',
    'Kishida was the first Japanese prime minister at a NATO summit. Japan had met NATO in other formats before: Prime Minister Abe addressed the North Atlantic Council in 2007 and 2014, and Foreign Minister Gemba attended the meeting on Afghanistan held at the Chicago summit in 2012.',
    'The 2022 Strategic Concept, adopted in Madrid on 29 June 2022 after the article was written, is the first Strategic Concept to address China (the 2010 Concept does not mention it); NATO leaders’ declarations had named China in December 2019 and June 2021.',
  ],
  chart,
  describe,
};
