/**
 * Encoding for Postgres `COPY ... FROM STDIN` in text format: one row per line, columns split
 * by tabs, NULL written as \N. Backslash, tab, newline and carriage return inside a value must
 * be escaped or Postgres would read them as structure.
 * https://www.postgresql.org/docs/15/sql-copy.html#id-1.9.3.55.9.2
 */
export type CopyValue = string | number | boolean | null | undefined;

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value as COPY text; null and undefined become \N. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') {
    // Most values need no escaping; the test is much cheaper than an always-run replace.
    return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (!Number.isFinite(value)) throw new RangeError(`cannot COPY non-finite number ${value}`);
  return String(value);
}

/** One row as a COPY text line, newline included. */
export function copyRow(values: readonly CopyValue[]): string {
  let line = copyField(values[0]);
  for (let i = 1; i < values.length; i += 1) line += '\t' + copyField(values[i]);
  return line + '\n';
}

/**
 * A Postgres text[] literal, e.g. {cooking,"home office"}. Elements are always quoted when
 * they hold anything but plain word characters, so commas, braces, quotes and spaces survive.
 * The literal still goes through copyField when the row is written.
 */
export function pgTextArray(items: readonly string[]): string {
  const parts = items.map((item) =>
    /^[\p{L}\p{N}_.-]+$/u.test(item) && item.toUpperCase() !== 'NULL'
      ? item
      : '"' + item.replace(/[\\"]/g, (c) => '\\' + c) + '"',
  );
  return '{' + parts.join(',') + '}';
}
