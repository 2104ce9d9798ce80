import {
  linkedTables,
  type DataCategory,
  type PostgresSystem,
  type FieldErasure,
  type PeopleFreeText,
} from '@rightsdesk/data-map';
import { deleteOrder } from './delete-order';

/** A field of a kept row that erasure changes (`keep` fields are left out). */
export interface FieldErasureStep {
  column: string;
  rule: Exclude<FieldErasure, 'keep'>;
  category: DataCategory;
}

interface TableStepBase {
  table: string;
  primaryKey: string;
}

/** What erasure does to one table's rows for the person. */
export type TableErasureStep =
  | (TableStepBase & { action: 'delete' })
  | (TableStepBase & { action: 'deidentify'; reason: string; fields: FieldErasureStep[] })
  | (TableStepBase & {
      action: 'retain';
      legalBasis: string;
      period: string;
      /** Why the rows are kept, in English for staff. */
      reason: string;
      /** The same in every language the map gives it, as the person is told. */
      reasonWords: PeopleFreeText;
      fields: FieldErasureStep[];
    });

/**
 * The erasure of one person from one system, in the order it must run: kept tables first (a kept
 * row may set_null its foreign key to a row about to be deleted), then deletions, every child
 * before its parent. (regs 7022; GDPR Art. 17(1), 17(3))
 */
export function planErasure(system: PostgresSystem): TableErasureStep[] {
  const kept: TableErasureStep[] = [];
  const deleted: string[] = [];
  for (const table of linkedTables(system)) {
    const definition = system.tables[table];
    const erasure = definition?.erasure;
    if (!definition || !erasure)
      throw new Error(`table "${table}" is linked to people but has no erasure rule`);
    if (erasure.action === 'delete') {
      deleted.push(table);
      continue;
    }
    const fields: FieldErasureStep[] = [];
    for (const [column, field] of Object.entries(definition.fields)) {
      const rule = field.erasure ?? 'keep';
      if (rule !== 'keep') fields.push({ column, rule, category: field.category });
    }
    const base = { table, primaryKey: definition.primary_key, fields };
    kept.push(
      erasure.action === 'deidentify'
        ? { ...base, action: 'deidentify', reason: erasure.reason }
        : {
            ...base,
            action: 'retain',
            legalBasis: erasure.legal_basis,
            period: erasure.period,
            reason: erasure.reason.en,
            reasonWords: erasure.reason,
          },
    );
  }
  const deletions = deleteOrder(system, deleted).map((table): TableErasureStep => ({
    table,
    primaryKey: system.tables[table]?.primary_key ?? '',
    action: 'delete',
  }));
  return [...kept, ...deletions];
}
