import { GenContext, Person, REFERENCE_TIME, iso, nextId } from './person-context';
import { Prng } from './prng';

const EXIT_METHODS = [
  'navigated_away',
  'closed_tab',
  'timeout',
  'external_link',
  'logout',
] as const;
const EXIT_WEIGHTS = [35, 30, 15, 10, 10];
// First octets of real ISP allocations, so addresses look like customer traffic, not LAN.
const IPV4_FIRST = [
  23, 31, 37, 45, 62, 66, 71, 73, 76, 81, 82, 86, 90, 92, 98, 104, 108, 151, 176, 185, 188, 212,
  217,
];
const IPV6_PREFIXES = [
  '2a02:8108',
  '2a01:c23',
  '2600:1700',
  '2607:fb90',
  '2a00:23c7',
  '2001:16b8',
  '2003:e2',
];

export function randomIp(prng: Prng): string {
  if (prng.chance(0.22)) {
    let ip = prng.pick(IPV6_PREFIXES);
    for (let i = 0; i < 6; i += 1) ip += ':' + prng.int(0, 0xffff).toString(16);
    return ip;
  }
  return `${prng.pick(IPV4_FIRST)}.${prng.int(0, 255)}.${prng.int(0, 255)}.${prng.int(1, 254)}`;
}

/**
 * Sessions (connection and visit information) with their page views. A person mostly browses
 * from home and from one or two devices, as real people do; sessions are spread evenly over the
 * life of the account so ids follow time within a person.
 */
export function generateBrowsing(ctx: GenContext, p: Person): void {
  const { prng } = p;
  const count = p.fixture?.sessions ?? prng.count(5, 60);
  const homeIp = randomIp(prng);
  const devices = [prng.pick(ctx.pools.userAgents), prng.pick(ctx.pools.userAgents)];
  const span = REFERENCE_TIME - p.createdAt;
  for (let k = 0; k < count; k += 1) {
    const sessionId = nextId(ctx, 'sessions');
    const startedAt = Math.floor((p.createdAt + ((k + prng.next()) / count) * span) / 1000) * 1000;
    const visitSeconds = 15 + Math.floor(-Math.log(1 - prng.next()) * 420);
    // A few sessions never ended cleanly: no end, length or exit method recorded.
    const open = prng.chance(0.03);
    ctx.emit('sessions', [
      sessionId,
      p.customerId,
      prng.chance(0.65) ? homeIp : randomIp(prng),
      devices[prng.chance(0.75) ? 0 : 1],
      iso(startedAt),
      open ? null : iso(startedAt + visitSeconds * 1000),
      open ? null : visitSeconds,
      open ? null : prng.weighted(EXIT_METHODS, EXIT_WEIGHTS),
    ]);
    emitPageViews(ctx, prng, sessionId, startedAt, visitSeconds);
  }
  p.sessionCount = count;
}

function emitPageViews(
  ctx: GenContext,
  prng: Prng,
  sessionId: number,
  startedAt: number,
  visitSeconds: number,
): void {
  const pages = 1 + prng.count(2, 30);
  const perPage = (visitSeconds * 1000) / pages;
  let at = startedAt;
  for (let i = 0; i < pages; i += 1) {
    const timeOnPage = Math.round(perPage * (0.4 + prng.next() * 1.2));
    const last = i === pages - 1;
    ctx.emit('page_views', [
      nextId(ctx, 'page_views'),
      sessionId,
      i === 0 && prng.chance(0.4) ? 'https://shop.example.com/' : prng.pick(ctx.urls),
      iso(at),
      Math.min(8000, 35 + Math.floor(-Math.log(1 - prng.next()) * 160)),
      // The last page's time is unknown when the visitor left without another request.
      last && prng.chance(0.5) ? null : timeOnPage,
      prng.chance(0.9) ? prng.int(0, 100) : null,
      prng.count(1.5, 60),
    ]);
    at += timeOnPage;
  }
}
