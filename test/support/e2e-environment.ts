import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { runMigrations } from '@rightsdesk/persistence';
import { SHOP_DEFAULT_SEED, seedShop } from '@demo/shop';
import { freshDatabase, ownDatabaseUrl } from './fresh-database';
import {
  TEST_ANALYTICS_DATABASE_URL,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  TEST_SHOP_DATABASE_URL,
} from './test-env';

/** The databases one end-to-end spec owns (or shares, for the seeded test shop). */
export interface E2eDatabases {
  rightsdesk: string;
  shop: string;
  /** The shop's second database, as analyticsDatabaseUrlFor names it. */
  analytics: string;
}

/**
 * Rightsdesk's database for a spec, dropped and created empty (the apps apply the migrations as
 * they start; `migrate` applies them now, for specs that write rows before starting an app).
 * With `shopPeople`, the spec also gets a shop of its own, seeded with that many people, for
 * specs that change the shop's data; otherwise it reads the shared test shop, which the global
 * set-up seeds once.
 */
export async function freshE2eDatabases(
  suffix: string,
  options: { shopPeople?: number; migrate?: boolean } = {},
): Promise<E2eDatabases> {
  const rightsdesk = ownDatabaseUrl(suffix);
  await freshDatabase(rightsdesk);
  if (options.migrate) await runMigrations(rightsdesk);
  if (options.shopPeople === undefined) {
    return { rightsdesk, shop: TEST_SHOP_DATABASE_URL, analytics: TEST_ANALYTICS_DATABASE_URL };
  }
  const shop = ownDatabaseUrl(suffix, TEST_SHOP_DATABASE_URL);
  await freshDatabase(shop);
  await seedShop({ databaseUrl: shop, people: options.shopPeople, seed: SHOP_DEFAULT_SEED });
  return { rightsdesk, shop, analytics: analyticsDatabaseUrlFor(shop) };
}

/** The shared test services, for an app that is only meant to start (or fail to). */
export function testServicesEnv(): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: TEST_DATABASE_URL,
    SHOP_DATABASE_URL: TEST_SHOP_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
  };
}

/** The keys a spec's processes share with the spec, which reads packages and mints API keys. */
export interface E2eSecrets {
  packageKey: Buffer;
  tokenKey: Buffer;
}

export function e2eSecrets(): E2eSecrets {
  return { packageKey: randomBytes(32), tokenKey: randomBytes(32) };
}

/**
 * The environment the built api and worker run with in a spec: its databases, the test Redis
 * with a queue prefix of this run's own (no stale jobs from another run), fresh keys, and
 * `extra` (the port, SMTP, policy and timing settings a spec needs) on top.
 */
export function e2eProcessEnv(
  databases: Pick<E2eDatabases, 'rightsdesk' | 'shop'>,
  secrets: E2eSecrets,
  queuePrefix: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databases.rightsdesk,
    SHOP_DATABASE_URL: databases.shop,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `${queuePrefix}-${Date.now()}`,
    PACKAGE_ENCRYPTION_KEY: secrets.packageKey.toString('hex'),
    TOKEN_SECRET: secrets.tokenKey.toString('hex'),
    LOG_LEVEL: 'info',
    ...extra,
  };
}
