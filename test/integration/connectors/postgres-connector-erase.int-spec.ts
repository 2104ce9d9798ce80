import {
  HASHED_VALUE,
  MASKED_VALUE,
  PostgresConnector,
  type TableErasureReceipt,
} from '@rightsdesk/connectors';
import { Pool } from 'pg';
import {
  changingShopDatabaseUrl,
  fixtureEmail,
  HASH_KEY,
  hashedEmail,
  seedChangingShop,
  snapshot,
} from './changing-shop.support';
import { handWrittenIds, loadShopSystem } from './shop-lookup.support';

// These tests delete people: a shop of their own, seeded afresh.
const DATABASE_URL = changingShopDatabaseUrl('erase');

describe('PostgresConnector.erase', () => {
  let pool: Pool;
  let connector: PostgresConnector;
  let deleteTables: string[];

  beforeAll(async () => {
    await seedChangingShop(DATABASE_URL);
    pool = new Pool({ connectionString: DATABASE_URL, max: 4 });
    connector = new PostgresConnector(await loadShopSystem(), pool);
    deleteTables = connector
      .tables()
      .filter((table) => connector.system.tables[table]?.erasure?.action === 'delete');
  }, 180_000);

  afterAll(async () => {
    await pool.end();
  });

  /** The rows of `table` with these keys still in the database, by a query of its own. */
  const rowsWithKeys = async (table: string, keys: readonly string[]) => {
    const key = connector.system.tables[table]?.primary_key ?? 'id';
    const result = await pool.query<Record<string, unknown>>(
      `SELECT * FROM ${table} WHERE ${key}::text = ANY($1) ORDER BY ${key}`,
      [keys],
    );
    return result.rows;
  };

  const idsOf = async (email: string): Promise<Record<string, string[]>> => {
    const ids: Record<string, string[]> = {};
    for (const table of connector.tables()) ids[table] = await handWrittenIds(pool, table, email);
    return ids;
  };

  it('deletes, de-identifies and retains household-a by the map, and touches nobody else', async () => {
    const email = fixtureEmail('household-a');
    const before = await connector.locate({ email });
    const ids = await idsOf(email);
    const [customerBefore] = await rowsWithKeys('customers', ids.customers ?? []);
    const ordersBefore = await rowsWithKeys('orders', ids.orders ?? []);
    const keptBefore = {
      order_items: await rowsWithKeys('order_items', ids.order_items ?? []),
      payments: await rowsWithKeys('payments', ids.payments ?? []),
    };
    expect(ordersBefore.length).toBeGreaterThan(0);
    expect(keptBefore.payments.length).toBeGreaterThan(0);
    expect(ids.addresses?.length).toBeGreaterThan(0);

    // The same household address, and the near-namesakes, must come out exactly as they went in.
    const bystanders = ['household-b', 'similar-name-jon', 'similar-name-john'] as const;
    const bystandersBefore = await Promise.all(
      bystanders.map(async (key) =>
        snapshot(connector, await connector.locate({ email: fixtureEmail(key) })),
      ),
    );

    // The re-query sees what is there before erasure, so its zeros afterwards mean something.
    const residualBefore = await connector.residualAfterErasure({ email });
    for (const table of deleteTables) expect(residualBefore[table]).toBe(ids[table]?.length);
    expect(residualBefore).toMatchObject({ customers: 1, orders: ordersBefore.length });

    const receipt = await connector.erase(before, { hashKey: HASH_KEY });

    const receiptOf = (table: string): TableErasureReceipt | undefined =>
      receipt.tables.find((entry) => entry.table === table);
    for (const table of deleteTables) {
      expect(receiptOf(table)).toEqual({
        table,
        action: 'delete',
        rowsDeleted: ids[table]?.length,
        rowsDeidentified: 0,
        rowsRetained: 0,
        fieldsChanged: [],
      });
      expect({ table, left: await rowsWithKeys(table, ids[table] ?? []) }).toEqual({
        table,
        left: [],
      });
    }
    expect(receiptOf('customers')).toMatchObject({
      action: 'deidentify',
      rowsDeleted: 0,
      rowsDeidentified: 1,
      rowsRetained: 0,
      // last_login_at was already empty for this person, so erasure had nothing to change there.
      fieldsChanged: ['login', 'email', 'password_hash', 'first_name', 'last_name', 'phone'],
      reason: expect.stringContaining('Retained orders and payments reference the account'),
    });
    const orders = connector.system.tables.orders?.erasure;
    expect(receiptOf('orders')).toEqual({
      table: 'orders',
      action: 'retain',
      rowsDeleted: 0,
      rowsDeidentified: ordersBefore.length,
      rowsRetained: ordersBefore.length,
      fieldsChanged: ['ship_name', 'ship_line1'],
      legalBasis: orders?.action === 'retain' ? orders.legal_basis : undefined,
      retentionPeriod: 'P7Y',
      reason: expect.stringContaining('sales records'),
      // The reason as the person is told it, in each language of the map.
      reasonWords: {
        en: expect.stringContaining('sales records'),
        es: expect.stringContaining('registro de ventas'),
      },
    });
    for (const table of ['order_items', 'payments'] as const) {
      expect(receiptOf(table)).toMatchObject({
        action: 'retain',
        rowsRetained: keptBefore[table].length,
        rowsDeidentified: 0,
        retentionPeriod: 'P7Y',
        reason: expect.any(String),
      });
      // Kept whole: nothing in them identifies the person once the account is de-identified.
      expect(await rowsWithKeys(table, ids[table] ?? [])).toEqual(keptBefore[table]);
    }

    const [customer] = await rowsWithKeys('customers', ids.customers ?? []);
    expect(customer).toMatchObject({
      id: customerBefore?.id,
      first_name: expect.stringMatching(MASKED_VALUE),
      last_name: expect.stringMatching(MASKED_VALUE),
      password_hash: expect.stringMatching(MASKED_VALUE),
      login: expect.stringMatching(HASHED_VALUE),
      email: hashedEmail(email),
      phone: null,
      last_login_at: null,
      created_at: customerBefore?.created_at,
    });
    expect(customer?.first_name).not.toBe(customer?.last_name);
    expect(JSON.stringify(customer)).not.toMatch(/maria|kowalski|\+1217/i);

    const ordersAfter = await rowsWithKeys('orders', ids.orders ?? []);
    expect(ordersAfter).toEqual(
      ordersBefore.map((order) => ({
        ...order,
        ship_name: expect.stringMatching(MASKED_VALUE),
        ship_line1: expect.stringMatching(MASKED_VALUE),
      })),
    );
    expect(new Set(ordersAfter.map((order) => order.ship_name)).size).toBe(ordersAfter.length);

    for (const [index, key] of bystanders.entries()) {
      const after = await snapshot(connector, await connector.locate({ email: fixtureEmail(key) }));
      expect({ key, rows: after }).toEqual({ key, rows: bystandersBefore[index] });
    }

    // Gone by email, and nothing erasable left by the keys captured before.
    expect((await connector.locate({ email })).found).toBe(false);
    const zeros = Object.fromEntries(connector.tables().map((table) => [table, 0]));
    expect(await connector.residualAfterErasure({ email })).toEqual(zeros);
    expect(await connector.residualAfterErasure({ email }, before)).toEqual(zeros);

    // Again, by the old location and by email: nothing changes and nothing fails.
    const afterFirst = await snapshot(connector, before);
    const again = await connector.erase(before, { hashKey: HASH_KEY });
    for (const entry of again.tables) {
      expect(entry).toMatchObject({ rowsDeleted: 0, rowsDeidentified: 0, fieldsChanged: [] });
    }
    expect(again.tables.find((entry) => entry.table === 'orders')?.rowsRetained).toBe(
      ordersBefore.length,
    );
    await connector.erase(await connector.locate({ email }), { hashKey: HASH_KEY });
    expect(await snapshot(connector, before)).toEqual(afterFirst);
  });

  it('erases a newsletter-only person, found by email alone', async () => {
    const email = 'erase.me.newsletter@example.org';
    await pool.query(
      `INSERT INTO marketing_subscriptions (customer_id, email, list_name, channel, status, subscribed_at)
       VALUES (NULL, $1, 'weekly_newsletter', 'email', 'subscribed', now()),
              (NULL, upper($1), 'offers', 'email', 'unsubscribed', now())`,
      [email],
    );
    const others = await pool.query('SELECT count(*)::int AS n FROM marketing_subscriptions');
    const location = await connector.locate({ email });
    expect(location.roots.marketing_subscriptions).toHaveLength(2);

    const receipt = await connector.erase(location, { hashKey: HASH_KEY });

    expect(receipt.tables.find((entry) => entry.table === 'marketing_subscriptions')).toMatchObject(
      {
        rowsDeleted: 2,
      },
    );
    expect(receipt.tables.reduce((sum, entry) => sum + entry.rowsDeidentified, 0)).toBe(0);
    const left = await pool.query(
      'SELECT count(*)::int AS n FROM marketing_subscriptions WHERE lower(email) = $1',
      [email],
    );
    expect(left.rows[0].n).toBe(0);
    const total = await pool.query('SELECT count(*)::int AS n FROM marketing_subscriptions');
    expect(total.rows[0].n).toBe(others.rows[0].n - 2);
    expect(Object.values(await connector.residualAfterErasure({ email }, location))).toEqual(
      connector.tables().map(() => 0),
    );
  });

  it('changes nothing at all when one step fails', async () => {
    const location = await connector.locate({ email: fixtureEmail('no-orders') });
    const before = await snapshot(connector, location);
    expect(before.recommendations?.length).toBeGreaterThan(0);
    // Recommendations are deleted late, after addresses went and the account was de-identified.
    await pool.query(`CREATE OR REPLACE FUNCTION refuse_delete() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'deletion refused by test trigger'; END $$ LANGUAGE plpgsql`);
    await pool.query(
      'CREATE TRIGGER refuse_delete BEFORE DELETE ON recommendations FOR EACH ROW EXECUTE FUNCTION refuse_delete()',
    );
    try {
      await expect(connector.erase(location, { hashKey: HASH_KEY })).rejects.toThrow(
        'deletion refused by test trigger',
      );
    } finally {
      await pool.query('DROP TRIGGER refuse_delete ON recommendations');
      await pool.query('DROP FUNCTION refuse_delete()');
    }
    expect(await snapshot(connector, location)).toEqual(before);
    expect(
      (await connector.residualAfterErasure({ email: fixtureEmail('no-orders') })).addresses,
    ).toBe(before.addresses?.length);
  });

  it('refuses a hash key too short to keep hashed emails from being guessed', async () => {
    const location = await connector.locate({ email: fixtureEmail('no-orders') });
    await expect(connector.erase(location, { hashKey: Buffer.from('short') })).rejects.toThrow(
      'at least 16 bytes',
    );
  });
});
