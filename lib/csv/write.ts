/**
 * CSV for spreadsheet programs: RFC 4180 (CRLF line ends, quotes doubled), a UTF-8 byte order mark so
 * Excel reads the accents, and no cell that a spreadsheet would run as a formula (OWASP "CSV injection"):
 *
 * - every cell is quoted, so a spreadsheet that splits lines on another list separator (`;` in many EU
 *   locales, tab, `|`, `:`) never cuts a cell open and finds a formula in the middle of a name
 *   (`Anna;=1+2;` written bare ran `=1+2` when split on `;`);
 * - a cell that starts, after any blank, with a formula character (`=`, `+`, `-`, `@`, their full-width
 *   forms, tab or a line break) gets a leading single quote, which spreadsheets show as text.
 */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function quoteCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function toCsvRow(cells: readonly string[]): string {
  return cells.map((cell) => quoteCell(neutraliseCell(cell))).join(',');
}

/** The whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return CSV_BOM + [header, ...rows].map((row) => `${toCsvRow(row)}\r\n`).join('');
}
