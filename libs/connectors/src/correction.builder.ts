import { quoteIdentifier as q } from './sql-identifier';
import type { SubjectQuery } from './subject-query.builder';

/**
 * Writes a corrected value to the person's rows that do not hold it yet. The value is a parameter
 * typed by the column, so "1990-02-28" becomes a date and nothing is ever spliced into SQL.
 */
export function buildCorrectionUpdate(
  table: string,
  primaryKey: string,
  column: string,
  keys: readonly string[],
  value: string,
): SubjectQuery {
  return {
    text: `UPDATE ${q(table)} SET ${q(column)} = $2 WHERE ${q(primaryKey)} = ANY($1) AND ${q(column)} IS DISTINCT FROM $2`,
    values: [[...keys], value],
  };
}

/** How many of the person's rows do not hold the corrected value: zero once it took effect. */
export function buildCorrectionCheck(
  table: string,
  primaryKey: string,
  column: string,
  keys: readonly string[],
  value: string,
): SubjectQuery {
  return {
    text: `SELECT count(*) AS "count" FROM ${q(table)} WHERE ${q(primaryKey)} = ANY($1) AND ${q(column)} IS DISTINCT FROM $2`,
    values: [[...keys], value],
  };
}
