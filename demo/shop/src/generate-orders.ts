import {
  DAY,
  GenContext,
  OrderSummary,
  Person,
  REFERENCE_TIME,
  iso,
  nextId,
} from './person-context';
import { Prng, mixSeed } from './prng';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

interface StoredCard {
  processor: string;
  token: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYearsAhead: number;
}

/** `SO-000123-KQ`: the order id plus two letters derived from it, so unique and deterministic. */
export function orderNumber(seed: number, orderId: number): string {
  const h = mixSeed(seed, orderId);
  return `SO-${String(orderId).padStart(6, '0')}-${LETTERS[h % 24]}${LETTERS[(h >>> 8) % 24]}`;
}

/**
 * A card as a payment processor returns it: a token, brand, last four digits and expiry. The
 * shop never sees the card number, so the seeder never makes one. Tokens come from
 * Prng.chars, which never emits more than 8 digits in a row.
 */
function storedCard(prng: Prng): StoredCard {
  const processor = prng.weighted(['stripe', 'adyen', 'braintree'], [55, 30, 15]);
  const token =
    processor === 'stripe'
      ? 'pm_' + prng.chars(BASE62, 24)
      : processor === 'adyen'
        ? prng.chars(UPPER_ALNUM, 16)
        : 'bt_' + prng.chars(LOWER_ALNUM, 10);
  return {
    processor,
    token,
    brand: prng.weighted(['visa', 'mastercard', 'amex', 'discover'], [50, 30, 12, 8]),
    last4: String(prng.int(0, 9999)).padStart(4, '0'),
    expMonth: prng.int(1, 12),
    expYearsAhead: prng.int(1, 5),
  };
}

function status(prng: Prng, placedAt: number): string {
  const age = REFERENCE_TIME - placedAt;
  if (age < 3 * DAY) return prng.chance(0.6) ? 'placed' : 'shipped';
  if (age < 14 * DAY) return prng.chance(0.5) ? 'shipped' : 'delivered';
  return prng.weighted(['delivered', 'cancelled', 'refunded'], [88, 5, 7]);
}

/** Orders with their items and one payment each; summaries stay on the person for later text. */
export function generateOrders(ctx: GenContext, p: Person): void {
  const { prng } = p;
  const { products } = ctx.pools;
  const count = p.fixture?.orders ?? prng.count(2, 40);
  if (count === 0) return;
  const cards = [storedCard(prng)];
  if (prng.chance(0.3)) cards.push(storedCard(prng));
  const shipTo = p.addresses.find((a) => a.kind === 'shipping') ?? p.addresses[0];
  const span = REFERENCE_TIME - p.createdAt;
  for (let k = 0; k < count; k += 1) {
    const orderId = nextId(ctx, 'orders');
    const number = orderNumber(ctx.seed, orderId);
    const placedAt = Math.floor((p.createdAt + ((k + prng.next()) / count) * span) / 1000) * 1000;
    const orderStatus = status(prng, placedAt);
    const productIds: number[] = [];
    let total = prng.chance(0.6) ? 0 : 499;
    for (let n = 1 + prng.count(1.2, 12); n > 0; n -= 1) {
      // Squaring skews picks toward the first products: a few best-sellers, a long tail.
      const product = products[Math.floor(prng.next() ** 2 * products.length)];
      const quantity = prng.chance(0.85) ? 1 : prng.int(2, 4);
      const unitPrice = prng.chance(0.1)
        ? Math.round(product.priceCents * 0.8)
        : product.priceCents;
      total += quantity * unitPrice;
      productIds.push(product.id);
      ctx.emit('order_items', [
        nextId(ctx, 'order_items'),
        orderId,
        product.id,
        quantity,
        unitPrice,
      ]);
    }
    ctx.emit('orders', [
      orderId,
      number,
      p.customerId,
      iso(placedAt),
      orderStatus,
      p.locale.currency,
      total,
      shipTo.recipient,
      shipTo.line1,
      shipTo.city,
      shipTo.postalCode,
      shipTo.country,
    ]);
    const card = cards[prng.chance(0.8) ? 0 : cards.length - 1];
    ctx.emit('payments', [
      nextId(ctx, 'payments'),
      orderId,
      p.customerId,
      card.processor,
      card.token,
      card.brand,
      card.last4,
      card.expMonth,
      new Date(placedAt).getUTCFullYear() + card.expYearsAhead,
      total,
      iso(placedAt + prng.int(2, 90) * 1000),
    ]);
    const summary: OrderSummary = {
      number,
      placedAt,
      productIds,
      shipped: orderStatus === 'shipped' || orderStatus === 'delivered',
    };
    p.orders.push(summary);
  }
}
