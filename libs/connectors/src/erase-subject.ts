import type { MappedSystem, PeopleFreeText } from '@rightsdesk/data-map';
import type { Pool, PoolClient } from 'pg';
import { columnShapeProblem, type ColumnShape } from './column-shape';
import { erasedValue, MIN_HASH_KEY_BYTES } from './erased-value';
import {
  buildColumnShapesQuery,
  buildDeleteRowsQuery,
  buildLockRowsQuery,
  buildUpdateRowsQuery,
  type ErasedRow,
} from './erasure.builder';
import { planErasure, type TableErasureStep } from './erasure-plan';
import { inTransaction } from './in-transaction';
import { subjectKeys } from './subject-keys';

export interface ErasureOptions {
  /** Secret key of the keyed hashes and masks; the same key gives the same hash of a value. */
  hashKey: Buffer;
}

/** What erasure did to one table, and for kept rows why they were kept (regs 7022(f)). */
export interface TableErasureReceipt {
  table: string;
  action: TableErasureStep['action'];
  rowsDeleted: number;
  /** Rows whose fields this run changed (de-identified, or retained and shrunk). */
  rowsDeidentified: number;
  /** The person's rows kept under a legal exception (retain). */
  rowsRetained: number;
  /** Columns this run changed in at least one row. */
  fieldsChanged: string[];
  legalBasis?: string;
  retentionPeriod?: string;
  reason?: string;
  /** Why retained rows are kept, in each language the map gives it (the person's notice). */
  reasonWords?: PeopleFreeText;
}

export interface ErasureReceipt {
  system: string;
  tables: TableErasureReceipt[];
}

/**
 * Erases one person from one Postgres system by the map's erasure rules, in one transaction:
 * every table's keys are found first, then kept rows are de-identified and the rest deleted,
 * children before parents. Running it again finds nothing left to change (regs 7022; GDPR Art. 17).
 */
export async function eraseSubject(
  system: MappedSystem,
  pool: Pool,
  roots: Readonly<Record<string, readonly string[]>>,
  options: ErasureOptions,
): Promise<ErasureReceipt> {
  if (options.hashKey.length < MIN_HASH_KEY_BYTES)
    throw new Error(`the erasure hash key must be at least ${MIN_HASH_KEY_BYTES} bytes`);
  const steps = planErasure(system);
  return inTransaction(pool, async (client) => {
    await checkColumnShapes(client, steps);
    const keys = await subjectKeys(
      system,
      client,
      roots,
      steps.map((step) => step.table),
    );
    const receipts = new Map<string, TableErasureReceipt>();
    for (const step of steps) {
      const tableKeys = keys[step.table] ?? [];
      receipts.set(
        step.table,
        step.action === 'delete'
          ? await deleteRows(client, step, tableKeys)
          : await eraseFields(client, system.name, step, tableKeys, options.hashKey),
      );
    }
    // Map order reads better than execution order in a receipt.
    const tables = Object.keys(system.tables).flatMap((table) => receipts.get(table) ?? []);
    return { system: system.name, tables };
  });
}

async function checkColumnShapes(client: PoolClient, steps: TableErasureStep[]): Promise<void> {
  const tables = steps.filter(
    (step): step is Exclude<TableErasureStep, { action: 'delete' }> => step.action !== 'delete',
  );
  const query = buildColumnShapesQuery(tables.map((step) => step.table));
  const result = await client.query<ColumnShape & { table: string; column: string }>(
    query.text,
    query.values,
  );
  const shapes = new Map(result.rows.map((row) => [`${row.table}.${row.column}`, row]));
  const problems = tables.flatMap((step) =>
    step.fields.flatMap(
      (field) =>
        columnShapeProblem(step.table, field, shapes.get(`${step.table}.${field.column}`)) ?? [],
    ),
  );
  if (problems.length > 0)
    throw new Error(`erasure cannot run on this database: ${problems.join('; ')}`);
}

async function deleteRows(
  client: PoolClient,
  step: TableErasureStep,
  keys: readonly string[],
): Promise<TableErasureReceipt> {
  let rowsDeleted = 0;
  if (keys.length > 0) {
    const query = buildDeleteRowsQuery(step.table, step.primaryKey, keys);
    rowsDeleted = (await client.query(query.text, query.values)).rowCount ?? 0;
  }
  return { ...emptyReceipt(step), rowsDeleted };
}

async function eraseFields(
  client: PoolClient,
  systemName: string,
  step: Exclude<TableErasureStep, { action: 'delete' }>,
  keys: readonly string[],
  hashKey: Buffer,
): Promise<TableErasureReceipt> {
  const receipt = {
    ...emptyReceipt(step),
    rowsRetained: step.action === 'retain' ? keys.length : 0,
  };
  if (keys.length === 0 || step.fields.length === 0) return receipt;
  const lock = buildLockRowsQuery(step.table, step.primaryKey, step.fields, keys);
  const current = await client.query<Record<string, string | null>>(lock.text, lock.values);
  const changed: ErasedRow[] = [];
  const fieldsChanged = new Set<string>();
  for (const row of current.rows) {
    const key = row.k ?? '';
    const values = step.fields.map((field, index) => {
      const before = row[`v${index}`] ?? null;
      const cell = { system: systemName, table: step.table, column: field.column, key };
      const after = erasedValue(field, cell, before, hashKey);
      if (after !== before) fieldsChanged.add(field.column);
      return after;
    });
    if (values.some((value, index) => value !== (row[`v${index}`] ?? null)))
      changed.push({ key, values });
  }
  if (changed.length > 0) {
    const update = buildUpdateRowsQuery(step.table, step.primaryKey, step.fields, changed);
    await client.query(update.text, update.values);
  }
  return {
    ...receipt,
    rowsDeidentified: changed.length,
    fieldsChanged: step.fields
      .map((field) => field.column)
      .filter((column) => fieldsChanged.has(column)),
  };
}

function emptyReceipt(step: TableErasureStep): TableErasureReceipt {
  return {
    table: step.table,
    action: step.action,
    rowsDeleted: 0,
    rowsDeidentified: 0,
    rowsRetained: 0,
    fieldsChanged: [],
    ...(step.action === 'retain'
      ? {
          legalBasis: step.legalBasis,
          retentionPeriod: step.period,
          reason: step.reason,
          reasonWords: step.reasonWords,
        }
      : {}),
    ...(step.action === 'deidentify' ? { reason: step.reason } : {}),
  };
}
