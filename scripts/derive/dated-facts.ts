/**
 * Datasets of dated facts, each row gathered for one claim of the article (`claim_id`), with
 * dates as precise as the sources give them. The columns and rows they share, in one place.
 * The facts' `notes` (the gatherer's remarks on each row) stay in the snapshot: the embed script
 * carries every dataset, and the rows' own sources, quotes and details are what a reader checks.
 */
import type { Field } from '../../src/lib/datapackage.js';
import { provenance, type Table, unconfirmed } from './context.js';
import { confidence, partialDate, provenanceFields, sourceQuote, str } from './fields.js';

/** The columns of a dated-facts dataset, with `kind` (how to read the row) after the event. */
export const datedFactFields = (claimIds: readonly string[], kind: Field): Field[] => [
  { name: 'claim_id', type: 'string', description: 'The article’s claim the row was gathered for', constraints: { required: true, enum: [...claimIds] } },
  partialDate('date', 'The day (the first of several), or the month or year where the sources give no day', true),
  partialDate('end_date', 'The last day of a span, or its month or year where the sources give no day'),
  str('event', 'What happened, is planned, or a source says', true),
  kind,
  str('detail', 'Who, where, and what else the source says'),
  confidence, ...provenanceFields, sourceQuote(),
];

/** The facts rows, but those marked UNCONFIRMED, in the columns of `datedFactFields`; `kindOf` fills the kind column. */
export const datedFactRows = (facts: Table, kindOf: (row: Table[number]) => Record<string, string>): Table =>
  facts
    .filter((r) => !unconfirmed(r))
    .map((r) => ({
      claim_id: r.claim_id!,
      date: r.date!,
      end_date: r.end_date ?? '',
      event: r.event!,
      ...kindOf(r),
      detail: r.detail ?? '',
      confidence: r.confidence!,
      ...provenance(r),
    }));
