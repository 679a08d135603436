import { csvFormatRow } from 'd3-dsv';
import type { Cell, Field } from './datapackage.js';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a cell a spreadsheet would run as a formula by prefixing a single quote,
 * as OWASP recommends. Numbers are left alone: "-3" is data, not a formula.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function formatCell(value: Cell): string {
  if (value === null) return '';
  // "-Infinity" is no number to a spreadsheet: it would be read as a formula.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return neutraliseFormula(String(value));
}

/**
 * Writes rows as RFC 4180 CSV (comma separated, CRLF line ends, fields quoted where needed)
 * with a header row, columns in the schema's order.
 */
export function toCSV(rows: ReadonlyArray<Record<string, Cell>>, fields: ReadonlyArray<Pick<Field, 'name'>>): string {
  const names = fields.map((f) => f.name);
  const lines = [names.map(neutraliseFormula), ...rows.map((row) => names.map((n) => formatCell(Object.hasOwn(row, n) ? row[n]! : null)))];
  return lines.map((cells) => csvFormatRow(cells) + '\r\n').join('');
}
