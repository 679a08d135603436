/**
 * Japan's security policy and capabilities: four claims of the article, each checked against the
 * rows gathered for it (`claim_id`), by what their events say: which row is the enactment, the
 * handover, a refit phase. A row dated after the article never decides; plans are shown, not counted.
 */
import text from '../../datasets/capability-milestones.csv?raw';
import { type EventStyle, formatPartialDate, timeline } from '../charts/timeline.js';
import { checkClaims, type ChartOptions, type Claim, type ClaimCheck, type Indicator } from '../indicator.js';
import {
  ARTICLE_REFERENCE, borneOut, type ClaimLane, claimLanes, dateFigure, type DatedFact, datesByClaim, factsFor, saysFirst, verdict, whenOf, yearOf,
} from '../lib/dated-facts.js';
import { isAfterArticle } from '../lib/dates.js';
import { numberWord } from '../lib/words.js';

export type MilestoneRow = DatedFact & {
  claim_id: ClaimId;
  /** event: on one date; span: over a period (a refit phase); planned: a plan when its source wrote. */
  kind: 'event' | 'span' | 'planned';
};

const CLAIM_IDS = ['collective-self-defence-2015', 'izumo-refit', 'f35b-izumo-2021', 'osprey-2020'] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

/** The steps of each claim, as their events name them. */
const ENACTED = /\benacts\b/i;
const HANDED_OVER = /\bhanded over\b/i;
const DELIVERED = /\bdeliver/i;
/** A sale to Japan: its aircraft are Japan's own, not the US military's. */
const EXPORT_SALE = /\bexport contract\b|\bforeign military sale\b/i;
const US_FORCES = /\b(US Marine Corps|USMC)\b/;
/** The Izumo class: the two ships the article's "carriers" are. */
const SHIPS = ['Izumo', 'Kaga'] as const;

/** "Diet enacts …, 19 Sep 2015 (Japan Ministry of Foreign Affairs)". */
const told = (row: MilestoneRow) => `${row.event}, ${whenOf(row)} (${row.source})`;
const listed = (rows: MilestoneRow[]) => rows.map((r) => `${r.event}, ${whenOf(r)}`).join('; ');
const isUsForces = (row: MilestoneRow) => US_FORCES.test(row.event);

function checkCollectiveSelfDefence(rows: MilestoneRow[]): ClaimCheck {
  const steps = factsFor(rows, 'collective-self-defence-2015');
  const enacted = steps.find((r) => ENACTED.test(r.event));
  if (!enacted) return verdict('unverifiable', 'The data does not date the enactment of the security legislation.');
  const others = steps.filter((r) => r !== enacted);
  const figures = steps.map(dateFigure);
  const deciding = dateFigure(enacted);
  if (yearOf(enacted.date) === 2015)
    return verdict('supported', `${told(enacted)}: the legislation that introduced collective self-defence was enacted in 2015. Other steps: ${listed(others)}.`, figures, deciding);
  const in2015 = others.filter((r) => yearOf(r.date) === 2015);
  return in2015.length
    ? verdict('partly-supported', `${told(enacted)}: not in 2015, when only this happened: ${listed(in2015)}.`, figures, deciding)
    : verdict('not-supported', `${told(enacted)}, and no step of the legislation was in 2015: ${listed(others)}.`, figures, deciding);
}

function checkRefit(rows: MilestoneRow[]): ClaimCheck {
  const all = rows.filter((r) => r.claim_id === 'izumo-refit');
  const phases = factsFor(rows, 'izumo-refit').filter((r) => r.kind === 'span');
  if (!all.length) return verdict('unverifiable', 'The data has no step of the Izumo-class refits.');
  const begun = SHIPS.map((ship) => ({ ship, phase: phases.find((r) => r.event.includes(ship)) }));
  const started = begun.filter((b) => b.phase);
  const planned = all.filter((r) => r.kind === 'planned' && isAfterArticle(r.date));
  const state = (r: MilestoneRow) => (isAfterArticle(r.end_date) ? `from ${formatPartialDate(r.date)}, under way at the article’s date` : whenOf(r));
  const deciding = { label: 'Refits begun by June 2022', value: started.map(({ ship, phase }) => `${ship} (${state(phase!)})`).join('; ') || 'none' };
  const figures = [deciding, ...all.filter((r) => r.kind !== 'planned').map(dateFigure)];
  const later = planned.length ? `; ${numberWord(planned.length)} later steps are planned, after the article: the conversion was still going on` : '';
  if (started.length === SHIPS.length)
    return verdict('supported', `Both carriers were being refitted by June 2022: ${started.map(({ phase }) => `${phase!.event}, ${state(phase!)}`).join('; ')}${later}.`, figures, deciding);
  if (started.length)
    return verdict('partly-supported', `Only ${started.map((b) => b.ship).join(' and ')} had a refit begun by June 2022${later}.`, figures, deciding);
  return verdict('not-supported', `No refit of the Izumo-class carriers had begun by June 2022${later}.`, figures, deciding);
}

function checkF35bTrials(rows: MilestoneRow[]): ClaimCheck {
  const trials = factsFor(rows, 'f35b-izumo-2021');
  if (!trials.length) return verdict('unverifiable', 'The data dates no F-35B trials on JS Izumo.');
  const figures = trials.map(dateFigure);
  const in2021 = trials.filter((r) => yearOf(r.date) === 2021);
  if (!in2021.length) return verdict('not-supported', `The trials are dated ${listed(trials)}: not 2021.`, figures, figures[0]);
  const historic = trials.find((r) => /\bhistoric\b/i.test(r.source_quote));
  const first = in2021[0]!;
  return historic
    ? verdict('supported', `${told(first)}; “historic” is the word of ${historic.source}, for the ${historic.event.replace(/^'Historic':\s*/, '')}.`, figures, dateFigure(first))
    : verdict('partly-supported', `${told(first)}; but no source calls the trials historic.`, figures, dateFigure(first));
}

function checkOsprey(rows: MilestoneRow[]): ClaimCheck {
  const steps = factsFor(rows, 'osprey-2020');
  const handover = steps.find((r) => HANDED_OVER.test(r.event));
  if (!handover) return verdict('unverifiable', 'The data does not date the delivery of a V-22 to Japan.');
  const sale = steps.find((r) => EXPORT_SALE.test(`${r.event} ${r.detail ?? ''}`) && r.date <= handover.date);
  const usForces = steps.filter(isUsForces);
  const firstOperator = steps.filter((r) => yearOf(r.date) === yearOf(handover.date) && saysFirst(r));
  const earlier = steps.filter((r) => DELIVERED.test(r.event) && r.date < handover.date);
  const figures = steps.map(dateFigure);
  if (yearOf(handover.date) !== 2020) return verdict('not-supported', `${told(handover)}: not in 2020.`, figures, dateFigure(handover));
  const owner = sale
    ? { label: 'Whose V-22s were delivered in 2020', value: `Japan’s own, bought by foreign military sale (${sale.event}, ${whenOf(sale)})` }
    : dateFigure(handover);
  const first = firstOperator.length ? `; ${firstOperator.map((r) => r.source).join(' and ')} call Japan the first international operator` : '';
  const caveats = [
    ...(sale ? [`the aircraft were Japan’s own, bought by export sale (${sale.event}, ${whenOf(sale)}), not the US military’s`] : []),
    ...(usForces.length ? [`the US military’s Ospreys had been in Japan since ${whenOf(usForces[0]!)} (${usForces[0]!.event})`] : []),
    ...(earlier.length ? [`the first V-22 for Japan was delivered earlier, outside Japan: ${listed(earlier)}`] : []),
    ...(firstOperator.length ? [] : ['no source says Japan was the first']),
  ];
  const story = `${told(handover)}${first}`;
  if (!sale && firstOperator.length) return verdict('supported', `${story}.`, figures, owner);
  return verdict('partly-supported', `${story}; but ${caveats.join('; ')}.`, figures, owner);
}

/** Each claim: its sentence, the words that make the claim, and its check. */
const CLAIMS: Record<ClaimId, Omit<Claim<MilestoneRow>, 'id'>> = {
  'collective-self-defence-2015': {
    quote: 'A series of recent security policy upgrades, most notably the introduction of collective self-defence in 2015, is suggested as evidence of Japan parting with its anti-militarist identity.',
    excerpt: 'the introduction of collective self-defence in 2015',
    check: checkCollectiveSelfDefence,
  },
  'izumo-refit': {
    quote: 'Over the past decade, Japan’s foreign policy repertoire has extended to include a number of military instruments, most notably the purchase of 147 F-35 fighter aircraft variants and the refitting of the Izumo-class helicopter carriers to operate with F-35Bs.',
    excerpt: 'the refitting of the Izumo-class helicopter carriers to operate with F-35Bs',
    check: checkRefit,
  },
  'f35b-izumo-2021': {
    quote: 'A US F-35B conducted historic takeoff and landing trials on JS Izumo in 2021.',
    excerpt: 'A US F-35B conducted historic takeoff and landing trials on JS Izumo in 2021',
    check: checkF35bTrials,
  },
  'osprey-2020': {
    quote: "The 2020 delivery of the US military's V-22 Osprey made Japan the first country outside of the US to use the tilt-rotor aircraft.",
    excerpt: "The 2020 delivery of the US military's V-22 Osprey made Japan the first country outside of the US to use the tilt-rotor aircraft",
    check: checkOsprey,
  },
};

/** Each claim's lane on the timeline, in the article's order, headed by the sentence's words. */
const LANES: readonly ClaimLane[] = [
  { id: 'collective-self-defence-2015', label: '“the introduction of collective self-defence in 2015”', short: '“collective self-defence in 2015”' },
  { id: 'izumo-refit', label: '“the refitting of the Izumo-class helicopter carriers to operate with F-35Bs”', short: '“the refitting of the Izumo-class”' },
  { id: 'f35b-izumo-2021', label: '“historic takeoff and landing trials on JS Izumo in 2021”', short: '“trials on JS Izumo in 2021”' },
  { id: 'osprey-2020', label: '“The 2020 delivery of the US military\'s V-22 Osprey”', short: '“The 2020 delivery”' },
];

const FALLBACK_TITLE = 'Japan’s security policy and capabilities, 2012–2028: the dates behind the article’s claims';

/** The headline: how many of the claims the sources bear out, computed from the checks. */
export function headline(rows: MilestoneRow[]): string {
  const tally = borneOut(checkClaims(capabilityMilestones, rows).map(({ check }) => check.status), 'about its milestones');
  return tally ? `Japan’s security policy and capabilities: the sources ${tally}` : FALLBACK_TITLE;
}

export function describe(rows: MilestoneRow[]): string {
  const planned = rows.filter((r) => r.kind === 'planned' && isAfterArticle(r.date)).length;
  return (
    'Timeline of Japan’s security-policy and capability milestones, with the dates the sources give for each claim of the article (June 2022). ' +
    datesByClaim(rows, LANES, (r) => r.kind !== 'planned') +
    (planned ? ` ${numberWord(planned)[0]!.toUpperCase()}${numberWord(planned).slice(1)} further steps of the carrier refits are planned, after the article.` : '')
  );
}

/** Japan's milestones in the accent colour, plans dashed; the US forces' own, beside them, in the muted one. */
const STYLES: Record<MilestoneRow['kind'] | 'us', EventStyle> = {
  event: { color: 'accent' },
  span: { color: 'accent' },
  planned: { color: 'accent', planned: true },
  us: { color: 'muted' },
};
const DOMAIN: [Date, Date] = [new Date('2012-01-01'), new Date('2029-01-01')];

export function chart(rows: MilestoneRow[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  return timeline(claimLanes(rows, LANES, (r) => (isUsForces(r) ? 'us' : r.kind)), {
    ...options,
    styles: STYLES,
    domain: DOMAIN,
    references: [ARTICLE_REFERENCE],
    axisLabel: 'Year',
    caption: 'Grouped by the claim each date tests. Dashed outlines are plans; light marks span the year or month a source gives where it gives no day.',
  });
}

export const capabilityMilestones: Indicator<MilestoneRow> = {
  id: 'capability-milestones',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'Dates of the security legislation, the F-35B trials, the V-22 deliveries and the carrier refits, as precise as the sources give them; plans dashed',
  claims: CLAIM_IDS.map((id) => ({ id, ...CLAIMS[id] })),
  dataset: { name: 'capability-milestones', text },
  notes: [
    'Collective self-defence came in three steps: the cabinet reinterpreted the Constitution on 1 July 2014, the Diet enacted the security legislation on 19 September 2015, and it entered into force on 29 March 2016. The verdict reads the article’s “2015” as the year of enactment.',
    '“Historic” is the word of the Smithsonian’s Air & Space: the landing of two US Marine Corps F-35Bs on JS Izumo on 3 October 2021 was the first on a Japanese carrier by a US fixed-wing aircraft since the Second World War.',
    'The V-22s delivered in 2020 are Japan’s own, bought from the United States by foreign military sale (the first V-22 export contract, July 2015), not the US military’s; US Marine Corps MV-22s had been based in Japan since 2012. The first V-22 for Japan was delivered in the United States in August 2017 (one secondary source); the first was handed over in Japan on 10 July 2020.',
    'The refits come in phases: Izumo’s first phase ran from 2020 to June 2021 and Kaga’s from March 2022 to 29 March 2024, under way when the article appeared; later phases are planned to finish in Japan’s fiscal years 2027 (Izumo) and 2028 (Kaga), which run from April to March. A year given without a day is drawn across the calendar year.',
  ],
  chart,
  describe,
};
