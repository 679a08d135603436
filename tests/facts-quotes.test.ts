/**
 * Every facts row quotes the sentence of its source that states its figure (`source_quote`).
 * These tests read the row against its quote: where the source's words and the row disagree,
 * the row is wrong. A figure the quote states in other words (a sum, a word for a number) is
 * listed below with the reason, so that a changed row or quote is caught again.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../src/lib/datapackage.js';
import { readRows } from './shared-files.js';

/** The number as a whole word of the quote, with thousands separators allowed ("1,763"). */
const statesNumber = (quote: string, n: number) => new RegExp(`(^|[^\\d,.])${n}([^\\d]|$)`).test(quote.replace(/(\d),(?=\d{3})/g, '$1'));

/** Rows whose figure the quote gives in other words, checked by hand against the quote. */
const STATED_OTHERWISE: Record<string, string> = {
  'f35-fleet Italy F-35B plan': '15 F-35B for the air force and 15 for the navy: 30',
  'f35-fleet South Korea F-35A plan': '"some 20 additional" on top of the 40 delivered by January 2022: 60',
  'f35-fleet Singapore F-35B ordered 2020': '"four F-35Bs in 2020"',
  'f35-fleet Singapore F-35B options 2020': '"four F-35Bs … with another eight on option": 12',
  'nato-global-partners Japan': 'the quote dates the signing "Monday (15 April …)" of 2013, the article’s year',
  'ipd22-deployment First surface unit away end': 'the return on 5 October is in a second source, named in the row’s note',
  'ipd22-deployment Second surface unit away end': 'the return on 28 October is in a second source, named in the row’s note',
};

const quoteOf = (row: Row) => String(row.source_quote ?? '');

describe('facts rows carry the words of their sources', () => {
  it.each(['f35-fleet', 'ipd22-deployment', 'nato-global-partners'])('every row of %s has a quote', (name) => {
    for (const row of readRows(name)) expect(quoteOf(row).trim(), JSON.stringify(row).slice(0, 80)).not.toBe('');
  });

  it('every policy row of defence-budget-gdp has a quote; the SIPRI rows need none', () => {
    const rows = readRows('defence-budget-gdp');
    for (const row of rows.filter((r) => r.kind !== 'observed')) expect(quoteOf(row).trim()).not.toBe('');
    expect(rows.filter((r) => r.kind === 'observed').every((r) => r.source_quote === null)).toBe(true);
  });

  it('states each F-35 figure in its quote', () => {
    for (const row of readRows('f35-fleet')) {
      const key = `f35-fleet ${row.country} ${row.variant} ${row.level}`;
      if (STATED_OTHERWISE[key] || STATED_OTHERWISE[`${key} ${row.as_of}`]) continue;
      expect(statesNumber(quoteOf(row), row.planned as number), `${key}: ${row.planned} not in "${quoteOf(row)}"`).toBe(true);
    }
  });

  it('states the year of each partnership’s first formal instrument in its quote', () => {
    for (const row of readRows('nato-global-partners').filter((r) => r.formalised_year !== null)) {
      if (STATED_OTHERWISE[`nato-global-partners ${row.country}`]) continue;
      expect(quoteOf(row), String(row.country)).toContain(String(row.formalised_year));
    }
  });

  it('states the days of each dated event of the deployment in its quote', () => {
    for (const row of readRows('ipd22-deployment').filter((r) => r.start)) {
      for (const [end, date] of [['start', row.start], ['end', row.end]] as const) {
        if (!date || STATED_OTHERWISE[`ipd22-deployment ${row.event} ${end}`]) continue;
        const day = String(Number(String(date).slice(8)));
        expect(statesNumber(quoteOf(row), Number(day)), `${row.event} ${end} ${date}: "${quoteOf(row)}"`).toBe(true);
      }
    }
  });

  it('lists no exception that no longer applies', () => {
    const keys = [
      ...readRows('f35-fleet').flatMap((r) => [`f35-fleet ${r.country} ${r.variant} ${r.level}`, `f35-fleet ${r.country} ${r.variant} ${r.level} ${r.as_of}`]),
      ...readRows('nato-global-partners').map((r) => `nato-global-partners ${r.country}`),
      ...readRows('ipd22-deployment').flatMap((r) => [`ipd22-deployment ${r.event} start`, `ipd22-deployment ${r.event} end`]),
    ];
    for (const key of Object.keys(STATED_OTHERWISE)) expect(keys, key).toContain(key);
  });
});
