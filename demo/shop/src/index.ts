export {
  ANALYTICS_SCHEMA_SQL,
  ANALYTICS_TABLES,
  SEEDED_TABLES,
  SHOP_SCHEMA_SQL,
  SHOP_TABLES,
} from './shop-schema';
export { seedShop } from './seed-shop';
export type { SeedReport, SeedShopOptions } from './seed-shop';
export { SHOP_DEFAULT_SEED, SHOP_REFERENCE_DATE } from './seed-defaults';
export { SHOP_FIXTURE_PEOPLE, SHOP_HOUSEHOLD_ADDRESS, MIN_SHOP_PEOPLE } from './fixture-people';
export type { ShopFixturePerson, ShopFixtureKey, ShopFixtureAddress } from './fixture-person';
export type { ShopTable } from './copy-columns';
export { readSeedMeta } from './seed-meta';
export type { SeedMeta } from './seed-meta';
export { isCurrentShopSeed, shopSeedVersion, shopSchemaHash } from './seed-version';
