import text from '../../datasets/pacific-exercises.csv?raw';
import type { CheckFigure, ClaimCheck, Indicator } from '../indicator.js';
import { numberWord } from '../lib/words.js';
import { chart } from './pacific-exercises.chart.js';
import {
  CLAIMED_TIMES, type Dated, europeTally, type ExerciseRow, isStandingGroup, listOf, pacificTally, PARTNERS, type PartnerTally,
  placeOf, plural, rowsOf, whenOf,
} from './pacific-exercises.exercises.js';

export type { ExerciseRow } from './pacific-exercises.exercises.js';

const unverifiable = (reasoning: string): ClaimCheck => ({ status: 'unverifiable', verdict: 'Cannot be checked', reasoning, figures: [] });
/** Distinct exercises among several partners' lists (one exercise may involve several partners). */
const distinct = (lists: Dated[][]) => [...new Map(lists.flat().map((d) => [d.row.event, d])).values()];
const latest = (t: PartnerTally) => t.dated.at(-1)!;
/** "West of Sumatra, Indian Ocean; Gulf of Aden": each place once (place names hold commas). */
const placesOf = (dated: Dated[]) => [...new Set(dated.map((d) => placeOf(d.row)))].join('; ');

/** "2 dated to the day, latest 21–30 Nov 2021; 3 more by month or year only". */
function partnerFigure(t: PartnerTally): CheckFigure {
  const counted = t.dated.length ? `${t.dated.length} dated to the day, latest ${whenOf(latest(t))}` : 'none dated to the day';
  const more = [
    ...(t.undated.length ? [`${t.undated.length} more by month or year only`] : []),
    ...(t.outside.length ? [`${t.outside.length} outside the Pacific`] : []),
  ];
  return { label: `${t.partner.country}, in the Pacific`, value: [counted, ...more].join('; ') };
}

export function checkPacific(rows: ExerciseRow[]): ClaimCheck {
  const own = rowsOf(rows, 'pacific-five');
  if (own.length === 0) return unverifiable('The data has no exercises with Canada, the UK, France, Germany or the Netherlands.');
  const tally = pacificTally(own);
  const found = tally.filter((t) => t.dated.length);
  const missing = tally.filter((t) => !t.dated.length);
  const outside = distinct(tally.map((t) => t.outside));
  const undated = distinct(tally.map((t) => t.undated));
  const deciding = { label: 'Partners with an exercise in the Pacific, January 2021 – June 2022, dated to the day', value: `${found.length} of ${PARTNERS.length}` };
  const figures = [
    deciding,
    ...tally.map(partnerFigure),
    ...(outside.length ? [{ label: 'Outside the Pacific, not counted', value: `${outside.length}: ${placesOf(outside)}` }] : []),
  ];
  const counts = listOf(found.map((t) => `${t.partner.named} ${t.dated.length} (latest ${whenOf(latest(t))})`));
  const method =
    `Counted: exercises in the Pacific dated to the day, one for each partner taking part; ${plural(outside.length, 'exercise')} outside the Pacific ` +
    `and ${undated.length} dated only by month or year (some repeat dated ones) are not.`;
  if (missing.length === 0) {
    return { status: 'supported', verdict: 'Supported', deciding, figures, reasoning: `From January 2021 to June 2022 the sources date exercises in the Pacific with all five: ${counts}. ${method}` };
  }
  const why = (t: PartnerTally) =>
    t.outside.length ? `${t.partner.named} (only outside the Pacific: ${placesOf(t.outside)})` : t.partner.named;
  if (found.length === 0) {
    return { status: 'not-supported', verdict: 'Not supported', deciding, figures, reasoning: `From January 2021 to June 2022 the sources date no exercise in the Pacific with any of the five. ${method}` };
  }
  return {
    status: 'partly-supported',
    verdict: 'Partly supported',
    deciding,
    figures,
    reasoning: `From January 2021 to June 2022 the sources date exercises in the Pacific with ${numberWord(found.length)} of the five, ${counts}, but none with ${listOf(missing.map(why))}. ${method}`,
  };
}

/** "Standing NATO Maritime Group Two"; "ships of NATO’s Operation Active Endeavour, not a standing group". */
function forceOf(row: ExerciseRow): string {
  if (isStandingGroup(row)) return row.nato_force!;
  return row.nato_force && row.nato_force !== 'not stated' ? `ships of NATO’s ${row.nato_force} (not a standing group)` : 'NATO group not stated';
}
/** "1 Aug 2018, Baltic Sea, with Standing NATO Maritime Group One; 6 Jun 2022, …". */
const exercisesWith = (dated: Dated[]) => dated.map((d) => `${whenOf(d)}, ${placeOf(d.row)}, with ${forceOf(d.row)}`).join('; ');
/** "Off the Spanish coast, June 2022": exercises with no day stated. */
const undatedOf = (dated: Dated[]) => dated.map((d) => `${placeOf(d.row)}, ${whenOf(d)}`).join('; ');

export function checkEurope(rows: ExerciseRow[]): ClaimCheck {
  const own = rowsOf(rows, 'europe-twice');
  if (own.length === 0) return unverifiable('The data has no exercises with NATO ships.');
  const { counted, standing, undated, outside, natoPage } = europeTally(own);
  const deciding = {
    label: 'Exercises with NATO ships in Europe by June 2022, dated to the day',
    value: `${counted.length}${standing.length !== counted.length ? ` (${standing.length} with a Standing NATO Maritime Group)` : ''}`,
  };
  const figures = [
    deciding,
    ...counted.map((d) => ({ label: whenOf(d), value: `${forceOf(d.row)}; ${placeOf(d.row)}` })),
    ...(natoPage ? [{ label: `With a standing group by NATO’s page of ${whenOf(natoPage.dated)}`, value: `${natoPage.standingBy.length}: ${listOf(natoPage.standingBy.map(whenOf))}` }] : []),
    ...undated.map((d) => ({ label: `${whenOf(d)}, day not stated: not counted`, value: placeOf(d.row) })),
    ...outside.map((d) => ({ label: `${whenOf(d)}, outside Europe: not counted`, value: placeOf(d.row) })),
  ];
  const notCounted = undated.length ? ` Not counted, as no day is stated: ${undatedOf(undated)}.` : '';
  if (counted.length === 0) {
    return { status: 'not-supported', verdict: 'Not supported', deciding, figures, reasoning: `The sources date no exercise with NATO ships in Europe by June 2022.${notCounted}` };
  }
  const listed = exercisesWith(counted);
  if (counted.length === CLAIMED_TIMES) {
    return { status: 'supported', verdict: 'Supported', deciding, figures, reasoning: `The sources date two exercises with NATO ships in Europe by June 2022: ${listed}.${notCounted}` };
  }
  const natoCount =
    natoPage?.standingBy.length === CLAIMED_TIMES
      ? `“Twice” was NATO’s own count: its page of ${whenOf(natoPage.dated)} names the two with Standing NATO Maritime Groups, ${listOf(natoPage.standingBy.map(whenOf))}. `
      : '';
  return {
    status: 'partly-supported',
    verdict: 'Partly supported',
    deciding,
    figures,
    reasoning: `${natoCount}By June 2022 the sources date ${counted.length}: ${listed}. ${counted.length > CLAIMED_TIMES ? '“Twice” undercounts them.' : 'Not two.'}${notCounted}`,
  };
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${numberWord(n)} times`);
const FALLBACK_TITLE = 'Japan’s exercises with Canada, the UK, France, Germany and the Netherlands, and with NATO ships in Europe';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: ExerciseRow[]): string {
  const partners = pacificTally(rowsOf(rows, 'pacific-five')).filter((t) => t.dated.length).length;
  const europe = europeTally(rowsOf(rows, 'europe-twice')).counted.length;
  if (rows.length === 0) return FALLBACK_TITLE;
  const pacific = partners === PARTNERS.length ? 'all five countries' : `${partners ? numberWord(partners) : 'none'} of the five countries`;
  const europeanPart = europe ? `and with NATO ships in Europe ${times(europe)} by June 2022` : 'and the sources date none with NATO ships in Europe';
  return `Japan’s forces exercised in the Pacific with ${pacific} the article names in 2021–22, ${europeanPart}`;
}

export function describe(rows: ExerciseRow[]): string {
  const tally = pacificTally(rowsOf(rows, 'pacific-five'));
  const { counted, undated } = europeTally(rowsOf(rows, 'europe-twice'));
  const partners = tally.map((t) => {
    const others = [...(t.outside.length ? [`${t.outside.length} outside the Pacific`] : []), ...(t.undated.length ? [`${t.undated.length} with no day stated`] : [])];
    return `${t.partner.named} ${t.dated.length ? `${t.dated.length} (${t.dated.map(whenOf).join(', ')})` : 'none'}${others.length ? `, also ${listOf(others)}` : ''}`;
  });
  return (
    'Timeline of the exercises of Japan’s forces with Canada, the UK, France, Germany and the Netherlands, January 2021 – June 2022, ' +
    `one row per country; exercises outside the Pacific are drawn apart and not counted. Exercises in the Pacific dated to the day: ${partners.join('; ')}. ` +
    `With NATO ships in Europe by June 2022: ${counted.length ? exercisesWith(counted) : 'none'}.` +
    (undated.length ? ` With no day stated: ${undatedOf(undated)}.` : '') +
    ' Dates given only by month or year are drawn across that month or year.'
  );
}

export const pacificExercises: Indicator<ExerciseRow> = {
  id: 'pacific-exercises',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'Exercises of the Japan Self-Defense Forces by partner and date, January 2021 – June 2022, in the Pacific, elsewhere, and with NATO ships in Europe (earlier ones listed)',
  claims: [
    {
      id: 'pacific-five',
      quote:
        'In addition to collaboration with their main security ally, the US, the Japanese Self-Defense Forces have recently exercised in the Pacific with forces from Canada, the UK, France, Germany and the Netherlands.',
      excerpt: 'have recently exercised in the Pacific with forces from Canada, the UK, France, Germany and the Netherlands',
      check: checkPacific,
    },
    {
      id: 'europe-twice',
      quote: 'In recent years, the Japanese Maritime Self-Defense Force has also exercised twice with NATO fleets in Europe.',
      excerpt: 'has also exercised twice with NATO fleets in Europe',
      check: checkEurope,
    },
  ],
  dataset: { name: 'pacific-exercises', text },
  notes: [
    'Counted for the Pacific: exercises with each country in the Pacific dated to the day, from 1 January 2021 to the end of June 2022 (the article gives its month, not its day); an exercise with several of the five counts once for each. Exercises in the Gulf of Aden and the Indian Ocean are drawn but never counted, however close they look.',
    'A date given only by month or year is drawn across that month or year with a dashed outline, never as a day, and is not counted: some of these rows repeat dated ones (Large Scale Global Exercise 21, August 2021, includes the drill of 24 August; the Pacific Crown of September 2021 may be the JMSDF’s Pacific Crown 21-3 of 2–7 September). Three sources that summarise several exercises (NATO’s page of 2018, the 2021 reports of HMCS Winnipeg’s and HNLMS Evertsen’s deployments) are in the data, neither drawn nor counted.',
    'A country is listed for an exercise only where a source names it: the Japanese page on Pacific Crown 21-3 names only the UK strike group (HNLMS Evertsen sailed with it); Japan’s Ministry of Defense lists the UK in ANNUALEX 2021, the US Navy does not, and the UK is not listed there.',
    'With NATO ships in Europe: NATO’s page of September 2018 names two exercises of the JMSDF’s training squadron with NATO ships, off Spain and in the Baltic, both in August 2018 with Standing NATO Maritime Groups. The sources also date one on 25 August 2016, with Italian and Canadian ships of NATO’s Operation Active Endeavour (not a standing group), and one on 6 June 2022 with Standing NATO Maritime Group Two; the work with HMS Prince of Wales off Spain in June 2022 has no day. The first NATO–JMSDF exercise, on 25 September 2014, was in the Gulf of Aden, not in Europe.',
  ],
  chart,
  describe,
};
