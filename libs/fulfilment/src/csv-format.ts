/** UTF-8 byte order mark: spreadsheet programs read the file as UTF-8 only when it starts so. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 record separator. */
const CRLF = '\r\n';

// A cell a spreadsheet would run as a formula (OWASP "CSV injection"). A leading + or - is only
// treated so when more than a number or a phone number follows, so "+44 7700 900123" and "-12.5"
// stay as they are; the JSON file always keeps the exact value.
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s().,]*$))/;

/** One value as CSV text: empty for null, JSON for structures, quoted per RFC 4180 when needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (a header or a row), CRLF-terminated as RFC 4180 says. */
export function csvRecord(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + CRLF;
}
