import { SQL_IDENTIFIER } from '@rightsdesk/data-map';

/**
 * Quotes a table or column name for SQL. The map already limits names to plain lower-case
 * identifiers; checking again here keeps the connector safe if handed an unvalidated system.
 */
export function quoteIdentifier(name: string): string {
  if (!SQL_IDENTIFIER.test(name)) throw new Error(`"${name}" is not a valid SQL identifier`);
  return `"${name.replace(/"/g, '""')}"`;
}
