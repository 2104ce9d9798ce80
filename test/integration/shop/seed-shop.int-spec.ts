import 'reflect-metadata';
import { Client } from 'pg';
import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { ensureDatabase } from '@rightsdesk/persistence';
import {
  ANALYTICS_SCHEMA_SQL,
  ANALYTICS_TABLES,
  SEEDED_TABLES,
  SHOP_FIXTURE_PEOPLE,
  SHOP_SCHEMA_SQL,
  SHOP_TABLES,
  type ShopTable,
  SeedReport,
  ShopFixtureKey,
  readSeedMeta,
  seedShop,
} from '@demo/shop';
import { findCardLikeNumbers } from '../../support/card-number-scan';
import { TEST_SHOP_PEOPLE, prepareShopTestDatabase } from '../../support/shop-fixture';

// A database of its own: these tests reseed it, which must not disturb the shared test shop.
const DATABASE_URL =
  process.env.TEST_SHOP_SEED_DATABASE_URL ??
  'postgres://postgres@localhost:5432/rightsdesk_shop_seedtest';
const ANALYTICS_URL = analyticsDatabaseUrlFor(DATABASE_URL);

jest.setTimeout(180_000);

const fixture = (key: ShopFixtureKey) => {
  const person = SHOP_FIXTURE_PEOPLE.find((p) => p.key === key);
  if (!person) throw new Error(`no fixture person ${key}`);
  return person;
};

/** The two databases the seeder fills: the shop's, and analytics (sessions, page views). */
interface Databases {
  shop: Client;
  analytics: Client;
}
const clientFor = (databases: Databases, table: ShopTable): Client =>
  (ANALYTICS_TABLES as readonly string[]).includes(table) ? databases.analytics : databases.shop;

async function checksums(databases: Databases): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const table of SEEDED_TABLES) {
    const order = table === 'customer_profiles' ? 'customer_id' : 'id';
    const result = await clientFor(databases, table).query<{ sum: string }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY ${order})) AS sum FROM ${table} t`,
    );
    sums[table] = result.rows[0].sum;
  }
  return sums;
}

describe('seedShop against Postgres', () => {
  let client: Client;
  let analytics: Client;
  let databases: Databases;
  let first: SeedReport;
  let second: SeedReport;
  let firstSums: Record<string, string>;
  let secondSums: Record<string, string>;

  const customerId = async (email: string): Promise<string | undefined> => {
    const found = await client.query<{ id: string }>(
      'SELECT id FROM customers WHERE lower(email) = lower($1)',
      [email],
    );
    return found.rows[0]?.id;
  };
  const count = async (sql: string, params: unknown[], on = client): Promise<number> =>
    Number((await on.query<{ n: string }>(sql, params)).rows[0].n);

  beforeAll(async () => {
    await ensureDatabase(DATABASE_URL);
    await ensureDatabase(ANALYTICS_URL);
    client = new Client({ connectionString: DATABASE_URL });
    analytics = new Client({ connectionString: ANALYTICS_URL });
    await client.connect();
    await analytics.connect();
    databases = { shop: client, analytics };
    first = await seedShop({ databaseUrl: DATABASE_URL, people: TEST_SHOP_PEOPLE });
    firstSums = await checksums(databases);
    second = await seedShop({ databaseUrl: DATABASE_URL, people: TEST_SHOP_PEOPLE });
    secondSums = await checksums(databases);
  });

  afterAll(async () => {
    await client.end();
    await analytics.end();
  });

  it('produces byte-identical tables when run twice with the same size and seed', () => {
    expect(secondSums).toEqual(firstSums);
    expect(second.rows).toEqual(first.rows);
  });

  it('fills every table of both databases, with the row counts it reports', async () => {
    for (const table of SEEDED_TABLES) {
      const n = await count(`SELECT count(*) AS n FROM ${table}`, [], clientFor(databases, table));
      expect({ table, n }).toEqual({ table, n: second.rows[table] });
      expect(n).toBeGreaterThan(0);
    }
  });

  it('leaves every index and constraint in place and sequences past the loaded ids', async () => {
    const fks = await count(
      `SELECT count(*) AS n FROM pg_constraint WHERE contype = 'f' AND convalidated AND conrelid = ANY($1::text[]::regclass[])`,
      [SHOP_TABLES],
    );
    // Every REFERENCES in the DDL is back, and validated, in each database.
    expect(fks).toBe(SHOP_SCHEMA_SQL.match(/REFERENCES/g)?.length);
    const analyticsFks = await count(
      `SELECT count(*) AS n FROM pg_constraint WHERE contype = 'f' AND convalidated AND conrelid = ANY($1::text[]::regclass[])`,
      [ANALYTICS_TABLES],
      analytics,
    );
    expect(analyticsFks).toBe(ANALYTICS_SCHEMA_SQL.match(/REFERENCES/g)?.length);
    const emailIndex = await count(
      `SELECT count(*) AS n FROM pg_indexes WHERE indexname = 'customers_email_lower_idx'`,
      [],
    );
    expect(emailIndex).toBe(1);
    const seq = await analytics.query<{ last: string; max: string }>(
      'SELECT (SELECT last_value FROM page_views_id_seq) AS last, (SELECT max(id) FROM page_views) AS max',
    );
    expect(seq.rows[0].last).toBe(seq.rows[0].max);
    const orders = await client.query<{ last: string; max: string }>(
      'SELECT (SELECT last_value FROM orders_id_seq) AS last, (SELECT max(id) FROM orders) AS max',
    );
    expect(orders.rows[0].last).toBe(orders.rows[0].max);
  });

  it('keeps non-Latin and accented names intact', async () => {
    for (const key of [
      'accented-name',
      'japanese-name',
      'greek-name',
      'cyrillic-name',
      'arabic-name',
    ] as const) {
      const person = fixture(key);
      const found = await client.query(
        'SELECT first_name, last_name FROM customers WHERE lower(email) = lower($1)',
        [person.email],
      );
      expect(found.rows).toEqual([{ first_name: person.firstName, last_name: person.lastName }]);
    }
    const address = await client.query('SELECT line1, city FROM addresses WHERE customer_id = $1', [
      await customerId(fixture('japanese-name').email),
    ]);
    expect(address.rows).toEqual([{ line1: '丸の内1丁目9-1', city: '千代田区' }]);
  });

  it('gives the two household members one street address but separate accounts', async () => {
    const a = await customerId(fixture('household-a').email);
    const b = await customerId(fixture('household-b').email);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    const shared = await count(
      `SELECT count(*) AS n FROM addresses x JOIN addresses y
          ON (x.line1, x.city, x.postal_code, x.country) = (y.line1, y.city, y.postal_code, y.country)
        WHERE x.customer_id = $1 AND y.customer_id = $2`,
      [a, b],
    );
    expect(shared).toBeGreaterThan(0);
  });

  it('has a person with thousands of sessions in the analytics database, all with page views', async () => {
    const id = await customerId(fixture('thousands-of-sessions').email);
    expect(
      await count('SELECT count(*) AS n FROM sessions WHERE customer_id = $1', [id], analytics),
    ).toBe(3000);
    const withoutViews = await count(
      `SELECT count(*) AS n FROM sessions s WHERE s.customer_id = $1
          AND NOT EXISTS (SELECT 1 FROM page_views p WHERE p.session_id = s.id)`,
      [id],
      analytics,
    );
    expect(withoutViews).toBe(0);
  });

  it('has a customer with no orders and one with many addresses', async () => {
    const none = await customerId(fixture('no-orders').email);
    expect(none).toBeDefined();
    expect(await count('SELECT count(*) AS n FROM orders WHERE customer_id = $1', [none])).toBe(0);
    expect(await count('SELECT count(*) AS n FROM payments WHERE customer_id = $1', [none])).toBe(
      0,
    );
    const many = await customerId(fixture('many-addresses').email);
    expect(await count('SELECT count(*) AS n FROM addresses WHERE customer_id = $1', [many])).toBe(
      7,
    );
  });

  it('keeps near-namesakes apart and finds the mixed-case email case-insensitively', async () => {
    const jon = await customerId(fixture('similar-name-jon').email);
    const john = await customerId(fixture('similar-name-john').email);
    expect(jon).toBeDefined();
    expect(john).toBeDefined();
    expect(jon).not.toBe(john);
    const stored = await client.query<{ email: string }>(
      'SELECT email FROM customers WHERE lower(email) = $1',
      ['grace.omalley@example.com'],
    );
    expect(stored.rows.map((r) => r.email)).toEqual(['Grace.OMalley@Example.COM']);
  });

  it('links the newsletter-only person by email alone', async () => {
    const email = fixture('newsletter-only').email;
    expect(await customerId(email)).toBeUndefined();
    const rows = await client.query<{ customer_id: string | null }>(
      'SELECT customer_id FROM marketing_subscriptions WHERE lower(email) = lower($1)',
      [email],
    );
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows.rows.every((r) => r.customer_id === null)).toBe(true);
  });

  it('round-trips tabs, CRLF and backslashes in free text', async () => {
    const id = await customerId(fixture('text-escapes').email);
    const bodies = await client.query<{ body: string }>(
      'SELECT body FROM support_messages WHERE customer_id = $1 ORDER BY id LIMIT 2',
      [id],
    );
    const [inbound, outbound] = bodies.rows.map((r) => r.body);
    expect(inbound).toMatch(
      /^Hello,\r\nthe invoice I saved to C:\\Users\\noor\\Downloads\\invoice SO-\d{6}-[A-Z]{2}\.pdf/,
    );
    expect(inbound).toContain('Order\tQty\tPrice\r\n');
    expect(outbound.endsWith('A lone backslash at the end \\')).toBe(true);
  });

  it('holds no card numbers anywhere, and only four-digit last4 values', async () => {
    for (const table of SEEDED_TABLES) {
      // Prefilter in SQL for 13+ digits (grouping allowed); Luhn-check the candidates here.
      const rows = await clientFor(databases, table).query<{ row: string }>(
        `SELECT t::text AS row FROM ${table} t WHERE t::text ~ '[0-9]([ -]?[0-9]){12}'`,
      );
      const hits = rows.rows.flatMap((r) => findCardLikeNumbers(r.row));
      expect({ table, hits }).toEqual({ table, hits: [] });
    }
    expect(
      await count(`SELECT count(*) AS n FROM payments WHERE card_last4 !~ '^[0-9]{4}$'`, []),
    ).toBe(0);
  });

  it('lets prepareShopTestDatabase skip a current seed and redo a stale one', async () => {
    const before = await client.query<{ at: Date }>('SELECT seeded_at AS at FROM seed_meta');
    await prepareShopTestDatabase(DATABASE_URL);
    expect((await readSeedMeta(analytics))?.status).toBe('complete');
    const after = await client.query<{ at: Date }>('SELECT seeded_at AS at FROM seed_meta');
    expect(after.rows[0].at).toEqual(before.rows[0].at);

    await seedShop({ databaseUrl: DATABASE_URL, people: 60 });
    await prepareShopTestDatabase(DATABASE_URL);
    expect((await readSeedMeta(client))?.people).toBe(TEST_SHOP_PEOPLE);
    expect(await checksums(databases)).toEqual(firstSums);
  });
});
