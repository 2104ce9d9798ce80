import { HASHED_VALUE, MASKED_VALUE } from './erased-value';
import type { FieldErasureStep } from './erasure-plan';
import { quoteIdentifier as q } from './sql-identifier';
import type { SubjectQuery } from './subject-query.builder';

/** New values for the fields of one row, in the order of the fields they are for. */
export interface ErasedRow {
  key: string;
  values: (string | null)[];
}

/** The declared type, length and nullability of every column of the given tables. */
export function buildColumnShapesQuery(tables: readonly string[]): SubjectQuery {
  return {
    text: `SELECT table_name AS "table", column_name AS "column", data_type AS "dataType",
       character_maximum_length AS "maxLength", is_nullable = 'YES' AS "nullable"
  FROM information_schema.columns
 WHERE table_schema = current_schema() AND table_name = ANY($1)`,
    values: [[...tables]],
  };
}

/**
 * The current text of the erased fields of the person's rows, locked until the transaction ends
 * so nothing changes them between reading and writing. Columns come back as "k" (the primary key)
 * and "v0", "v1", ... so no column name can collide with another.
 */
export function buildLockRowsQuery(
  table: string,
  primaryKey: string,
  fields: readonly Pick<FieldErasureStep, 'column'>[],
  keys: readonly string[],
): SubjectQuery {
  const columns = fields.map((field, index) => `, t0.${q(field.column)}::text AS "v${index}"`);
  return {
    text: `SELECT t0.${q(primaryKey)}::text AS "k"${columns.join('')} FROM ${q(table)} t0 WHERE t0.${q(primaryKey)} = ANY($1) ORDER BY 1 FOR UPDATE`,
    values: [[...keys]],
  };
}

/**
 * One UPDATE for all changed rows of a table: set_null fields become NULL, the others take the
 * row's value from parallel arrays. The key list narrows through the primary key index first.
 */
export function buildUpdateRowsQuery(
  table: string,
  primaryKey: string,
  fields: readonly Pick<FieldErasureStep, 'column' | 'rule'>[],
  rows: readonly ErasedRow[],
): SubjectQuery {
  const values: unknown[] = [rows.map((row) => row.key)];
  const names = ['k'];
  const sets = fields.map((field, index) => {
    if (field.rule === 'set_null') return `${q(field.column)} = NULL`;
    values.push(rows.map((row) => row.values[index] ?? null));
    names.push(`v${index}`);
    return `${q(field.column)} = v."v${index}"`;
  });
  values.push(rows.map((row) => row.key));
  const arrays = names.map((_name, index) => `$${index + 1}::text[]`).join(', ');
  const columns = names.map((name) => `"${name}"`).join(', ');
  return {
    text: `UPDATE ${q(table)} AS t0 SET ${sets.join(', ')} FROM unnest(${arrays}) AS v(${columns}) WHERE t0.${q(primaryKey)} = ANY($${values.length}) AND t0.${q(primaryKey)}::text = v."k"`,
    values,
  };
}

export function buildDeleteRowsQuery(
  table: string,
  primaryKey: string,
  keys: readonly string[],
): SubjectQuery {
  return {
    text: `DELETE FROM ${q(table)} WHERE ${q(primaryKey)} = ANY($1)`,
    values: [[...keys]],
  };
}

/**
 * How many of the given rows still hold something erasure should have removed: every row for a
 * table whose rows are deleted (`fields` = 'delete'), otherwise rows where a set_null field is
 * not null or a masked or hashed field does not have the erased form.
 */
export function buildResidualCountQuery(
  table: string,
  primaryKey: string,
  keys: readonly string[],
  fields: readonly Pick<FieldErasureStep, 'column' | 'rule'>[] | 'delete',
): SubjectQuery | null {
  const values: unknown[] = [[...keys]];
  const from = `SELECT count(*) AS "count" FROM ${q(table)} t0 WHERE t0.${q(primaryKey)} = ANY($1)`;
  if (fields === 'delete') return { text: from, values };
  const pattern = (regex: RegExp): string => {
    values.push(regex.source);
    return `$${values.length}`;
  };
  const left = fields.map((field) => {
    const column = `t0.${q(field.column)}`;
    if (field.rule === 'set_null') return `${column} IS NOT NULL`;
    const erased = pattern(field.rule === 'mask' ? MASKED_VALUE : HASHED_VALUE);
    return `(${column} IS NOT NULL AND ${column}::text !~ ${erased})`;
  });
  if (left.length === 0) return null;
  return { text: `${from} AND (${left.join(' OR ')})`, values };
}
