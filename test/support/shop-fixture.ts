import 'reflect-metadata';
import { Client } from 'pg';
import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { ensureDatabase } from '@rightsdesk/persistence';
import { SHOP_DEFAULT_SEED, isCurrentShopSeed, readSeedMeta, seedShop } from '@demo/shop';

/** The test shop's size: every fixture person plus a few hundred ordinary customers. */
export const TEST_SHOP_PEOPLE = 300;

/** Held while checking and seeding, so parallel jest runs seed the test shop only once. */
const PREPARE_LOCK_KEY = 7_301_405;

/**
 * Makes sure the test shop exists and holds exactly the small deterministic population. Seeding
 * is skipped when seed_meta shows the same size, seed, generator output and schema; the
 * version is a hash of generated rows, so a change to the generator reseeds by itself.
 */
export async function prepareShopTestDatabase(
  databaseUrl: string,
  analyticsDatabaseUrl = analyticsDatabaseUrlFor(databaseUrl),
): Promise<void> {
  await ensureDatabase(databaseUrl);
  await ensureDatabase(analyticsDatabaseUrl);
  const client = new Client({ connectionString: databaseUrl });
  const analytics = new Client({ connectionString: analyticsDatabaseUrl });
  await client.connect();
  await analytics.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    const current = [await readSeedMeta(client), await readSeedMeta(analytics)].every((meta) =>
      isCurrentShopSeed(meta, TEST_SHOP_PEOPLE, SHOP_DEFAULT_SEED),
    );
    if (!current) {
      await seedShop({
        databaseUrl,
        analyticsDatabaseUrl,
        people: TEST_SHOP_PEOPLE,
        seed: SHOP_DEFAULT_SEED,
      });
    }
  } finally {
    await client.end();
    await analytics.end();
  }
}
