import type { ErasureReceipt } from '@rightsdesk/connectors';
import type { MappedSystem } from '@rightsdesk/data-map';

/**
 * The receipt of an erasure as it happened the first time. The erasure is one transaction per
 * source, so a run that deletes and de-identifies nothing, although rows were found before it began,
 * is a retry after a crash that came between the source's commit and our record of it: the
 * rows were erased by that first run, and its counts are the ones found before it began.
 */
export function erasureResult(
  system: MappedSystem,
  plannedCounts: Readonly<Record<string, number>>,
  receipt: ErasureReceipt,
): ErasureReceipt & { recoveredAfterCrash: boolean } {
  // Retained rows are found again on every run; only deletions and de-identification change.
  const changed = receipt.tables.some((table) => table.rowsDeleted + table.rowsDeidentified > 0);
  const found = Object.values(plannedCounts).some((count) => count > 0);
  if (changed || !found) return { ...receipt, recoveredAfterCrash: false };
  return {
    system: receipt.system,
    recoveredAfterCrash: true,
    tables: receipt.tables.map((table) => {
      const rows = plannedCounts[table.table] ?? 0;
      const fields = system.tables[table.table]?.fields ?? {};
      return {
        ...table,
        rowsDeleted: table.action === 'delete' ? rows : 0,
        rowsDeidentified: table.action === 'deidentify' ? rows : 0,
        rowsRetained: table.action === 'retain' ? rows : 0,
        fieldsChanged:
          table.action === 'delete' || rows === 0
            ? []
            : Object.entries(fields)
                .filter(([, field]) => field.erasure !== undefined && field.erasure !== 'keep')
                .map(([column]) => column),
      };
    }),
  };
}
