import { type DerivedDataset, provenance, type Table, unconfirmed } from '../context.js';
import { confidence, note, partialDate, provenanceFields, sourceQuote, str } from '../fields.js';

/**
 * Rows that summarise several exercises (a deployment report, NATO's topic page) rather than
 * date one: kept for their words, never drawn or counted as an exercise. By the start of the event.
 */
const SUMMARIES = ['NATO topic page', 'HMCS Winnipeg patrols and exercises', 'HNLMS Evertsen (in CSG21)'];

/** The NATO force an event names: a Standing NATO Maritime Group, a NATO operation's ships, or neither. */
function natoForceOf(row: Record<string, string | undefined>): string {
  if (!/\bNATO\b/.test(row.countries ?? '')) return '';
  const group = /Standing NATO Maritime Group (One|Two)/.exec(row.event!);
  if (group) return group[0];
  const operation = /NATO Operation ([A-Z]\w+ [A-Z]\w+)/.exec(row.event!);
  return operation ? `Operation ${operation[1]}` : 'not stated';
}

/**
 * nippon.com carries both Kyodo's and Jiji's wires; `publisher()` names the host by Jiji.
 * Kyodo's stories live under /en/news/kd…: name them by their agency.
 */
const KYODO_ON_NIPPON = /^https:\/\/www\.nippon\.com\/en\/news\/kd/;

/** Joint exercises of the Self-Defense Forces with the five partners in the Pacific, and with NATO ships in Europe. */
export const pacificExercises: DerivedDataset = {
  name: 'pacific-exercises',
  title: 'Exercises of the Japan Self-Defense Forces with Canada, the UK, France, Germany and the Netherlands, and with NATO ships in Europe',
  description:
    'Joint exercises of the Japan Self-Defense Forces with forces of the five countries the article names (2021 – May 2022), in the Pacific and, for contrast, elsewhere (Gulf of Aden, Indian Ocean); and the exercises of the Maritime Self-Defense Force with NATO ships, 2014 – June 2022. Dates as precise as the sources give them.',
  schema: {
    fields: [
      { name: 'claim_id', type: 'string', description: 'The article’s claim the row was gathered for: pacific-five (exercises in the Pacific with the five countries) or europe-twice (exercises with NATO fleets in Europe)', constraints: { required: true, enum: ['pacific-five', 'europe-twice'] } },
      partialDate('date', 'First day, or the month or year where the sources give no day', true),
      partialDate('end_date', 'Last day (the first day again for a one-day exercise); empty where no source gives it'),
      str('event', 'The exercise, with the ships or forces taking part', true),
      { name: 'kind', type: 'string', description: 'exercise: one exercise; summary: a source that summarises several exercises (a deployment report, NATO’s page): never counted as one', constraints: { required: true, enum: ['exercise', 'summary'] } },
      str('countries', 'Partner countries among Canada, United Kingdom, France, Germany and Netherlands, or NATO and the navies of its ships, `;`-separated', true),
      { name: 'nato_force', type: 'string', description: 'For exercises with NATO: the Standing NATO Maritime Group, or the NATO operation whose ships took part, as the event names it; "not stated" where it names neither' },
      str('place', 'Where, as the sources give it', true),
      { name: 'region', type: 'string', description: 'Pacific, Europe, or elsewhere (the Gulf of Aden, the Indian Ocean: neither the Pacific nor Europe)', constraints: { required: true, enum: ['Pacific', 'Europe', 'elsewhere'] } },
      confidence, note, ...provenanceFields, sourceQuote(),
    ],
    primaryKey: ['event'],
  },
  cites: 'rows',
  derive({ facts }) {
    const rows: Table = facts('pacific-exercises')
      .filter((r) => !unconfirmed(r))
      .map((r) => {
        const source = provenance(r);
        return {
          claim_id: r.claim_id!,
          date: r.date!,
          end_date: r.end_date ?? '',
          event: r.event!,
          kind: SUMMARIES.some((start) => r.event!.startsWith(start)) ? 'summary' : 'exercise',
          countries: r.countries!,
          nato_force: natoForceOf(r),
          place: r.place!,
          region: r.region!,
          confidence: r.confidence!,
          note: r.notes ?? '',
          ...source,
          ...(KYODO_ON_NIPPON.test(r.source_url!) ? { source: 'Kyodo News (nippon.com)' } : {}),
        };
      });
    for (const start of SUMMARIES) {
      if (rows.filter((r) => r.event!.startsWith(start)).length !== 1) throw new Error(`pacific-exercises: no single row starts "${start}"`);
    }
    return rows;
  },
};
