/**
 * CSV for spreadsheet programs: RFC 4180 (CRLF line ends, fields with a comma, quote, CR or LF
 * quoted, quotes doubled), a UTF-8 byte order mark so Excel reads the accents, and every cell
 * that a spreadsheet would run as a formula prefixed with a single quote (OWASP "CSV injection").
 */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsvRow(cells: readonly string[]): string {
  return cells.map((cell) => quoteCell(neutraliseCell(cell))).join(',');
}

/** The whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return CSV_BOM + [header, ...rows].map((row) => `${toCsvRow(row)}\r\n`).join('');
}
