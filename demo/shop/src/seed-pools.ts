import { fakerEN_US } from '@faker-js/faker';
import { Prng, mixSeed } from './prng';
import { SHOP_LOCALES, ShopLocale } from './shop-locales';
import { buildUserAgents } from './user-agents';

export interface Place {
  city: string;
  region: string | null;
  postalCode: string;
}

export interface LocalePool {
  locale: ShopLocale;
  firstNames: string[];
  lastNames: string[];
  line1s: string[];
  line2s: string[];
  places: Place[];
}

export interface PoolProduct {
  id: number;
  sku: string;
  name: string;
  category: string;
  priceCents: number;
}

/** Everything the seeder takes from faker, built once per seed and then picked from. */
export interface SeedPools {
  locales: LocalePool[];
  localeWeights: number[];
  products: PoolProduct[];
  userAgents: string[];
}

/** A few hundred products: enough variety for orders and reviews, small enough to cache. */
export const PRODUCT_COUNT = 400;

const cache = new Map<number, SeedPools>();

/**
 * Builds (or returns the cached) pools for `seed`. Each locale's faker is reseeded before use, so
 * pools depend only on the seed and the faker version pinned in package-lock.json.
 */
export function buildSeedPools(seed: number): SeedPools {
  const cached = cache.get(seed);
  if (cached) return cached;
  const locales = SHOP_LOCALES.map((locale, index) =>
    buildLocalePool(locale, mixSeed(seed, 1000 + index)),
  );
  const pools: SeedPools = {
    locales,
    localeWeights: SHOP_LOCALES.map((l) => l.weight),
    products: buildProducts(mixSeed(seed, 2000)),
    userAgents: buildUserAgents(new Prng(mixSeed(seed, 3000)), 400),
  };
  cache.set(seed, pools);
  return pools;
}

function buildLocalePool(locale: ShopLocale, seed: number): LocalePool {
  const f = locale.faker;
  f.seed(seed);
  const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
  return {
    locale,
    firstNames: times(400, () => f.person.firstName()),
    lastNames: times(600, () => f.person.lastName()),
    line1s: times(1500, () => f.location.streetAddress()),
    line2s: times(200, () => f.location.secondaryAddress()),
    places: times(600, () => ({
      city: f.location.city(),
      region: locale.hasRegions
        ? f.location.state(locale.country === 'US' ? { abbreviated: true } : {})
        : null,
      postalCode: f.location.zipCode(),
    })),
  };
}

function buildProducts(seed: number): PoolProduct[] {
  const f = fakerEN_US;
  f.seed(seed);
  const prng = new Prng(seed);
  const products: PoolProduct[] = [];
  for (let i = 0; i < PRODUCT_COUNT; i += 1) {
    const category = f.commerce.department();
    const prefix = category
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase();
    products.push({
      id: i + 1,
      sku: `${prefix}-${String(i + 1).padStart(4, '0')}-${prng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}`,
      name: f.commerce.productName(),
      category,
      // Prices end in 99 or 00 like real price lists.
      priceCents: prng.int(3, 400) * 100 - (prng.chance(0.7) ? 1 : 0),
    });
  }
  return products;
}
