import { type DerivedDataset, iso3For, provenance, unconfirmed } from '../context.js';
import { confidence, country, iso3, note, partialDate, provenanceFields, sourceQuote, str } from '../fields.js';

export const f35Fleet: DerivedDataset = {
  name: 'f35-fleet',
  title: 'Planned F-35 fleets by customer and variant',
  description: 'One row per operator, variant and level of commitment (plan, ordered, funded, options, aspiration), each as of the date its source states it.',
  schema: {
    fields: [country, iso3, str('operator', 'Service that operates the aircraft', true),
      { name: 'variant', type: 'string', description: 'F-35A (conventional take-off), F-35B (short take-off, vertical landing), F-35C (carrier), F-35I (Israeli F-35A)', constraints: { required: true, enum: ['F-35A', 'F-35B', 'F-35C', 'F-35I'] } },
      { name: 'planned', type: 'integer', description: 'Aircraft at this level of commitment (number)', constraints: { required: true, minimum: 1 } },
      { name: 'level', type: 'string', description: 'plan: programme of record or decided plan; ordered: on contract or delivered; funded: funded planning assumption; options: firm orders plus options; aspiration: stated ambition, not funded', constraints: { required: true, enum: ['plan', 'ordered', 'funded', 'options', 'aspiration'] } },
      str('status', 'Status of the plan, in the source\'s terms', true),
      partialDate('as_of', 'Date the source states the figure: year, year-month or date', true),
      confidence, note, ...provenanceFields, sourceQuote()],
    primaryKey: ['country', 'operator', 'variant', 'level', 'as_of'],
  },
  cites: 'rows',
  // The "all" row is Japan's total as a cross-check, not a fleet of its own.
  derive: ({ facts }) =>
    facts('f35-programmes')
      .filter((r) => r.variant !== 'all' && !unconfirmed(r))
      .map((r) => ({
        country: r.country!, iso3: iso3For(r.country!), operator: r.operator!, variant: r.variant!, planned: r.planned!, level: r.level!,
        status: r.status!, as_of: r.as_of!, confidence: r.confidence!, note: r.notes ?? '', ...provenance(r),
      })),
};
