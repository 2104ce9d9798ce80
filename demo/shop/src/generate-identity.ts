import { pgTextArray } from './copy-text';
import { ShopFixturePerson } from './fixture-person';
import {
  DAY,
  GenContext,
  Person,
  PersonAddress,
  REFERENCE_TIME,
  between,
  fill,
  iso,
  nextId,
} from './person-context';
import { Prng } from './prng';
import { INTERESTS, PROFILE_BIOS } from './text-templates';

const DOMAINS = ['example.com', 'example.org', 'example.net'] as const;
const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const slugCache = new Map<string, string>();

/** A lower-case ASCII form of a name for emails and logins ("Zoë Núñez" -> "zoenunez"). */
export function asciiSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[łŁ]/g, 'l')
      .replace(/ß/g, 'ss')
      .replace(/[øØ]/g, 'o')
      .replace(/[æÆ]/g, 'ae')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    slugCache.set(name, slug);
  }
  return slug;
}

/**
 * Creates the customer, their profile and addresses. Generated emails and logins end in the
 * person's index and their letters never end in a digit, so they are unique (also
 * case-insensitively) and can never collide with a fixture email, which has no digits.
 */
export function generateIdentity(
  ctx: GenContext,
  index: number,
  prng: Prng,
  fixture?: ShopFixturePerson,
): Person {
  const pool = fixture
    ? (ctx.pools.locales.find((l) => l.locale.country === fixture.country) ?? ctx.pools.locales[0])
    : prng.weighted(ctx.pools.locales, ctx.pools.localeWeights);
  const { locale } = pool;
  const firstName = fixture?.firstName ?? prng.pick(pool.firstNames);
  const lastName = fixture?.lastName ?? prng.pick(pool.lastNames);
  // Japanese names are written family name first.
  const fullName =
    locale.country === 'JP' ? `${lastName} ${firstName}` : `${firstName} ${lastName}`;
  const f = asciiSlug(firstName);
  const l = asciiSlug(lastName);
  let email: string;
  let login: string;
  if (fixture) {
    email = fixture.email;
    login = fixture.email.split('@')[0].toLowerCase();
  } else {
    const local =
      f === '' && l === ''
        ? `${prng.pick(['user', 'shopper', 'customer'])}${index}`
        : prng.weighted(
            [
              `${f}.${l}${index}`,
              `${f.charAt(0)}${l}${index}`,
              `${f || l}${index}`,
              `${f}_${l}${index}`,
            ],
            [45, 25, 15, 15],
          );
    // Some people type their address with capitals, and shops store what was typed.
    const typed = prng.chance(0.08) ? local.charAt(0).toUpperCase() + local.slice(1) : local;
    email = `${typed}@${prng.weighted(DOMAINS, [60, 20, 20])}`;
    login = prng.chance(0.5) ? local : `${f.charAt(0) || 'u'}${l || 'user'}${index}`;
  }
  const createdAt = between(prng, REFERENCE_TIME - 6 * 365 * DAY, REFERENCE_TIME - 30 * DAY);
  const phone = fixture?.phone ?? (prng.chance(0.82) ? locale.phone(prng) : null);
  const customerId = nextId(ctx, 'customers');
  ctx.emit('customers', [
    customerId,
    login,
    email,
    '$2b$12$' + prng.chars(BCRYPT_ALPHABET, 53),
    firstName,
    lastName,
    phone,
    iso(createdAt),
    prng.chance(0.9) ? iso(between(prng, createdAt, REFERENCE_TIME)) : null,
  ]);

  const person: Person = {
    index,
    prng,
    fixture,
    customerId,
    locale,
    pool,
    firstName,
    lastName,
    fullName,
    email,
    phone,
    createdAt,
    addresses: [],
    orders: [],
    sessionCount: 0,
    newsletterLists: [],
  };
  emitAddresses(ctx, person);
  emitProfile(ctx, person);
  return person;
}

function emitProfile(ctx: GenContext, p: Person): void {
  const { prng } = p;
  const interests: string[] = [];
  for (let n = prng.int(0, 4); n > 0; n -= 1) {
    const interest = prng.pick(INTERESTS);
    if (!interests.includes(interest)) interests.push(interest);
  }
  const born = REFERENCE_TIME - prng.int(18 * 365, 85 * 365) * DAY;
  const city = p.addresses[0].city;
  ctx.emit('customer_profiles', [
    p.customerId,
    prng.chance(0.75)
      ? prng.pick([p.fullName, `${p.firstName} ${p.lastName.charAt(0)}.`, p.firstName])
      : null,
    prng.chance(0.7) ? iso(born).slice(0, 10) : null,
    p.fixture?.language ?? p.locale.language,
    prng.chance(0.2) ? fill(prng.pick(PROFILE_BIOS), { city }) : null,
    prng.chance(0.4) ? `https://cdn.example.com/avatars/${prng.chars(HEX, 32)}.jpg` : null,
    pgTextArray(interests),
    iso(between(prng, p.createdAt, REFERENCE_TIME)),
  ]);
}

function emitAddresses(ctx: GenContext, p: Person): void {
  const { prng } = p;
  const given = p.fixture?.addresses;
  const count = given ? given.length : prng.weighted([1, 2, 3], [55, 30, 15]);
  for (let i = 0; i < count; i += 1) {
    const place = prng.pick(p.pool.places);
    const fixed = given?.[i];
    const kind =
      fixed?.kind ??
      (i === 0 ? (prng.chance(0.6) ? 'home' : 'shipping') : i === 1 ? 'billing' : 'shipping');
    const address: PersonAddress = {
      kind,
      recipient: p.fullName,
      line1: fixed?.line1 ?? prng.pick(p.pool.line1s),
      city: fixed?.city ?? place.city,
      postalCode: fixed?.postalCode ?? place.postalCode,
      country: fixed?.country ?? p.locale.country,
    };
    const line2 = fixed
      ? (fixed.line2 ?? null)
      : prng.chance(0.3)
        ? prng.pick(p.pool.line2s)
        : null;
    const region = fixed ? (fixed.region ?? null) : place.region;
    const createdAt = i === 0 ? p.createdAt : between(prng, p.createdAt, REFERENCE_TIME);
    ctx.emit('addresses', [
      nextId(ctx, 'addresses'),
      p.customerId,
      address.kind,
      address.recipient,
      address.line1,
      line2,
      address.city,
      region,
      address.postalCode,
      address.country,
      i === 0,
      iso(createdAt),
    ]);
    p.addresses.push(address);
  }
}
