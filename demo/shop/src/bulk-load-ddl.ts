import { Client } from 'pg';

/**
 * Indexes and constraints are dropped before the bulk load and rebuilt after it: building an
 * index once over sorted data is far cheaper than updating it per row, and foreign keys checked
 * per row would also force the tables to load one after another. What is dropped is read from
 * the catalog, so the plan follows SHOP_SCHEMA_SQL (and anything added to it) by itself.
 */
export interface DeferredDdl {
  /** Statements that drop everything below, in a safe order. */
  drops: string[];
  /** Per table, the statements that rebuild its primary key, unique constraints and indexes. */
  rebuildByTable: Map<string, string[]>;
  /** Foreign keys: added NOT VALID first (instant), then validated in parallel. */
  foreignKeys: { add: string; validate: string }[];
}

interface ConstraintRow {
  tbl: string;
  name: string;
  type: 'p' | 'u' | 'f';
  def: string;
}

const ident = (name: string): string => '"' + name.replace(/"/g, '""') + '"';

export async function captureDeferredDdl(
  client: Client,
  tables: readonly string[],
): Promise<DeferredDdl> {
  const constraints = await client.query<ConstraintRow>(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, c.contype AS type,
            pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.conrelid = ANY($1::text[]::regclass[]) AND c.contype IN ('p', 'u', 'f')
      ORDER BY c.conrelid::regclass::text, c.conname`,
    [tables],
  );
  const indexes = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT i.indrelid::regclass::text AS tbl, i.indexrelid::regclass::text AS name,
            pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::text[]::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                         WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
      ORDER BY 1, 2`,
    [tables],
  );

  const plan: DeferredDdl = { drops: [], rebuildByTable: new Map(), foreignKeys: [] };
  const rebuild = (tbl: string, sql: string): void => {
    const list = plan.rebuildByTable.get(tbl) ?? [];
    list.push(sql);
    plan.rebuildByTable.set(tbl, list);
  };
  const keys: string[] = [];
  for (const c of constraints.rows) {
    const alter = `ALTER TABLE ${c.tbl}`;
    if (c.type === 'f') {
      plan.drops.push(`${alter} DROP CONSTRAINT ${ident(c.name)}`);
      plan.foreignKeys.push({
        add: `${alter} ADD CONSTRAINT ${ident(c.name)} ${c.def} NOT VALID`,
        validate: `${alter} VALIDATE CONSTRAINT ${ident(c.name)}`,
      });
    } else {
      // Primary keys first: unique indexes and foreign keys lean on them.
      keys.push(`${alter} DROP CONSTRAINT ${ident(c.name)}`);
      rebuild(c.tbl, `${alter} ADD CONSTRAINT ${ident(c.name)} ${c.def}`);
    }
  }
  plan.drops.push(...keys);
  for (const i of indexes.rows) {
    plan.drops.push(`DROP INDEX ${i.name}`);
    rebuild(i.tbl, i.def);
  }
  return plan;
}

/** Runs task lists on `workers` connections at once; each list runs in order on one connection. */
export async function runInParallel(
  databaseUrl: string,
  workers: number,
  tasks: readonly (readonly string[])[],
  setup: readonly string[] = [],
): Promise<void> {
  const queue = [...tasks];
  const worker = async (): Promise<void> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const sql of setup) await client.query(sql);
      for (let task = queue.shift(); task; task = queue.shift()) {
        for (const sql of task) await client.query(sql);
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, tasks.length) }, worker));
}
