import { foreignKeysOf, resolveLink, type MappedSystem } from '@rightsdesk/data-map';
import { Pool } from 'pg';
import { prepareShopTestDatabase } from '../../support/shop-fixture';
import { TEST_ANALYTICS_DATABASE_URL, TEST_SHOP_DATABASE_URL } from '../../support/test-env';
import { loadAnalyticsSystem, loadShopSystem } from './shop-lookup.support';

// The seeder's own bookkeeping table (demo/shop seed-meta.ts); it is not part of the shop.
const NOT_SHOP_TABLES = ['seed_meta'];

/**
 * The data map must describe the live shop completely: a column it does not know is personal
 * data no request would find (GDPR Art. 15, 17), and a column it names that does not exist
 * would fail every request. Its erasure rules must also be executable against the real types.
 */
describe.each([
  ['shop', TEST_SHOP_DATABASE_URL, loadShopSystem],
  ['analytics', TEST_ANALYTICS_DATABASE_URL, loadAnalyticsSystem],
] as const)('data-map/shop.v1.yaml against the live %s schema', (_name, databaseUrl, load) => {
  let pool: Pool;
  let system: MappedSystem;
  let columns: { table: string; column: string; nullable: boolean; type: string }[];

  beforeAll(async () => {
    await prepareShopTestDatabase(TEST_SHOP_DATABASE_URL);
    pool = new Pool({ connectionString: databaseUrl, max: 2 });
    system = await load();
    const result = await pool.query<{
      table_name: string;
      column_name: string;
      is_nullable: string;
      data_type: string;
    }>(
      `SELECT table_name, column_name, is_nullable, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND NOT (table_name = ANY($1))`,
      [NOT_SHOP_TABLES],
    );
    columns = result.rows.map((row) => ({
      table: row.table_name,
      column: row.column_name,
      nullable: row.is_nullable === 'YES',
      type: row.data_type,
    }));
  });

  afterAll(async () => {
    await pool.end();
  });

  it('lists every table and column of the database, and nothing else', () => {
    const live = columns.map((entry) => `${entry.table}.${entry.column}`).sort();
    const mapped = Object.entries(system.tables)
      .flatMap(([table, definition]) =>
        Object.keys(definition.fields).map((column) => `${table}.${column}`),
      )
      .sort();
    expect(mapped).toEqual(live);
  });

  it('states every foreign key of the database, and only those', async () => {
    const result = await pool.query<{ key: string }>(
      `SELECT format('%s.%s -> %s.%s', child.relname, child_column.attname, parent.relname, parent_column.attname) AS key
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
       JOIN pg_attribute child_column ON child_column.attrelid = c.conrelid AND child_column.attnum = c.conkey[1]
       JOIN pg_attribute parent_column ON parent_column.attrelid = c.confrelid AND parent_column.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND child.relnamespace = 'public'::regnamespace`,
    );
    const mapped = foreignKeysOf(system).map(
      (key) => `${key.table}.${key.column} -> ${key.references.table}.${key.references.column}`,
    );
    expect(mapped.sort()).toEqual(result.rows.map((row) => row.key).sort());
  });

  it('has erasure rules the column types allow', () => {
    const problems = columns.flatMap(({ table, column, nullable, type }) => {
      const rule = system.tables[table]?.fields[column]?.erasure;
      if (rule === 'set_null' && !nullable)
        return [`${table}.${column}: set_null on a NOT NULL column`];
      if ((rule === 'mask' || rule === 'hash') && !['text', 'character varying'].includes(type)) {
        return [`${table}.${column}: ${rule} needs a text column, not ${type}`];
      }
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('has an index for every email identity, as lower(column), and for every link column', async () => {
    const result = await pool.query<{ table: string; definition: string }>(
      "SELECT tablename AS table, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public'",
    );
    const missing: string[] = [];
    for (const table of Object.keys(system.tables)) {
      const link = resolveLink(system, table);
      const indexes = result.rows.filter((row) => row.table === table).map((row) => row.definition);
      if (
        link?.identity &&
        !indexes.some((definition) => definition.includes(`(lower(${link.identity?.email}))`))
      ) {
        missing.push(`${table}: lower(${link.identity.email})`);
      }
      const column = link?.via?.column ?? link?.external?.column;
      if (
        column !== undefined &&
        !indexes.some((definition) => new RegExp(`\\(${column}[,)]`).test(definition))
      ) {
        missing.push(`${table}: ${column}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
