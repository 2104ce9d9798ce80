import type { PostgresSystem } from '@rightsdesk/data-map';
import type { CorrectionRecord } from '@rightsdesk/domain';
import { quoteIdentifier as q } from './sql-identifier';
import { buildSubjectQuery } from './subject-query.builder';
import type { Queryable } from './subject-keys';

/** A correction as a connector sees it: one table, the record named, the new values. */
export interface RecordCorrection {
  table: string;
  record: CorrectionRecord | null;
  changes: Readonly<Record<string, string>>;
}

/** One of the person's rows a correction would change, with what it holds now. */
export interface CorrectionRow {
  /** The row's primary key, as text. */
  key: string;
  /** The columns shown for it (the name of the record and the fields changed together). */
  current: Record<string, string | null>;
}

/**
 * The columns an officer needs to judge a correction: the one the record is named by, every
 * field changed and every field corrected together with one (a street is read with its town).
 */
export function shownColumns(system: PostgresSystem, correction: RecordCorrection): string[] {
  const table = system.tables[correction.table];
  if (!table) return Object.keys(correction.changes);
  const changed = Object.keys(correction.changes);
  const groups = (table.correction?.together ?? []).filter((group) =>
    group.some((column) => changed.includes(column)),
  );
  const namedBy = table.correction?.record_named_by;
  return [...new Set([...(namedBy ? [namedBy] : []), ...groups.flat(), ...changed])].filter(
    (column) => table.fields[column],
  );
}

/**
 * The person's rows of the correction's table that match the record they named: by its kind,
 * or by a current value compared without case and outer spaces. Nothing is changed.
 */
export async function findCorrectionRows(
  system: PostgresSystem,
  db: Queryable,
  roots: Readonly<Record<string, readonly string[]>>,
  correction: RecordCorrection,
): Promise<CorrectionRow[]> {
  const table = system.tables[correction.table];
  if (!table) throw new Error(`table "${correction.table}" is not in system`);
  const columns = shownColumns(system, correction);
  const recordColumn =
    correction.record?.by === 'kind' ? table.correction?.record_named_by : correction.record?.field;
  if (correction.record && (!recordColumn || !table.fields[recordColumn]))
    throw new Error(`records of "${correction.table}" cannot be named that way`);
  const selected = [
    ...new Set([table.primary_key, ...columns, ...(recordColumn ? [recordColumn] : [])]),
  ];
  const query = buildSubjectQuery(system, correction.table, roots, { columns: selected });
  if (!query) return [];
  const values = [...query.values];
  let where = '';
  if (correction.record && recordColumn) {
    values.push(correction.record.value);
    where = `WHERE lower(btrim(s.${q(recordColumn)}::text)) = lower(btrim($${values.length}))`;
  }
  const list = columns.map((column) => `s.${q(column)}::text AS ${q(column)}`).join(', ');
  const result = await db.query<Record<string, string | null>>(
    `SELECT s.${q(table.primary_key)}::text AS "__key"${list ? `, ${list}` : ''}
       FROM (${query.text}) s ${where} ORDER BY s.${q(table.primary_key)}`,
    values,
  );
  return result.rows.map(({ __key, ...current }) => ({ key: String(__key), current }));
}

/** "any corrected column differs from its new value", with the values as $2, $3, ... */
function differsFrom(changes: Readonly<Record<string, string>>): string {
  return Object.keys(changes)
    .map((column, index) => `${q(column)} IS DISTINCT FROM $${index + 2}`)
    .join(' OR ');
}

/**
 * Sets the corrected columns on the chosen rows that do not hold the new values yet. Values are
 * parameters typed by their column, never spliced into SQL.
 */
export function buildRowsUpdate(
  table: string,
  primaryKey: string,
  keys: readonly string[],
  changes: Readonly<Record<string, string>>,
): { text: string; values: unknown[] } {
  const sets = Object.keys(changes)
    .map((column, index) => `${q(column)} = $${index + 2}`)
    .join(', ');
  return {
    text: `UPDATE ${q(table)} SET ${sets} WHERE ${q(primaryKey)}::text = ANY($1) AND (${differsFrom(changes)})`,
    values: [[...keys], ...Object.values(changes)],
  };
}

/** How many of the chosen rows do not hold every corrected value: zero once it took effect. */
export function buildRowsCheck(
  table: string,
  primaryKey: string,
  keys: readonly string[],
  changes: Readonly<Record<string, string>>,
): { text: string; values: unknown[] } {
  return {
    text: `SELECT count(*) AS "count" FROM ${q(table)} WHERE ${q(primaryKey)}::text = ANY($1) AND (${differsFrom(changes)})`,
    values: [[...keys], ...Object.values(changes)],
  };
}
