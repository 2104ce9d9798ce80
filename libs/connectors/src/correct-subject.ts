import type { MappedSystem } from '@rightsdesk/data-map';
import type { Pool } from 'pg';
import { buildCorrectionCheck, buildCorrectionUpdate } from './correction.builder';
import { planCorrection, type FieldCorrection } from './correction-plan';
import { inTransaction } from './in-transaction';
import { subjectKeys } from './subject-keys';

/** One corrected column of one table. Never carries the old value, nor the new one. */
export interface FieldCorrectionReceipt {
  table: string;
  field: string;
  rowsChanged: number;
  /** Read back after commit: every one of the person's rows holds the corrected value. */
  verified: boolean;
}

export interface CorrectionReceipt {
  system: string;
  fields: FieldCorrectionReceipt[];
}

/**
 * Writes corrected values to every correctable copy the system holds, in one transaction, then
 * reads them back to prove they took effect (regs 7023; GDPR Art. 16). Old values are never read.
 */
export async function correctSubject(
  system: MappedSystem,
  pool: Pool,
  roots: Readonly<Record<string, readonly string[]>>,
  corrections: readonly FieldCorrection[],
): Promise<CorrectionReceipt> {
  const steps = planCorrection(system, corrections);
  const tables = [...new Set(steps.map((step) => step.table))];
  const { keys, changed } = await inTransaction(pool, async (client) => {
    const keys = await subjectKeys(system, client, roots, tables);
    const changed: number[] = [];
    for (const step of steps) {
      const tableKeys = keys[step.table] ?? [];
      if (tableKeys.length === 0) {
        changed.push(0);
        continue;
      }
      const update = buildCorrectionUpdate(
        step.table,
        step.primaryKey,
        step.field,
        tableKeys,
        step.value,
      );
      changed.push((await client.query(update.text, update.values)).rowCount ?? 0);
    }
    return { keys, changed };
  });
  const fields: FieldCorrectionReceipt[] = [];
  for (const [index, step] of steps.entries()) {
    const tableKeys = keys[step.table] ?? [];
    const check = buildCorrectionCheck(
      step.table,
      step.primaryKey,
      step.field,
      tableKeys,
      step.value,
    );
    const differing =
      tableKeys.length === 0
        ? 0
        : Number((await pool.query<{ count: string }>(check.text, check.values)).rows[0]?.count);
    fields.push({
      table: step.table,
      field: step.field,
      rowsChanged: changed[index] ?? 0,
      verified: differing === 0,
    });
  }
  return { system: system.name, fields };
}
