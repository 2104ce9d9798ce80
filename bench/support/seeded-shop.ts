import { ensureDatabase } from '@rightsdesk/persistence';
import {
  readSeedMeta,
  seedShop,
  SHOP_DEFAULT_SEED,
  shopSchemaHash,
  shopSeedVersion,
} from '@demo/shop';
import { Client } from 'pg';

const PREPARE_LOCK_KEY = 7_301_407;

/**
 * Makes sure the shop at `databaseUrl` holds exactly `people` people from the default seed,
 * seeding it only when it does not (a million people take minutes; ten thousand, seconds).
 * With `seedIfDifferent` false it never seeds: any complete shop of that size is accepted (a
 * look-up measures the population's size and shape, not the generator's latest details).
 */
export async function ensureSeededShop(
  databaseUrl: string,
  people: number,
  log: (line: string) => void,
  seedIfDifferent = true,
): Promise<void> {
  await ensureDatabase(databaseUrl);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    const meta = await readSeedMeta(client);
    const complete = meta?.status === 'complete' && meta.people === people;
    if (!seedIfDifferent) {
      if (!complete)
        throw new Error(
          `${databaseUrl} holds no complete ${people}-person shop, and seeding is off`,
        );
      return;
    }
    const current =
      complete &&
      meta.seed === SHOP_DEFAULT_SEED &&
      meta.seedVersion === shopSeedVersion(SHOP_DEFAULT_SEED) &&
      meta.schemaHash === shopSchemaHash();
    if (!current) {
      log(`seeding ${people} people into ${new URL(databaseUrl).pathname.slice(1)}`);
      await seedShop({ databaseUrl, people, seed: SHOP_DEFAULT_SEED, onProgress: log });
    }
  } finally {
    await client.end();
  }
}
