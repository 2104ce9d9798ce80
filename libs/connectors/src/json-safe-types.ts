import { types } from 'pg';

// Postgres type oids (pg_type.oid) whose text form is already the best JSON value.
const KEEP_TEXT = new Set([
  20, // int8: beyond Number.MAX_SAFE_INTEGER, so ids stay strings
  1700, // numeric: exact decimal
  1082, // date: a calendar date; pg would make it local midnight
  1083, // time
  1266, // timetz
  1186, // interval
  869, // inet
  650, // cidr
  829, // macaddr
  17, // bytea: \x-prefixed hex
]);
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

type TypeParser = (value: string) => unknown;

/**
 * Type parsers that turn every value into something JSON.stringify keeps as is: big integers and
 * exact decimals as strings, timestamps as ISO 8601 text, network addresses as text.
 */
export const JSON_SAFE_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): TypeParser {
    if (format === 'binary') return types.getTypeParser(oid, 'binary') as TypeParser;
    if (KEEP_TEXT.has(oid)) return (value) => value;
    // A timestamp without zone has no instant: keep its wall-clock text, in ISO 8601 shape.
    if (oid === TIMESTAMP) return (value) => value.replace(' ', 'T');
    if (oid === TIMESTAMPTZ) {
      const toDate = types.getTypeParser(TIMESTAMPTZ, 'text') as TypeParser;
      return (value) => {
        const date = toDate(value);
        return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : value;
      };
    }
    return types.getTypeParser(oid, 'text') as TypeParser;
  },
};

/** Final pass for the values type parsers cannot settle (non-finite floats, nested arrays). */
export function jsonSafeValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (Array.isArray(value)) return value.map(jsonSafeValue);
  return value;
}

export type JsonSafeRow = Record<string, unknown>;

/** Makes a row JSON-safe in place: the type parsers settled almost every value already. */
export function jsonSafeRow(row: Record<string, unknown>): JsonSafeRow {
  for (const column in row) {
    const value = row[column];
    if (value !== null && typeof value !== 'string' && typeof value !== 'boolean')
      row[column] = jsonSafeValue(value);
  }
  return row;
}
