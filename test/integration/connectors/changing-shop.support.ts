import { createHmac } from 'node:crypto';
import type { PostgresConnector, SubjectLocation } from '@rightsdesk/connectors';
import { ensureDatabase } from '@rightsdesk/persistence';
import { SHOP_DEFAULT_SEED, SHOP_FIXTURE_PEOPLE, seedShop, type ShopFixtureKey } from '@demo/shop';
import { TEST_SHOP_PEOPLE } from '../../support/shop-fixture';
import { TEST_SHOP_DATABASE_URL } from '../../support/test-env';
import { streamAll } from './shop-lookup.support';

/**
 * A shop database of its own for tests that change data (erase, correct, withdraw consent), one
 * per test file so files never share rows, named after the shared test shop so two checkouts
 * running tests at once stay apart: rightsdesk_shop_test -> rightsdesk_shop_test_erase.
 */
export function changingShopDatabaseUrl(suffix: string): string {
  const url = new URL(TEST_SHOP_DATABASE_URL);
  url.pathname = `${url.pathname}_${suffix}`;
  return url.toString();
}

/** Seeds the database afresh, every time: the previous run changed its data. */
export async function seedChangingShop(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl);
  await seedShop({ databaseUrl, people: TEST_SHOP_PEOPLE, seed: SHOP_DEFAULT_SEED });
}

export const HASH_KEY = Buffer.from('rightsdesk integration test key!');

/** The keyed hash of an email the way erasure stores it, computed independently of it. */
export function hashedEmail(email: string): string {
  return createHmac('sha256', HASH_KEY).update(email.trim().toLowerCase()).digest('hex');
}

export function fixtureEmail(key: ShopFixtureKey): string {
  const person = SHOP_FIXTURE_PEOPLE.find((candidate) => candidate.key === key);
  if (!person) throw new Error(`no fixture person ${key}`);
  return person.email;
}

/** Every row the location reaches, per table, sorted by primary key: a before/after picture. */
export async function snapshot(
  connector: PostgresConnector,
  location: SubjectLocation,
): Promise<Record<string, Record<string, unknown>[]>> {
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of connector.tables()) {
    const key = connector.system.tables[table]?.primary_key ?? 'id';
    rows[table] = (await streamAll(connector, location, table)).sort((a, b) =>
      String(a[key]).localeCompare(String(b[key]), 'en', { numeric: true }),
    );
  }
  return rows;
}
