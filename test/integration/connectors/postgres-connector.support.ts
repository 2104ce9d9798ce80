import { PostgresConnector, type SubjectLocation } from '@rightsdesk/connectors';
import { SHOP_FIXTURE_PEOPLE, type ShopFixtureKey } from '@demo/shop';
import { Pool } from 'pg';
import { prepareShopTestDatabase } from '../../support/shop-fixture';
import { TEST_ANALYTICS_DATABASE_URL, TEST_SHOP_DATABASE_URL } from '../../support/test-env';
import { loadAnalyticsSystem, loadShopSystem } from './shop-lookup.support';

export const emailOf = (key: ShopFixtureKey): string => {
  const person = SHOP_FIXTURE_PEOPLE.find((candidate) => candidate.key === key);
  if (!person) throw new Error(`no fixture person ${key}`);
  return person.email;
};

/**
 * The PostgresConnector specs' set-up, called inside their describe: connectors for the test
 * shop and its analytics database, as the data map describes them, and the look-ups they make.
 */
export function shopConnectors() {
  let pool: Pool;
  let analyticsPool: Pool;
  let connector: PostgresConnector;
  /** The second database, whose sessions keep the shop's customer id. */
  let analytics: PostgresConnector;

  beforeAll(async () => {
    await prepareShopTestDatabase(TEST_SHOP_DATABASE_URL);
    pool = new Pool({ connectionString: TEST_SHOP_DATABASE_URL, max: 4 });
    analyticsPool = new Pool({ connectionString: TEST_ANALYTICS_DATABASE_URL, max: 4 });
    connector = new PostgresConnector(await loadShopSystem(), pool);
    analytics = new PostgresConnector(await loadAnalyticsSystem(), analyticsPool);
  });

  afterAll(async () => {
    await pool.end();
    await analyticsPool.end();
  });

  const locate = (key: ShopFixtureKey): Promise<SubjectLocation> =>
    connector.locate({ email: emailOf(key) });
  /** As SourceRegistry.locate does: the shop's customer keys first, then the analytics rows. */
  const locateAnalytics = async (email: string): Promise<SubjectLocation> => {
    const shop = await connector.locate({ email });
    return analytics.locate({ email }, { 'shop.customers': shop.roots.customers ?? [] });
  };

  return {
    get pool() {
      return pool;
    },
    get analyticsPool() {
      return analyticsPool;
    },
    get connector() {
      return connector;
    },
    get analytics() {
      return analytics;
    },
    locate,
    locateAnalytics,
  };
}
