import type { PostgresSystem } from '@rightsdesk/data-map';
import type { Pool } from 'pg';
import { buildRowsCheck, buildRowsUpdate, type RecordCorrection } from './correction-rows';
import { inTransaction } from './in-transaction';
import { subjectKeys } from './subject-keys';

/** A correction to write: the table, the new values and the chosen rows' primary keys. */
export interface ChosenCorrection extends RecordCorrection {
  rows: readonly string[];
}

/** One correction written: which fields, on how many rows; never a value, old or new. */
export interface RecordCorrectionReceipt {
  table: string;
  fields: string[];
  rowsChosen: number;
  rowsChanged: number;
  /** Read back after commit: every chosen row holds every corrected value. */
  verified: boolean;
}

/**
 * Writes each correction to the rows chosen for it and to no other row, in one transaction, then
 * reads them back (regs 7023; GDPR Art. 16). A chosen key that is not one of the person's rows
 * is left alone: the person's keys are found again here before anything is written.
 */
export async function correctRows(
  system: PostgresSystem & { name: string },
  pool: Pool,
  roots: Readonly<Record<string, readonly string[]>>,
  corrections: readonly ChosenCorrection[],
): Promise<{ system: string; corrections: RecordCorrectionReceipt[] }> {
  const tables = [...new Set(corrections.map((entry) => entry.table))];
  for (const entry of corrections) {
    const definition = system.tables[entry.table];
    const wrong = Object.keys(entry.changes).find(
      (column) => definition?.fields[column]?.correctable !== true,
    );
    if (!definition || wrong)
      throw new Error(`"${entry.table}.${wrong ?? ''}" cannot be corrected in "${system.name}"`);
  }
  const { chosen, changed } = await inTransaction(pool, async (client) => {
    const keys = await subjectKeys(system, client, roots, tables);
    const chosen = corrections.map((entry) =>
      entry.rows.filter((key) => (keys[entry.table] ?? []).includes(key)),
    );
    const changed: number[] = [];
    for (const [index, entry] of corrections.entries()) {
      const rows = chosen[index] ?? [];
      if (rows.length === 0) {
        changed.push(0);
        continue;
      }
      const primaryKey = system.tables[entry.table]?.primary_key ?? '';
      const update = buildRowsUpdate(entry.table, primaryKey, rows, entry.changes);
      changed.push((await client.query(update.text, update.values)).rowCount ?? 0);
    }
    return { chosen, changed };
  });
  const receipts: RecordCorrectionReceipt[] = [];
  for (const [index, entry] of corrections.entries()) {
    const rows = chosen[index] ?? [];
    const primaryKey = system.tables[entry.table]?.primary_key ?? '';
    const check = buildRowsCheck(entry.table, primaryKey, rows, entry.changes);
    const differing =
      rows.length === 0
        ? 0
        : Number((await pool.query<{ count: string }>(check.text, check.values)).rows[0]?.count);
    receipts.push({
      table: entry.table,
      // In the map's order (line 1 before the city), whatever order the request kept them in.
      fields: Object.keys(system.tables[entry.table]?.fields ?? {}).filter((field) =>
        Object.hasOwn(entry.changes, field),
      ),
      rowsChosen: rows.length,
      rowsChanged: changed[index] ?? 0,
      verified: rows.length > 0 && differing === 0,
    });
  }
  return { system: system.name, corrections: receipts };
}
