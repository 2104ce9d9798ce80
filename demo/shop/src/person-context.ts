import { CopyValue } from './copy-text';
import { ShopTable } from './copy-columns';
import { ShopFixturePerson } from './fixture-person';
import { Prng } from './prng';
import { SHOP_REFERENCE_DATE } from './seed-defaults';
import { LocalePool, SeedPools } from './seed-pools';
import { ShopLocale } from './shop-locales';

/** Receives one generated row for a table, in COPY_COLUMNS order. */
export type Emit = (table: ShopTable, row: readonly CopyValue[]) => void;

/** Shared by every person: where rows go and the last id used per table. */
export interface GenContext {
  seed: number;
  pools: SeedPools;
  /** Every URL a page view may show, built once from the products. */
  urls: string[];
  emit: Emit;
  ids: Record<ShopTable, number>;
}

export interface PersonAddress {
  kind: 'shipping' | 'billing' | 'home';
  recipient: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface OrderSummary {
  number: string;
  placedAt: number;
  productIds: number[];
  shipped: boolean;
}

/** One account holder while their rows are generated; dropped once they are written. */
export interface Person {
  index: number;
  prng: Prng;
  fixture: ShopFixturePerson | undefined;
  customerId: number;
  locale: ShopLocale;
  pool: LocalePool;
  firstName: string;
  lastName: string;
  fullName: string;
  email: string;
  phone: string | null;
  createdAt: number;
  addresses: PersonAddress[];
  orders: OrderSummary[];
  sessionCount: number;
  newsletterLists: string[];
}

export const REFERENCE_TIME = Date.parse(SHOP_REFERENCE_DATE);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function nextId(ctx: GenContext, table: ShopTable): number {
  ctx.ids[table] += 1;
  return ctx.ids[table];
}

/** A timestamp uniformly between `from` and `to` (ms), whole seconds like an app would store. */
export function between(prng: Prng, from: number, to: number): number {
  return Math.floor((from + prng.next() * Math.max(0, to - from)) / 1000) * 1000;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const dayCache = new Map<number, string>();

/**
 * An ISO-8601 UTC timestamp (milliseconds only when non-zero). Date#toISOString took 40% of
 * the seeder's time at a million people; the date part repeats, so it is cached per day.
 */
export function iso(ms: number): string {
  const day = Math.floor(ms / DAY);
  let date = dayCache.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 10);
    dayCache.set(day, date);
  }
  let rest = Math.floor(ms) - day * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const time = `${date}T${PAD2[hours]}:${PAD2[minutes]}:${PAD2[seconds]}`;
  return millis === 0 ? time + 'Z' : `${time}.${String(millis).padStart(3, '0')}Z`;
}

/** Replaces {name} placeholders; unknown names are left as they are. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
