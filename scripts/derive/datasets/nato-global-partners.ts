import countries from 'i18n-iso-countries';
import { type DerivedDataset, provenance, unconfirmed } from '../context.js';
import { confidence, country, iso3, note, partialDate, provenanceFields, sourceQuote, str } from '../fields.js';

/** The nine partners; a date marked UNCONFIRMED is dropped (left empty), never charted. */
export const natoGlobalPartners: DerivedDataset = {
  name: 'nato-global-partners',
  title: 'NATO\'s partners across the globe (2022)',
  description: 'The nine countries NATO lists as partners across the globe, with the date of the first formal instrument of each partnership, where there is one.',
  schema: {
    fields: [country, iso3,
      { name: 'iso_numeric', type: 'string', description: 'ISO 3166 numeric code (the id of the country in world-atlas)', constraints: { required: true, pattern: '\\d{3}' } },
      { name: 'status', type: 'string', description: 'formalised: a formal instrument is dated; no formal instrument: none found; date not confirmed: an instrument exists but its date is not confirmed', constraints: { required: true, enum: ['formalised', 'no formal instrument', 'date not confirmed'] } },
      partialDate('formalised', 'Date of the first formal instrument of the partnership (joint declaration, IPCP or partnership agreement): year, year-month or date'),
      { name: 'formalised_year', type: 'integer', description: 'Year of formalised', constraints: { minimum: 1949, maximum: 2030 } },
      partialDate('second_date', 'A later formal step shown beside the first (see note)'),
      str('framework', 'Instrument of the partnership', true),
      confidence, note, ...provenanceFields, sourceQuote()],
    primaryKey: ['iso3'],
  },
  cites: 'rows',
  derive: ({ facts }) =>
    facts('nato-partners-across-the-globe').map((r) => {
      const dateUnconfirmed = unconfirmed(r);
      const formalised = dateUnconfirmed ? '' : r.formalised ?? '';
      return {
        country: r.country!,
        iso3: r.iso3!,
        iso_numeric: countries.alpha3ToNumeric(r.iso3!) ?? '',
        status: dateUnconfirmed ? 'date not confirmed' : formalised ? 'formalised' : 'no formal instrument',
        formalised,
        formalised_year: formalised.slice(0, 4),
        second_date: r.second_date ?? '',
        framework: r.framework!,
        confidence: r.confidence!,
        note: dateUnconfirmed ? `date not confirmed (facts give ${r.formalised}); ${r.notes!.replace(/\S*\s*UNCONFIRMED;?\s*/, '')}` : r.notes ?? '',
        ...provenance(r),
      };
    }),
};
