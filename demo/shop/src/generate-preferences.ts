import { DAY, GenContext, Person, REFERENCE_TIME, between, iso, nextId } from './person-context';
import { Prng } from './prng';

const PURPOSES = [
  'marketing_email',
  'marketing_sms',
  'personalization',
  'analytics',
  'third_party_sharing',
] as const;
const PURPOSE_CHANCE = [0.55, 0.15, 0.5, 0.7, 0.1];
const CONSENT_SOURCES = ['signup_form', 'cookie_banner', 'account_settings', 'checkout'] as const;
const REASONS = [
  'viewed_similar',
  'bought_together',
  'based_on_interests',
  'trending_in_region',
  'recently_viewed',
] as const;
const HEX = '0123456789abcdef';
const POLICY_2023 = Date.parse('2023-11-01T00:00:00Z');
const POLICY_2024 = Date.parse('2024-09-01T00:00:00Z');

function policyVersion(at: number): string {
  return at < POLICY_2023 ? '2022-05' : at < POLICY_2024 ? '2023-11' : '2024-09';
}

/** A version-4 UUID drawn from the seeded generator. */
export function seededUuid(prng: Prng): string {
  const h = prng.chars(HEX, 30);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(12, 15)}-${'89ab'[prng.int(0, 3)]}${h.slice(15, 18)}-${h.slice(18, 30)}`;
}

/** Mailing lists. Newsletter-only people call this with no customer: rows link by email only. */
export function emitSubscriptions(
  ctx: GenContext,
  prng: Prng,
  customerId: number | null,
  email: string,
  since: number,
  lists: readonly string[],
): void {
  for (const list of lists) {
    const channel = list === 'sms_deals' ? 'sms' : list === 'catalogue' ? 'postal' : 'email';
    const subscribedAt = between(prng, since, REFERENCE_TIME - DAY);
    const unsubscribed = prng.chance(0.22);
    ctx.emit('marketing_subscriptions', [
      nextId(ctx, 'marketing_subscriptions'),
      customerId,
      email,
      list,
      channel,
      unsubscribed ? 'unsubscribed' : 'subscribed',
      iso(subscribedAt),
      unsubscribed ? iso(between(prng, subscribedAt, REFERENCE_TIME)) : null,
    ]);
  }
}

/** Inferences (recommendations), mailing lists, consents and cookie choices. */
export function generatePreferences(ctx: GenContext, p: Person): void {
  const { prng } = p;
  if (p.sessionCount + p.orders.length > 0 && prng.chance(0.6)) {
    for (let n = prng.int(2, 5); n > 0; n -= 1) {
      ctx.emit('recommendations', [
        nextId(ctx, 'recommendations'),
        p.customerId,
        prng.pick(ctx.pools.products).id,
        (prng.int(500, 9900) / 10000).toFixed(4),
        prng.pick(REASONS),
        iso(between(prng, REFERENCE_TIME - 90 * DAY, REFERENCE_TIME)),
      ]);
    }
  }

  if (prng.chance(0.45)) {
    const lists = ['weekly_newsletter'];
    if (prng.chance(0.4)) lists.push('offers');
    if (p.phone !== null && prng.chance(0.15)) lists.push('sms_deals');
    if (prng.chance(0.05)) lists.push('catalogue');
    emitSubscriptions(ctx, prng, p.customerId, p.email, p.createdAt, lists);
    p.newsletterLists = lists;
  }

  let analytics = false;
  let marketing = false;
  let personalization = false;
  for (let i = 0; i < PURPOSES.length; i += 1) {
    if (!prng.chance(PURPOSE_CHANCE[i])) continue;
    const grantedAt = between(prng, p.createdAt, REFERENCE_TIME);
    const granted = prng.chance(0.85);
    const withdrawnAt =
      granted && prng.chance(0.15) ? between(prng, grantedAt, REFERENCE_TIME) : null;
    const active = granted && withdrawnAt === null;
    if (PURPOSES[i] === 'analytics') analytics = active;
    if (PURPOSES[i] === 'marketing_email') marketing = active;
    if (PURPOSES[i] === 'personalization') personalization = active;
    const consentId = nextId(ctx, 'consents');
    const source = prng.pick(CONSENT_SOURCES);
    ctx.emit('consents', [
      consentId,
      p.customerId,
      PURPOSES[i],
      granted,
      iso(grantedAt),
      withdrawnAt === null ? null : iso(withdrawnAt),
      source,
      policyVersion(grantedAt),
    ]);
    // The history of the same choices, drawn from no further randomness.
    const event = (name: string, at: number) =>
      ctx.emit('consent_events', [nextId(ctx, 'consent_events'), consentId, name, iso(at), source]);
    event(granted ? 'granted' : 'refused', grantedAt);
    if (withdrawnAt !== null) event('withdrawn', withdrawnAt);
  }

  // One cookie choice per browser; a quarter of people used a second device.
  for (let n = prng.chance(0.25) ? 2 : 1; n > 0; n -= 1) {
    ctx.emit('cookie_preferences', [
      nextId(ctx, 'cookie_preferences'),
      p.customerId,
      seededUuid(prng),
      true,
      analytics,
      marketing,
      personalization,
      iso(between(prng, p.createdAt, REFERENCE_TIME)),
    ]);
  }
}
