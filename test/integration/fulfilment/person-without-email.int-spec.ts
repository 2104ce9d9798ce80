import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { AmbiguousPersonError, type SubjectIdentity } from '@rightsdesk/connectors';
import { readDataMapFile } from '@rightsdesk/data-map';
import {
  CollectAccessPackageUseCase,
  FulfilmentModule,
  SourceRegistry,
} from '@rightsdesk/fulfilment';
import { SHOP_HOUSEHOLD_ADDRESS } from '@demo/shop';
import { withSources } from '../../support/fixed-sources';
import { readAccessPackage } from '../../support/package-reader';
import { createLetterTestRequest } from '../../support/requests';
import { type TestModule, testModule } from '../../support/test-module';
import { TEST_CONNECTIONS, TEST_SHOP_DATABASE_URL } from '../../support/test-env';
import {
  HASH_KEY,
  changingShopDatabaseUrl,
  fixtureEmail,
  seedChangingShop,
} from '../connectors/changing-shop.support';

/**
 * Maria Kowalski wrote to the company: no email, only her name and the address on her account
 * (47 Willow Lane, which Piotr Kowalski, another customer, shares). The shop finds her by them.
 */
const MARIA_BY_LETTER = {
  name: '  maria   KOWALSKI ',
  postalAddress: {
    line1: '47 willow lane',
    city: 'Springfield',
    region: 'IL',
    postalCode: ' 62704 ',
    country: 'US',
  },
};

const MARIA: SubjectIdentity = {
  email: '',
  name: MARIA_BY_LETTER.name,
  postalAddress: MARIA_BY_LETTER.postalAddress,
};

describe('a person without email, found by name and postal address', () => {
  describe('asking for a copy of their data by letter', () => {
    let fulfilment: TestModule;
    let dataSource: DataSource;
    let sources: SourceRegistry;
    let shop: Client;

    beforeAll(async () => {
      sources = new SourceRegistry(
        await readDataMapFile('data-map/shop.v1.yaml'),
        TEST_CONNECTIONS,
      );
      fulfilment = await testModule(
        [FulfilmentModule],
        { PACKAGE_ENCRYPTION_KEY: randomBytes(32).toString('hex') },
        withSources(sources),
      );
      dataSource = fulfilment.dataSource;
      shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
      await shop.connect();
    });

    afterAll(async () => {
      await sources?.close();
      await shop?.end();
      await fulfilment?.close();
    });

    /** Earlier open letters from her would make a new one a duplicate. */
    async function cancelOpenLettersFromMaria(): Promise<void> {
      await dataSource.query(
        `UPDATE requests SET status = 'cancelled'
          WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired')
            AND subject_id IN (SELECT id FROM subject_identities WHERE email IS NULL AND name = $1)`,
        [MARIA_BY_LETTER.name.trim()],
      );
    }

    it('gets an access package holding their orders and addresses, and none of their neighbour', async () => {
      await cancelOpenLettersFromMaria();
      const id = await createLetterTestRequest(dataSource, MARIA_BY_LETTER);
      await dataSource.query(`UPDATE requests SET status = 'approved' WHERE id = $1`, [id]);
      await fulfilment.get(CollectAccessPackageUseCase).execute(id);

      const read = await readAccessPackage(dataSource, fulfilment.config.packageEncryptionKey, id);
      const maria = await customerOf(shop, fixtureEmail('household-a'));
      const piotr = await customerOf(shop, fixtureEmail('household-b'));
      const held = await shop.query<{ order_number: string }>(
        'SELECT order_number FROM orders WHERE customer_id = $1 ORDER BY order_number',
        [maria],
      );
      const addresses = await shop.query<{ id: string }>(
        'SELECT id::text FROM addresses WHERE customer_id = $1 ORDER BY id',
        [maria],
      );
      expect(held.rows.length).toBeGreaterThan(0);

      expect(read.rows('customers').map((row) => row.first_name)).toEqual(['Maria']);
      expect(
        read
          .rows('orders')
          .map((row) => row.order_number)
          .sort(),
      ).toEqual(held.rows.map((row) => row.order_number));
      expect(
        read
          .rows('addresses')
          .map((row) => String(row.id))
          .sort(),
      ).toEqual(addresses.rows.map((row) => row.id).sort());
      for (const table of ['addresses', 'orders', 'payments'])
        expect(read.rows(table).every((row) => String(row.customer_id) === maria)).toBe(true);
      expect(JSON.stringify(read.rows('addresses'))).not.toContain(`"customer_id":${piotr}`);
    });

    it('with a namesake at the same address, is told apart by the order number on her letter', async () => {
      const maria = await customerOf(shop, fixtureEmail('household-a'));
      const twin = await addCustomerAtHouseholdAddress(shop, 'Maria', 'Kowalski');
      try {
        const { rows } = await shop.query<{ order_number: string }>(
          'SELECT order_number FROM orders WHERE customer_id = $1 ORDER BY order_number LIMIT 1',
          [maria],
        );
        await cancelOpenLettersFromMaria();
        const id = await createLetterTestRequest(dataSource, {
          ...MARIA_BY_LETTER,
          orderNumber: `#${rows[0]?.order_number}`,
        });
        await dataSource.query(`UPDATE requests SET status = 'approved' WHERE id = $1`, [id]);
        await fulfilment.get(CollectAccessPackageUseCase).execute(id);

        const key = fulfilment.config.packageEncryptionKey;
        const read = await readAccessPackage(dataSource, key, id);
        expect(read.rows('customers').map((row) => String(row.id))).toEqual([maria]);
      } finally {
        await shop.query('DELETE FROM addresses WHERE customer_id = $1', [twin]);
        await shop.query('DELETE FROM customers WHERE id = $1', [twin]);
      }
    });
  });

  describe('asking for deletion', () => {
    const databaseUrl = changingShopDatabaseUrl('nomail');
    let sources: SourceRegistry;
    let shop: Client;

    beforeAll(async () => {
      await seedChangingShop(databaseUrl);
      sources = new SourceRegistry(await readDataMapFile('data-map/shop.v1.yaml'), {
        shop: databaseUrl,
        analytics: analyticsDatabaseUrlFor(databaseUrl),
      });
      shop = new Client({ connectionString: databaseUrl });
      await shop.connect();
    }, 180_000);

    afterAll(async () => {
      await sources?.close();
      await shop?.end();
    });

    /** Every row of a customer and of what hangs off them, as the shop holds it now. */
    const everything = async (customer: string) => ({
      customer: (await shop.query('SELECT * FROM customers WHERE id = $1', [customer])).rows,
      addresses: (await shop.query('SELECT * FROM addresses WHERE customer_id = $1', [customer]))
        .rows,
      orders: (await shop.query('SELECT * FROM orders WHERE customer_id = $1', [customer])).rows,
    });

    it('has nothing erased while another person of the same name lives at the same address', async () => {
      const maria = await customerOf(shop, fixtureEmail('household-a'));
      const twin = await addCustomerAtHouseholdAddress(shop, 'Maria', 'Kowalski');
      try {
        const before = await everything(maria);
        const asked = sources.locate('shop', MARIA);
        await expect(asked).rejects.toThrow(AmbiguousPersonError);
        await expect(asked).rejects.toThrow(
          new RegExp(`keys (${maria}, ${twin}|${twin}, ${maria})`),
        );
        expect(await everything(maria)).toEqual(before);

        // The order number on her letter tells the two apart.
        const [order] = before.orders as Array<{ order_number: string }>;
        const located = await sources.locate('shop', {
          ...MARIA,
          orderNumber: `#${order?.order_number.toLowerCase()}`,
        });
        expect(located.roots.customers).toEqual([maria]);
      } finally {
        await shop.query('DELETE FROM customers WHERE id = $1', [twin]);
      }
    });

    it('erases their rows and nobody else’s: the neighbour at the same address is untouched', async () => {
      const maria = await customerOf(shop, fixtureEmail('household-a'));
      const piotr = await customerOf(shop, fixtureEmail('household-b'));
      const piotrBefore = await everything(piotr);
      const mariaBefore = await everything(maria);
      expect(mariaBefore.addresses.length).toBeGreaterThan(0);

      for (const system of ['analytics', 'shop']) {
        const location = await sources.locate(system, MARIA);
        expect(location.found).toBe(true);
        await sources.connector(system).erase(location, { hashKey: HASH_KEY });
      }

      const after = await everything(maria);
      expect(after.addresses).toEqual([]);
      expect(after.customer[0]).toMatchObject({ id: maria });
      expect(after.customer[0]?.first_name).not.toBe('Maria');
      expect(after.customer[0]?.email).not.toBe(fixtureEmail('household-a'));
      // Orders are kept for tax records, with the recipient's name and street masked.
      expect(after.orders).toHaveLength(mariaBefore.orders.length);
      expect(after.orders.every((order) => order.ship_line1 !== '47 Willow Lane')).toBe(true);
      expect(await everything(piotr)).toEqual(piotrBefore);
      const sessions = new Client({
        connectionString: analyticsDatabaseUrlFor(databaseUrl),
      });
      await sessions.connect();
      try {
        const left = await sessions.query(
          'SELECT count(*)::int AS n FROM sessions WHERE customer_id = $1',
          [maria],
        );
        expect(left.rows[0].n).toBe(0);
      } finally {
        await sessions.end();
      }
    });
  });
});

async function customerOf(shop: Client, email: string): Promise<string> {
  const { rows } = await shop.query<{ id: string }>(
    'SELECT id::text FROM customers WHERE lower(email) = lower($1)',
    [email],
  );
  if (!rows[0]) throw new Error(`no customer ${email}`);
  return rows[0].id;
}

/** Another customer whose home is the household's address (a grown-up daughter, say). */
async function addCustomerAtHouseholdAddress(
  shop: Client,
  firstName: string,
  lastName: string,
): Promise<string> {
  const { rows } = await shop.query<{ id: string }>(
    `INSERT INTO customers (login, email, password_hash, first_name, last_name, created_at)
     VALUES ($1, $2, 'x', $3, $4, now()) RETURNING id::text`,
    [`twin-${Date.now()}`, `twin-${Date.now()}@example.net`, firstName, lastName],
  );
  const id = rows[0]?.id ?? '';
  const address = SHOP_HOUSEHOLD_ADDRESS;
  await shop.query(
    `INSERT INTO addresses (customer_id, kind, recipient, line1, city, region, postal_code, country, created_at)
     VALUES ($1, 'home', $2, $3, $4, $5, $6, $7, now())`,
    [
      id,
      `${firstName} ${lastName}`,
      address.line1,
      address.city,
      address.region,
      address.postalCode,
      address.country,
    ],
  );
  return id;
}
