import { createHash } from 'node:crypto';
import { copyRow } from './copy-text';
import { SeedMeta } from './seed-meta';
import { ANALYTICS_SCHEMA_SQL, SHOP_SCHEMA_SQL } from './shop-schema';
import { ShopGenerator } from './shop-generator';

/** People in the sample whose rows stand for the generator's behaviour (all fixtures included). */
const SAMPLE_PEOPLE = 200;
const versions = new Map<number, string>();

/** A hash of the DDL of both databases: when it changes, seeded tables are dropped and recreated. */
export function shopSchemaHash(): string {
  return createHash('sha256')
    .update(SHOP_SCHEMA_SQL)
    .update(ANALYTICS_SCHEMA_SQL)
    .digest('hex')
    .slice(0, 16);
}

/**
 * A fingerprint of what the seeder writes for `seed`: the DDL plus the rows of a sample of
 * people, generated in memory. Any change to the generator that alters data changes it, so a
 * test database seeded by older code is noticed and reseeded without anyone bumping a number.
 */
export function shopSeedVersion(seed: number): string {
  let version = versions.get(seed);
  if (version === undefined) {
    const hash = createHash('sha256').update(SHOP_SCHEMA_SQL).update(ANALYTICS_SCHEMA_SQL);
    const generator = new ShopGenerator(seed, (table, row) => {
      hash.update(table + '\t' + copyRow(row));
    });
    generator.products();
    for (let i = 0; i < SAMPLE_PEOPLE; i += 1) generator.person(i);
    version = hash.digest('hex').slice(0, 16);
    versions.set(seed, version);
  }
  return version;
}

/** Whether `meta` describes a finished seed of `people` people from `seed` by the current code. */
export function isCurrentShopSeed(meta: SeedMeta | null, people: number, seed: number): boolean {
  return (
    meta !== null &&
    meta.status === 'complete' &&
    meta.people === people &&
    meta.seed === seed &&
    meta.seedVersion === shopSeedVersion(seed) &&
    meta.schemaHash === shopSchemaHash()
  );
}
