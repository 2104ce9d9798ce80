import { resolveLink, type PostgresSystem } from '@rightsdesk/data-map';
import { quoteIdentifier as q } from './sql-identifier';
import type { SubjectQuery } from './subject-query.builder';

/**
 * The query that finds the primary keys of a table's rows by the person's email, or null when
 * the table has no identity link. `lower(column) = lower($1)` is written to match the lower(email)
 * expression index exactly; any other spelling (ILIKE, citext casts) would scan the table.
 */
export function buildLocateQuery(
  system: PostgresSystem,
  tableName: string,
  email: string,
): SubjectQuery | null {
  const column = resolveLink(system, tableName)?.identity?.email;
  const table = system.tables[tableName];
  if (column === undefined || !table) return null;
  return {
    text: `SELECT ${q(table.primary_key)}::text AS "key" FROM ${q(tableName)} WHERE lower(${q(column)}) = lower($1)`,
    values: [email],
  };
}
