import { COPY_COLUMNS, ShopTable } from './copy-columns';
import { SHOP_FIXTURE_PEOPLE } from './fixture-people';
import { generateBrowsing } from './generate-browsing';
import { generateContributions } from './generate-contributions';
import { generateIdentity } from './generate-identity';
import { generateEmailLog, generateSupport } from './generate-messages';
import { generateOrders } from './generate-orders';
import { emitSubscriptions, generatePreferences } from './generate-preferences';
import { DAY, Emit, GenContext, REFERENCE_TIME, between } from './person-context';
import { Prng } from './prng';
import { buildSeedPools } from './seed-pools';

/** Share of generated people who only signed up for the newsletter and have no account. */
const NEWSLETTER_ONLY_SHARE = 0.03;

/**
 * Produces the shop's rows, one person at a time, in a fixed order. Each person draws from their
 * own generator (seeded by seed and index), so a person's data does not depend on who came
 * before; only the ids do, and those are assigned in the same order on every run.
 */
export class ShopGenerator {
  private readonly ctx: GenContext;

  constructor(seed: number, emit: Emit) {
    const pools = buildSeedPools(seed);
    const ids = Object.fromEntries(Object.keys(COPY_COLUMNS).map((t) => [t, 0])) as Record<
      ShopTable,
      number
    >;
    this.ctx = { seed, pools, urls: buildUrls(pools.products), emit, ids };
  }

  /** Rows written so far, per table. */
  get counts(): Readonly<Record<ShopTable, number>> {
    return this.ctx.ids;
  }

  products(): void {
    for (const product of this.ctx.pools.products) {
      this.ctx.emit('products', [
        product.id,
        product.sku,
        product.name,
        product.category,
        product.priceCents,
      ]);
      this.ctx.ids.products = product.id;
    }
  }

  person(index: number): void {
    const prng = Prng.for(this.ctx.seed, index + 1);
    const fixture = SHOP_FIXTURE_PEOPLE[index];
    if (fixture && !fixture.hasAccount) {
      const since = REFERENCE_TIME - 400 * DAY;
      emitSubscriptions(this.ctx, prng, null, fixture.email, since, [
        'weekly_newsletter',
        'offers',
      ]);
      return;
    }
    if (!fixture && prng.chance(NEWSLETTER_ONLY_SHARE)) {
      const since = between(prng, REFERENCE_TIME - 5 * 365 * DAY, REFERENCE_TIME - 30 * DAY);
      const domain = prng.pick(['example.com', 'example.org', 'example.net']);
      emitSubscriptions(this.ctx, prng, null, `reader${index}@${domain}`, since, [
        'weekly_newsletter',
      ]);
      return;
    }
    const p = generateIdentity(this.ctx, index, prng, fixture);
    generateBrowsing(this.ctx, p);
    generateOrders(this.ctx, p);
    generatePreferences(this.ctx, p);
    generateSupport(this.ctx, p);
    generateEmailLog(this.ctx, p);
    generateContributions(this.ctx, p);
  }
}

function buildUrls(products: readonly { sku: string; category: string }[]): string[] {
  const base = 'https://shop.example.com';
  const urls = [
    '/cart',
    '/checkout',
    '/checkout/payment',
    '/account',
    '/account/orders',
    '/account/privacy',
    '/help/returns',
    '/help/shipping',
    '/wishlist',
    '/',
  ].map((path) => base + path);
  const categories = [...new Set(products.map((p) => p.category.toLowerCase()))];
  for (const c of categories)
    urls.push(`${base}/c/${c}`, `${base}/search?q=${encodeURIComponent(c)}`);
  // Product pages are most of the traffic.
  for (const p of products)
    urls.push(`${base}/p/${p.sku.toLowerCase()}`, `${base}/p/${p.sku.toLowerCase()}#reviews`);
  return urls;
}
