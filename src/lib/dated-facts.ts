/**
 * Cards whose rows are dated facts, each gathered for one claim of the article (`claim_id`):
 * the rows a claim's check may read, verdicts, figures that are dates, and the rows as events of
 * a timeline. Dates are partial ("2013", "2018-05", "2013-04-15"), as the sources give them.
 */
import * as d3 from 'd3';
import { datePeriod, formatWhen, type TimelineEvent, type TimelineLane, type TimelineReference } from '../charts/timeline.js';
import type { CheckFigure, ClaimCheck, ClaimStatus } from '../indicator.js';
import type { Row } from './datapackage.js';
import { ARTICLE_LAST_DAY, isAfterArticle } from './dates.js';
import { numberWord } from './words.js';

/** The columns every dated-facts dataset has. */
export type DatedFact = Row & {
  claim_id: string;
  date: string;
  end_date: string | null;
  event: string;
  detail: string | null;
  confidence: 'H' | 'M';
  source: string;
  source_url: string;
  source_quote: string;
};

const VERDICTS: Record<ClaimStatus, string> = {
  supported: 'Supported',
  'partly-supported': 'Partly supported',
  'not-supported': 'Not supported',
  unverifiable: 'Cannot be checked',
};

/** A claim check with the verdict's usual words; `deciding` is the figure the scorecard shows. */
export const verdict = (status: ClaimStatus, reasoning: string, figures: CheckFigure[] = [], deciding?: CheckFigure): ClaimCheck => ({
  status,
  verdict: VERDICTS[status],
  reasoning,
  figures,
  ...(deciding ? { deciding } : {}),
});

/**
 * A claim's rows that may decide its verdict, oldest first: those gathered for it, dated by the
 * end of June 2022. A row dated after the article never decides what the article could know.
 */
export const factsFor = <R extends DatedFact>(rows: readonly R[], claimId: string): R[] =>
  rows.filter((r) => r.claim_id === claimId && !isAfterArticle(r.date)).sort(byDate);

/** ISO dates in order as text (a collation would first load ICU's data, for the same order). */
function byDate(a: DatedFact, b: DatedFact): number {
  return d3.ascending(a.date, b.date);
}

/** The year of a partial date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** True when the row's own source says it was the first: only such a source bears out a "first". */
export const saysFirst = (row: DatedFact): boolean => /\bfirst\b/i.test(row.source_quote);

/** The row's date as a figure: "Joint Political Declaration … signed (NATO)", "15 Apr 2013". */
export const dateFigure = (row: DatedFact): CheckFigure => ({ label: `${row.event} (${row.source})`, value: formatWhen(row.date, row.end_date) });

/** "15 Apr 2013", "7 – 8 Jun 2022": the row's date or dates as the source gives them. */
export const whenOf = (row: DatedFact): string => formatWhen(row.date, row.end_date);

/** "(after the article)", "(under way at the article’s date)", or nothing: how the row stands to June 2022. */
function articleNote(row: DatedFact): string {
  if (isAfterArticle(row.date)) return 'after the article';
  return isAfterArticle(row.end_date) ? 'under way at the article’s date' : '';
}

/**
 * The row as a timeline event: its date first, marked "planned" and "after the article" where it
 * is, then what happened, so that a label cut short keeps them (at narrow widths the marks come
 * first of all); the tip adds the detail and the source.
 */
export function factEvent(row: DatedFact, kind: string, { planned = false } = {}): TimelineEvent {
  const notes = [planned ? 'planned' : '', articleNote(row)].filter(Boolean).join(', ');
  const label = `${whenOf(row)}${notes ? ` (${notes})` : ''} · ${row.event}`;
  return {
    id: row.event,
    label,
    ...(notes ? { shortLabel: `${notes[0]!.toUpperCase()}${notes.slice(1)} · ${whenOf(row)} · ${row.event}` } : {}),
    start: row.date,
    end: row.end_date,
    kind,
    tooltip: [label, row.detail ?? '', `Source: ${row.source}${row.confidence === 'M' ? ' (one secondary source)' : ''}`].filter(Boolean).join('\n'),
  };
}

/** A claim's lane on a timeline: its id, and a heading in the sentence's words (shorter at narrow widths). */
export interface ClaimLane {
  id: string;
  label: string;
  short: string;
}


/** The rows in their claims' lanes, oldest first, each drawn in the style `kindOf` names. */
export const claimLanes = <R extends DatedFact>(rows: readonly R[], lanes: readonly ClaimLane[], kindOf: (row: R) => string): TimelineLane[] =>
  lanes.map(({ id, label, short }) => ({
    label,
    shortLabel: short,
    events: rows.filter((r) => r.claim_id === id).sort(byDate).map((r) => factEvent(r, kindOf(r), { planned: kindOf(r) === 'planned' })),
  }));

/** "“since the early 1990s”: NATO–Japan Security Conference series begins, 1990. …": each lane's rows, for a text alternative. */
export const datesByClaim = <R extends DatedFact>(rows: readonly R[], lanes: readonly ClaimLane[], shown: (row: R) => boolean = () => true): string =>
  lanes
    .map(({ id, short }) => {
      const dated = rows.filter((r) => r.claim_id === id && shown(r)).sort(byDate);
      return dated.length ? `${short}: ${dated.map((r) => `${r.event}, ${whenOf(r)}`).join('; ')}.` : '';
    })
    .filter(Boolean)
    .join(' ');

/** The article's month, as a band on a timeline. */
const ARTICLE_MONTH = ARTICLE_LAST_DAY.slice(0, 7);
export const ARTICLE_REFERENCE: TimelineReference = {
  date: ARTICLE_MONTH,
  label: `Article (${d3.utcFormat('%B %Y')(datePeriod(ARTICLE_MONTH).start)})`,
  shortLabel: 'Article',
};

/** "bear out five of the article’s seven claims about X, and one in part", or undefined when none can be checked. */
export function borneOut(statuses: readonly ClaimStatus[], about: string): string | undefined {
  const count = (status: ClaimStatus) => statuses.filter((s) => s === status).length;
  if (count('unverifiable') === statuses.length) return undefined;
  const partly = count('partly-supported');
  return `bear out ${numberWord(count('supported'))} of the article’s ${numberWord(statuses.length)} claims ${about}${partly ? `, and ${numberWord(partly)} in part` : ''}`;
}
