/**
 * The CSV writer behind "Download CSV", tested on properties rather than examples: any rows
 * survive write → parse unchanged, except cells a spreadsheet would run as a formula, which
 * come back neutralised with a leading single quote (OWASP, CSV injection).
 */
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCSV } from '../src/lib/csv.js';
import type { Cell } from '../src/lib/datapackage.js';

/** What a spreadsheet runs as a formula when a cell starts with it: =, +, -, @, tab, CR. */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
const startsLikeFormula = (text: string) => FORMULA_STARTS.some((c) => text.startsWith(c));

/** Text heavy in what breaks CSV writers: quotes, delimiters, line ends, formula starts, non-ASCII. */
const awkwardText = fc.string({
  unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', "'", ',', ';', ' ', 'a', '1', '.', 'é', '日', '😀', '\u200b', '\ufeff'),
  maxLength: 12,
});
const anyText = fc.oneof(awkwardText, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
/** A cell: text, a number (including -0, NaN and infinities), null, or no value at all. */
const cell = fc.oneof(anyText, fc.double(), fc.integer(), fc.constant(null), fc.constant(undefined));

const table = fc
  .uniqueArray(anyText, { minLength: 1, maxLength: 5 })
  .chain((names) =>
    fc.record({
      names: fc.constant(names),
      rows: fc.array(fc.tuple(...names.map(() => cell)), { maxLength: 6 }),
    }),
  );

/** The rows as `toCSV` takes them: records keyed by field name; an undefined cell is a missing key. */
const recordsOf = (names: string[], rows: Array<Array<Cell | undefined>>) =>
  rows.map((cells) => Object.fromEntries(names.flatMap((name, i) => (cells[i] === undefined ? [] : [[name, cells[i]!]]))));

/** What a reader's spreadsheet should see for a cell: numbers as written, text as written unless it would run. */
function expectedCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = String(value);
  return startsLikeFormula(text) ? `'${text}` : text;
}

describe('toCSV', () => {
  it('round-trips any rows through csvParseRows, neutralising only formula cells', () => {
    fc.assert(
      fc.property(table, ({ names, rows }) => {
        const parsed = csvParseRows(toCSV(recordsOf(names, rows), names.map((name) => ({ name }))));
        expect(parsed).toEqual([names.map(expectedCell), ...rows.map((cells) => cells.map(expectedCell))]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never writes a cell that starts like a formula, except a finite number', () => {
    fc.assert(
      fc.property(table, ({ names, rows }) => {
        const [header, ...records] = csvParseRows(toCSV(recordsOf(names, rows), names.map((name) => ({ name }))));
        expect(header!.filter(startsLikeFormula)).toEqual([]);
        records.forEach((record, r) =>
          record.forEach((text, c) => {
            if (!startsLikeFormula(text)) return;
            const value = rows[r]![c];
            expect(typeof value === 'number' && Number.isFinite(value) && text === String(value)).toBe(true);
          }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('ends every record with CRLF, as RFC 4180 asks', () => {
    fc.assert(
      fc.property(table, ({ names, rows }) => {
        const csv = toCSV(recordsOf(names, rows), names.map((name) => ({ name })));
        expect(csv.endsWith('\r\n')).toBe(true);
        expect(csv.replace(/"(?:[^"]|"")*"/g, '').split('\r\n')).toHaveLength(rows.length + 2);
      }),
    );
  });

  it('neutralises the classic injection payloads and leaves negative numbers as numbers', () => {
    const rows = [
      { a: '=HYPERLINK("http://evil.example","x")', b: -3 },
      { a: '@SUM(1+1)*cmd|\' /C calc\'!A0', b: -Infinity },
      { a: '\t=1+1', b: Number.NaN },
    ];
    const [, ...records] = csvParseRows(toCSV(rows, [{ name: 'a' }, { name: 'b' }]));
    expect(records.map(([a]) => a!.startsWith("'"))).toEqual([true, true, true]);
    expect(records.map(([, b]) => b)).toEqual(['-3', "'-Infinity", 'NaN']);
  });

  it('neutraliseFormula leaves ordinary text alone', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(neutraliseFormula(text) === text).toBe(!startsLikeFormula(text));
      }),
    );
  });
});
