import {
  DAY,
  GenContext,
  HOUR,
  MINUTE,
  Person,
  REFERENCE_TIME,
  between,
  fill,
  iso,
  nextId,
} from './person-context';
import {
  ESCAPE_FIXTURE_MESSAGES,
  SHOP_NAME,
  SUPPORT_AGENTS,
  SUPPORT_INBOUND,
  SUPPORT_OUTBOUND,
  SUPPORT_SUBJECTS,
} from './text-templates';

const CHANNELS = ['email', 'chat', 'phone', 'text', 'postal'] as const;
const CHANNEL_WEIGHTS = [50, 30, 10, 7, 3];

/** Support conversations: threads of alternating customer and agent messages. */
export function generateSupport(ctx: GenContext, p: Person): void {
  const { prng } = p;
  const escapes = p.fixture?.key === 'text-escapes';
  if (!escapes && !prng.chance(0.3)) return;
  const vars = {
    first: p.firstName,
    city: p.addresses[0].city,
    shop: SHOP_NAME,
    agent: prng.pick(SUPPORT_AGENTS),
    order: p.orders.length > 0 ? prng.pick(p.orders).number : 'my last order',
    product: prng.pick(ctx.pools.products).name,
  };
  for (let thread = 1 + prng.count(0.4, 6); thread > 0; thread -= 1) {
    const threadRef = `CS-${String(ctx.ids.support_messages + 1).padStart(7, '0')}`;
    const channel = escapes ? 'email' : prng.weighted(CHANNELS, CHANNEL_WEIGHTS);
    const subject =
      channel === 'email' || channel === 'postal' ? fill(prng.pick(SUPPORT_SUBJECTS), vars) : null;
    let at = between(prng, p.createdAt, REFERENCE_TIME - DAY);
    const messages = 2 + prng.count(1, 10);
    for (let m = 0; m < messages; m += 1) {
      const inbound = m % 2 === 0;
      const body =
        escapes && m < ESCAPE_FIXTURE_MESSAGES.length
          ? ESCAPE_FIXTURE_MESSAGES[m]
          : prng.pick(inbound ? SUPPORT_INBOUND : SUPPORT_OUTBOUND);
      ctx.emit('support_messages', [
        nextId(ctx, 'support_messages'),
        p.customerId,
        threadRef,
        channel,
        inbound ? 'inbound' : 'outbound',
        m === 0 ? subject : subject && `Re: ${subject}`,
        fill(body, vars),
        iso(at),
      ]);
      at += prng.int(5 * MINUTE, 2 * DAY);
    }
  }
}

/** Every email the shop sent: welcome, order and shipping confirmations, resets, newsletters. */
export function generateEmailLog(ctx: GenContext, p: Person): void {
  const { prng } = p;
  const send = (template: string, subject: string, at: number): void => {
    ctx.emit('email_log', [
      nextId(ctx, 'email_log'),
      p.customerId,
      p.email,
      template,
      subject,
      iso(at),
      prng.chance(0.55) ? iso(at + prng.int(MINUTE, 3 * DAY)) : null,
    ]);
  };
  send('welcome', `Welcome to ${SHOP_NAME}, ${p.firstName}!`, p.createdAt + prng.int(1000, MINUTE));
  for (const order of p.orders) {
    send(
      'order_confirmation',
      `Your order ${order.number} is confirmed`,
      order.placedAt + prng.int(1000, MINUTE),
    );
    if (order.shipped) {
      send(
        'shipping_confirmation',
        `Your order ${order.number} is on its way`,
        order.placedAt + prng.int(HOUR, 3 * DAY),
      );
    }
  }
  if (prng.chance(0.15)) {
    send('password_reset', 'Reset your password', between(prng, p.createdAt, REFERENCE_TIME));
  }
  if (p.newsletterLists.includes('weekly_newsletter')) {
    for (let n = prng.count(3, 12); n > 0; n -= 1) {
      send(
        'newsletter',
        `This week at ${SHOP_NAME}: new arrivals`,
        between(prng, p.createdAt, REFERENCE_TIME),
      );
    }
  }
}
