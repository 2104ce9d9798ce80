import { linkedTables, type PostgresSystem } from '@rightsdesk/data-map';

/** A corrected value as the request states it. */
export interface FieldCorrection {
  field: string;
  value: string;
}

/** One column of one table to write a corrected value to. */
export interface CorrectionStep {
  table: string;
  primaryKey: string;
  field: string;
  value: string;
}

/**
 * Where each corrected value is written: every linked table that holds a column of that name and
 * marks it `correctable: true`, so the fix reaches every copy the system keeps (regs 7023(c);
 * GDPR Art. 16). Intake already refuses other fields; refusing here again keeps a request that
 * skipped intake from changing an identifier, a key or a record kept as evidence.
 */
export function planCorrection(
  system: PostgresSystem & { name: string },
  corrections: readonly FieldCorrection[],
): CorrectionStep[] {
  const seen = new Set<string>();
  const steps: CorrectionStep[] = [];
  for (const { field, value } of corrections) {
    if (seen.has(field)) throw new Error(`field "${field}" is corrected twice in one request`);
    seen.add(field);
    const tables = linkedTables(system).filter(
      (table) => system.tables[table]?.fields[field]?.correctable === true,
    );
    if (tables.length === 0)
      throw new Error(
        `field "${field}" cannot be corrected: no table of system "${system.name}" marks it correctable`,
      );
    for (const table of tables)
      steps.push({ table, primaryKey: system.tables[table]?.primary_key ?? '', field, value });
  }
  return steps;
}
