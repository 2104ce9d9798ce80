import {
  DAY,
  GenContext,
  Person,
  REFERENCE_TIME,
  between,
  fill,
  iso,
  nextId,
} from './person-context';
import {
  COMMENT_BODIES,
  FEEDBACK_BODIES,
  FEEDBACK_SURVEYS,
  REVIEW_BODIES,
  REVIEW_TITLES,
  SHOP_NAME,
} from './text-templates';

/** Ratings lean positive, as on real shops. */
const RATINGS = [1, 2, 3, 4, 5];
const RATING_WEIGHTS = [6, 6, 12, 30, 46];

/** What people wrote: comments, survey feedback and product reviews (of products they bought). */
export function generateContributions(ctx: GenContext, p: Person): void {
  const { prng } = p;
  const { products } = ctx.pools;
  const city = p.addresses[0].city;

  if (prng.chance(0.12)) {
    for (let n = 1 + prng.count(0.5, 8); n > 0; n -= 1) {
      const product = prng.chance(0.8) ? prng.pick(products) : null;
      ctx.emit('comments', [
        nextId(ctx, 'comments'),
        p.customerId,
        product?.id ?? null,
        fill(prng.pick(COMMENT_BODIES), {
          product: product?.name ?? 'item',
          city,
          shop: SHOP_NAME,
        }),
        iso(between(prng, p.createdAt, REFERENCE_TIME)),
      ]);
    }
  }

  if (prng.chance(0.2)) {
    ctx.emit('feedback', [
      nextId(ctx, 'feedback'),
      p.customerId,
      prng.pick(FEEDBACK_SURVEYS),
      prng.chance(0.85) ? prng.weighted(RATINGS, RATING_WEIGHTS) : null,
      prng.chance(0.5) ? prng.pick(FEEDBACK_BODIES) : null,
      iso(between(prng, p.createdAt, REFERENCE_TIME)),
    ]);
  }

  if (p.orders.length > 0 && prng.chance(0.3)) {
    const reviewerName = prng.weighted(
      [`${p.firstName} ${p.lastName.charAt(0)}.`, p.fullName, p.firstName],
      [50, 30, 20],
    );
    for (let n = prng.int(1, 3); n > 0; n -= 1) {
      const order = prng.pick(p.orders);
      const product = products[prng.pick(order.productIds) - 1];
      ctx.emit('product_reviews', [
        nextId(ctx, 'product_reviews'),
        p.customerId,
        product.id,
        reviewerName,
        prng.weighted(RATINGS, RATING_WEIGHTS),
        prng.chance(0.8) ? fill(prng.pick(REVIEW_TITLES), { city }) : null,
        prng.chance(0.9) ? fill(prng.pick(REVIEW_BODIES), { product: product.name }) : null,
        iso(Math.min(REFERENCE_TIME - 1000, order.placedAt + prng.int(2, 40) * DAY)),
      ]);
    }
  }
}
