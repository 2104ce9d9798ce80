/**
 * The databases and services the integration and end-to-end tests use. Separate database names
 * keep test runs away from the demo's data.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@localhost:5432/rightsdesk_test';
export const TEST_SHOP_DATABASE_URL =
  process.env.TEST_SHOP_DATABASE_URL ?? 'postgres://postgres@localhost:5432/rightsdesk_shop_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://localhost:6379/5';
/** The analytics database beside the test shop (as analyticsDatabaseUrlFor names it). */
export const TEST_ANALYTICS_DATABASE_URL =
  process.env.TEST_ANALYTICS_DATABASE_URL ??
  TEST_SHOP_DATABASE_URL.replace(/\/([^/?]+)(\?|$)/, '/$1_analytics$2');
/** The data map's databases, by system name, for code given connections directly. */
export const TEST_CONNECTIONS = {
  shop: TEST_SHOP_DATABASE_URL,
  analytics: TEST_ANALYTICS_DATABASE_URL,
};
/**
 * Integration specs share one database and one token key, so a fixture person's codes add up
 * across specs within the hour: the per-person limits are raised here, and tested on their own.
 */
export const SHARED_DATABASE_LIMITS = {
  VERIFICATION_CODES_PER_PERSON_PER_HOUR: '200',
  VERIFICATION_GUESSES_PER_PERSON_PER_HOUR: '500',
};
