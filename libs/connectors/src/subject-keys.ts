import type { PostgresSystem } from '@rightsdesk/data-map';
import type { QueryResult, QueryResultRow } from 'pg';
import { quoteIdentifier as q } from './sql-identifier';
import { buildSubjectQuery } from './subject-query.builder';

/** A pool or a client inside a transaction. */
export interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/**
 * The primary keys of the person's rows in each of `tables`, all found before anything changes:
 * erasure masks the email that finds the person and deletes the parents that lead to children.
 */
export async function subjectKeys(
  system: PostgresSystem,
  db: Queryable,
  roots: Readonly<Record<string, readonly string[]>>,
  tables: readonly string[],
): Promise<Record<string, string[]>> {
  const keys: Record<string, string[]> = {};
  for (const table of tables) {
    const primaryKey = system.tables[table]?.primary_key;
    const query =
      primaryKey === undefined
        ? null
        : buildSubjectQuery(system, table, roots, { columns: [primaryKey] });
    if (!query || primaryKey === undefined) {
      keys[table] = [];
      continue;
    }
    // As text, whatever the key's type, so keys compare and round-trip exactly.
    const result = await db.query<{ k: string }>(
      `SELECT s.${q(primaryKey)}::text AS "k" FROM (${query.text}) s`,
      query.values,
    );
    keys[table] = result.rows.map((row) => row.k);
  }
  return keys;
}

/** Roots from two look-ups joined, e.g. by email now and by the keys captured before erasure. */
export function mergeRoots(
  ...all: Readonly<Record<string, readonly string[]>>[]
): Record<string, string[]> {
  const merged: Record<string, Set<string>> = {};
  for (const roots of all)
    for (const [table, keys] of Object.entries(roots))
      for (const key of keys) (merged[table] ??= new Set()).add(key);
  return Object.fromEntries(Object.entries(merged).map(([table, keys]) => [table, [...keys]]));
}
