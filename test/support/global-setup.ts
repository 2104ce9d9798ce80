import 'reflect-metadata';
import { registerPathAliases } from './register-paths';
import { TEST_ANALYTICS_DATABASE_URL, TEST_DATABASE_URL, TEST_SHOP_DATABASE_URL } from './test-env';

/**
 * Once per jest run: Rightsdesk's test database with every migration applied, and the test shop
 * seeded with its small deterministic population (re-seeded only when the seed changes).
 */
export default async function globalSetup(): Promise<void> {
  registerPathAliases();
  const { runMigrations } = await import('@rightsdesk/persistence');
  const { prepareShopTestDatabase } = await import('./shop-fixture');
  await runMigrations(TEST_DATABASE_URL);
  await prepareShopTestDatabase(TEST_SHOP_DATABASE_URL, TEST_ANALYTICS_DATABASE_URL);
}
