/** A CSV cell's value before encoding; null and undefined are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** Put first in a file so that Excel reads it as UTF-8 and Korean stays Korean. */
export const CSV_BOM = '\uFEFF';

// Excel and LibreOffice run a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): text that a spreadsheet would take for a formula gets a leading
 * apostrophe, and a field holding a comma, quote or line break is quoted with quotes doubled.
 * Numbers are written as they are, so a negative amount stays a number.
 */
export function csvField(value: CsvValue): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, ended by CRLF as RFC 4180 and Excel expect. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
