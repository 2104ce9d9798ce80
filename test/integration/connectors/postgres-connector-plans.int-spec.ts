import {
  buildLocateQuery,
  buildSubjectQuery,
  PostgresConnector,
  type SubjectQuery,
} from '@rightsdesk/connectors';
import type { MappedSystem } from '@rightsdesk/data-map';
import { SHOP_FIXTURE_PEOPLE } from '@demo/shop';
import { Pool } from 'pg';
import { prepareShopTestDatabase } from '../../support/shop-fixture';
import { TEST_SHOP_DATABASE_URL } from '../../support/test-env';
import { PLANS_SHOP_DATABASE_URL, preparePlansShopDatabase } from './plans-shop.support';
import { explain, tableAccess } from './query-plan.support';
import { loadShopSystem } from './shop-lookup.support';

// A table this small (8 kB pages) is read faster whole than through an index; the planner is
// right to do so, and the cost is bounded, so such tables need only prove an index path exists.
const TINY_TABLE_PAGES = 16;

/** Every query the connector sends for a person: the look-ups by email, then each table's rows. */
async function queriesFor(
  connector: PostgresConnector,
  system: MappedSystem,
  email: string,
): Promise<{ name: string; query: SubjectQuery }[]> {
  const location = await connector.locate({ email });
  const queries: { name: string; query: SubjectQuery | null }[] = [
    ...Object.keys(system.tables).map((table) => ({
      name: `locate ${table}`,
      query: buildLocateQuery(system, table, email),
    })),
    ...connector.tables().map((table) => ({
      name: `rows of ${table}`,
      query: buildSubjectQuery(system, table, location.roots, {
        columns: Object.keys(system.tables[table]?.fields ?? {}),
      }),
    })),
    ...connector.tables().map((table) => ({
      name: `count of ${table}`,
      query: buildSubjectQuery(system, table, location.roots, 'count'),
    })),
  ];
  return queries.filter(
    (entry): entry is { name: string; query: SubjectQuery } => entry.query !== null,
  );
}

describe('PostgresConnector access paths', () => {
  let system: MappedSystem;

  beforeAll(async () => {
    system = await loadShopSystem();
  });

  describe('on the 10,000-person shop', () => {
    let pool: Pool;
    let connector: PostgresConnector;
    let ordinaryEmails: string[];

    beforeAll(async () => {
      await preparePlansShopDatabase();
      pool = new Pool({ connectionString: PLANS_SHOP_DATABASE_URL, max: 2 });
      await pool.query('ANALYZE');
      connector = new PostgresConnector(system, pool);
      const sample = await pool.query<{ email: string }>(
        'SELECT email FROM customers WHERE id % 997 = 0 ORDER BY id LIMIT 8',
      );
      ordinaryEmails = sample.rows.map((row) => row.email);
    }, 600_000);

    afterAll(async () => {
      await pool.end();
    });

    it.each(SHOP_FIXTURE_PEOPLE.map((person) => [person.key, person.email] as const))(
      "reads %s's rows through indexes only, never scanning a table",
      async (_key, email) => {
        await expectIndexOnly(email);
      },
    );

    it("reads ordinary customers' rows through indexes only", async () => {
      expect(ordinaryEmails).toHaveLength(8);
      for (const email of ordinaryEmails) await expectIndexOnly(email);
    });

    async function expectIndexOnly(email: string): Promise<void> {
      const client = await pool.connect();
      try {
        for (const { name, query } of await queriesFor(connector, system, email)) {
          const access = tableAccess(
            await explain(client, query.text, query.values, { seqscan: true }),
          );
          expect({ name, scans: access.filter((entry) => entry.access !== 'index') }).toEqual({
            name,
            scans: [],
          });
          expect(access.map((entry) => entry.table)).not.toContain('products');
        }
      } finally {
        client.release();
      }
    }
  });

  describe('on the 300-person test shop', () => {
    let pool: Pool;
    let connector: PostgresConnector;

    beforeAll(async () => {
      await prepareShopTestDatabase(TEST_SHOP_DATABASE_URL);
      pool = new Pool({ connectionString: TEST_SHOP_DATABASE_URL, max: 2 });
      await pool.query('ANALYZE');
      connector = new PostgresConnector(system, pool);
    });

    afterAll(async () => {
      await pool.end();
    });

    it('scans only tiny tables, and has an index path for those too', async () => {
      const pages = await pool.query<{ relname: string; relpages: number }>(
        "SELECT relname, relpages FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace",
      );
      const tiny = new Set(
        pages.rows.filter((row) => row.relpages <= TINY_TABLE_PAGES).map((row) => row.relname),
      );
      const client = await pool.connect();
      try {
        const email =
          SHOP_FIXTURE_PEOPLE.find((person) => person.key === 'household-a')?.email ?? '';
        for (const { name, query } of await queriesFor(connector, system, email)) {
          const chosen = tableAccess(
            await explain(client, query.text, query.values, { seqscan: true }),
          );
          const scannedLarge = chosen.filter(
            (entry) => entry.access !== 'index' && !tiny.has(entry.table),
          );
          expect({ name, scannedLarge }).toEqual({ name, scannedLarge: [] });
          const forced = tableAccess(
            await explain(client, query.text, query.values, { seqscan: false }),
          );
          expect({ name, scans: forced.filter((entry) => entry.access !== 'index') }).toEqual({
            name,
            scans: [],
          });
        }
      } finally {
        client.release();
      }
    });
  });
});
