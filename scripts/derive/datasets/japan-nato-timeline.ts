import type { DerivedDataset } from '../context.js';
import { datedFactFields, datedFactRows } from '../dated-facts.js';

/** The facts mark a row gathered as context, not as a date of what the sentence claims, by its event's first word. */
const CONTEXT = /^Context:/;

/** Dated steps of Japan–NATO relations, 1990–2022, each for one of the article's seven claims about them. */
export const japanNatoTimeline: DerivedDataset = {
  name: 'japan-nato-timeline',
  title: 'Japan–NATO relations, 1990–2022: the dates behind the article’s claims',
  description:
    'Dated steps of Japan–NATO relations (conferences, declarations, partnership programmes, meetings, visits and NATO’s strategic concepts), each gathered for one of the article’s claims, with earlier steps in other formats as context. Dates as precise as the sources give them.',
  schema: {
    fields: datedFactFields(
      ['early-1990s', 'joint-declaration-2013', 'ipcp-2014-2020', 'foreign-ministers', 'military-committee-visit', 'madrid-first', 'strategic-concept-china'],
      { name: 'role', type: 'string', description: 'claim: a date of what the sentence claims; context: an earlier or related step in another format (a meeting that is not a summit, a text that is not a strategic concept)', constraints: { required: true, enum: ['claim', 'context'] } },
    ),
    primaryKey: ['event'],
  },
  cites: 'rows',
  derive: ({ facts }) => datedFactRows(facts('japan-nato-timeline'), (r) => ({ role: CONTEXT.test(r.event!) ? 'context' : 'claim' })),
};
