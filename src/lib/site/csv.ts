/**
 * CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
 * order mark, without which Excel opens Chinese text as mojibake.
 */

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** A cell value; null and undefined become an empty cell. */
export type CsvCell = string | number | null | undefined;

/** Quotes a cell when it holds a comma, a quote or a line break, doubling inner quotes. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file, header first, with the BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
