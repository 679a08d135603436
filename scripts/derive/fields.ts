/**
 * Fields that several datasets share, with their types, constraints and descriptions, so that
 * a year, an ISO code or a source address means the same in every CSV.
 */
import type { Field } from '../../src/lib/datapackage.js';

export const str = (name: string, description: string, required = false): Field => ({
  name, type: 'string', description, ...(required ? { constraints: { required } } : {}),
});
export const iso3: Field = { name: 'iso3', type: 'string', description: 'ISO 3166 alpha-3 code (ISO 3166-3 for former states; XKX Kosovo, EUU European Union)', constraints: { required: true, pattern: '[A-Z]{3}' } };
export const country: Field = str('country', 'Country name as the source gives it', true);
export const usd = (name: string, description: string): Field => ({ name, type: 'number', description, constraints: { minimum: 0 } });
export const share: Field = { name: 'share_of_gdp_pct', type: 'number', description: 'Military expenditure as a share of GDP, per cent', constraints: { minimum: 0, maximum: 100 } };
/**
 * A share of GDP above 100% is a real SIPRI figure where GDP collapsed in war. The limit of 100
 * stays, so that a figure in the wrong unit is caught; the one published exception is listed.
 */
export const shareAnyCountry: Field = {
  ...share,
  reviewedExceptions: [
    {
      key: { iso3: 'KWT', year: '1991' },
      value: '117.35',
      reason: 'As published by SIPRI (2025 release, Share_of_GDP sheet, with SIPRI note 95): the year of the Gulf War, after Iraq\'s occupation had collapsed Kuwait\'s GDP.',
    },
  ],
};
export const sipriYear: Field = { name: 'year', type: 'integer', description: 'Calendar year', constraints: { required: true, minimum: 1949, maximum: 2024 } };
export const confidence: Field = { name: 'confidence', type: 'string', description: 'H: official or primary source, or several that agree; M: one secondary source', constraints: { required: true, enum: ['H', 'M'] } };
export const note = str('note', 'What a reader should know about this row');
export const partialDate = (name: string, description: string, required = false): Field => ({
  name, type: 'string', description, constraints: { ...(required ? { required } : {}), pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' },
});
const QUOTE_DESCRIPTION = 'The sentence of the source that states the figure or date, word for word, in the source\'s language: a reviewer can check the row without opening the page';
/** Every facts row quotes its source; `unless` exempts rows copied from SIPRI's database. */
export const sourceQuote = (unless?: { field: string; values: string[] }): Field => ({
  name: 'source_quote', type: 'string', description: QUOTE_DESCRIPTION,
  constraints: unless ? { requiredUnless: unless } : { required: true },
});
export const provenanceFields: Field[] = [
  str('source', 'Publisher of the figure', true),
  { name: 'source_url', type: 'string', format: 'uri', description: 'Address the figure was read at', constraints: { required: true } },
];

