import type { DataMapIssue, PostgresSystem } from '@rightsdesk/data-map';

/** A column as the database describes it (information_schema.columns). */
export interface LiveColumn {
  table: string;
  column: string;
  nullable: boolean;
  type: string;
}

const TEXT_TYPES = ['text', 'character varying'];

/**
 * What a database system of the map gets wrong about the live database: tables and columns it
 * names that do not exist (every request would fail), columns of a mapped table it does not
 * describe (personal data no request would find: GDPR Arts 15, 17), and erasure rules the
 * column types cannot take. Tables the map leaves out entirely are not reported: a database may
 * hold bookkeeping tables with no personal data. Pure: the caller reads the columns.
 */
export function liveSchemaIssues(
  name: string,
  system: Pick<PostgresSystem, 'tables'>,
  live: readonly LiveColumn[],
): DataMapIssue[] {
  const issues: DataMapIssue[] = [];
  const byTable = new Map<string, Map<string, LiveColumn>>();
  for (const column of live) {
    const columns = byTable.get(column.table) ?? new Map<string, LiveColumn>();
    columns.set(column.column, column);
    byTable.set(column.table, columns);
  }
  for (const [table, definition] of Object.entries(system.tables)) {
    const path = `systems.${name}.tables.${table}`;
    const columns = byTable.get(table);
    if (!columns) {
      issues.push({ path, message: `the database has no table "${table}"` });
      continue;
    }
    for (const [column, field] of Object.entries(definition.fields)) {
      const actual = columns.get(column);
      if (!actual) {
        issues.push({
          path: `${path}.fields.${column}`,
          message: `the table "${table}" has no column "${column}"`,
        });
      } else if (field.erasure === 'set_null' && !actual.nullable) {
        issues.push({
          path: `${path}.fields.${column}.erasure`,
          message: 'set_null on a NOT NULL column would fail every erasure',
        });
      } else if (
        (field.erasure === 'mask' || field.erasure === 'hash') &&
        !TEXT_TYPES.includes(actual.type)
      ) {
        issues.push({
          path: `${path}.fields.${column}.erasure`,
          message: `${field.erasure} needs a text column, not ${actual.type}`,
        });
      }
    }
    for (const column of columns.keys()) {
      if (!(column in definition.fields)) {
        issues.push({
          path: `${path}.fields`,
          message: `does not describe the column "${column}": no request would find what it holds`,
        });
      }
    }
  }
  return issues;
}
