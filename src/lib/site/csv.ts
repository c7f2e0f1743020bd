/**
 * CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order
 * mark (without which Excel opens Chinese text as mojibake), and text that a spreadsheet
 * cannot take for a formula.
 */

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** A cell value; null and undefined become an empty cell. */
export type CsvCell = string | number | null | undefined;

/**
 * First characters that make Excel, LibreOffice Calc and Google Sheets read a cell as a formula
 * (=HYPERLINK(…), +1, -1+2, @SUM(…)) or start one after them (tab, carriage return): the list of
 * OWASP's "CSV Injection" page.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet will show as the text it is. Text starting like a formula gets
 * a single quote in front, as OWASP recommends: spreadsheets take a leading ' as "this is text"
 * and hide it; the rest of the text is kept as it is. Numbers are written as numbers: a number
 * cannot hold a formula, and a negative one must stay a number.
 */
export function neutralise(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Quotes a cell when it holds a comma, a quote or a line break, doubling inner quotes; also when
 * it holds a semicolon, the separator of Excel in many locales, so that no part of a cell can
 * start a cell of its own there.
 */
export function csvCell(value: CsvCell): string {
  const text = neutralise(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file, header first, with the BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
