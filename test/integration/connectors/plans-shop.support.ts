import { ensureDatabase } from '@rightsdesk/persistence';
import {
  readSeedMeta,
  seedShop,
  SHOP_DEFAULT_SEED,
  shopSchemaHash,
  shopSeedVersion,
} from '@demo/shop';
import { Client } from 'pg';
import { TEST_SHOP_DATABASE_URL } from '../../support/test-env';

/**
 * A 10,000-person shop for the access-path test. At 300 people some tables fit in one or two
 * pages and a sequential read of them is honestly the cheapest plan; at 10,000 every table is
 * large enough that only an index-driven plan is acceptable, so the assertion can be strict.
 */
export const PLANS_SHOP_PEOPLE = 10_000;

export const PLANS_SHOP_DATABASE_URL = ((): string => {
  if (process.env.TEST_PLANS_SHOP_DATABASE_URL) return process.env.TEST_PLANS_SHOP_DATABASE_URL;
  const url = new URL(TEST_SHOP_DATABASE_URL);
  url.pathname = '/rightsdesk_shop_plans_test';
  return url.toString();
})();

const PREPARE_LOCK_KEY = 7_301_406;

/** Seeds the 10,000-person shop unless it already holds exactly that population. */
export async function preparePlansShopDatabase(): Promise<void> {
  await ensureDatabase(PLANS_SHOP_DATABASE_URL);
  const client = new Client({ connectionString: PLANS_SHOP_DATABASE_URL });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    const meta = await readSeedMeta(client);
    const current =
      meta?.status === 'complete' &&
      meta.people === PLANS_SHOP_PEOPLE &&
      meta.seed === SHOP_DEFAULT_SEED &&
      meta.seedVersion === shopSeedVersion(SHOP_DEFAULT_SEED) &&
      meta.schemaHash === shopSchemaHash();
    if (!current)
      await seedShop({
        databaseUrl: PLANS_SHOP_DATABASE_URL,
        people: PLANS_SHOP_PEOPLE,
        seed: SHOP_DEFAULT_SEED,
      });
  } finally {
    await client.end();
  }
}
