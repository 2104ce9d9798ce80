import { createHash } from 'node:crypto';
import { findCardLikeNumbers } from '../../../test/support/card-number-scan';
import { COPY_COLUMNS, ShopTable } from './copy-columns';
import { CopyValue, copyRow } from './copy-text';
import { SHOP_FIXTURE_PEOPLE } from './fixture-people';
import { SHOP_DEFAULT_SEED } from './seed-defaults';
import { ShopGenerator } from './shop-generator';

type Rows = Record<ShopTable, CopyValue[][]>;

function generate(people: number, seed = SHOP_DEFAULT_SEED): Rows {
  const rows = Object.fromEntries(Object.keys(COPY_COLUMNS).map((t) => [t, []])) as unknown as Rows;
  const generator = new ShopGenerator(seed, (table, row) => {
    rows[table].push([...row]);
  });
  generator.products();
  for (let i = 0; i < people; i += 1) generator.person(i);
  return rows;
}

const digest = (rows: Rows): string => {
  const hash = createHash('sha256');
  for (const [table, list] of Object.entries(rows))
    for (const row of list) hash.update(table + copyRow(row));
  return hash.digest('hex');
};

const column = (rows: Rows, table: ShopTable, name: string): CopyValue[] => {
  const i = COPY_COLUMNS[table].indexOf(name);
  return rows[table].map((row) => row[i]);
};

describe('ShopGenerator', () => {
  const shop = generate(300);

  it('produces identical rows for the same seed and different rows for another', () => {
    expect(digest(generate(300))).toBe(digest(shop));
    expect(digest(generate(300, SHOP_DEFAULT_SEED + 1))).not.toBe(digest(shop));
  });

  it('gives the first people the same rows whatever the shop size', () => {
    const small = generate(60);
    expect(shop.customers.slice(0, small.customers.length)).toEqual(small.customers);
  });

  it('fills every table and writes rows as wide as the column lists', () => {
    for (const table of Object.keys(COPY_COLUMNS) as ShopTable[]) {
      expect(shop[table].length).toBeGreaterThan(0);
      for (const row of shop[table]) expect(row).toHaveLength(COPY_COLUMNS[table].length);
    }
  });

  it('includes every fixture person, the newsletter-only one without an account', () => {
    const emails = new Set(column(shop, 'customers', 'email'));
    for (const person of SHOP_FIXTURE_PEOPLE)
      expect(emails.has(person.email)).toBe(person.hasAccount);
    const reader = SHOP_FIXTURE_PEOPLE.find((p) => p.key === 'newsletter-only');
    const subscriptions = shop.marketing_subscriptions.filter((row) => row[2] === reader?.email);
    expect(subscriptions.length).toBeGreaterThan(0);
    for (const row of subscriptions) expect(row[1]).toBeNull();
  });

  it('keeps emails unique ignoring case, phones in E.164 and order numbers unique', () => {
    const emails = column(shop, 'customers', 'email').map((e) => String(e).toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const phone of column(shop, 'customers', 'phone')) {
      if (phone !== null) expect(phone).toMatch(/^\+[1-9]\d{7,11}$/);
    }
    const numbers = column(shop, 'orders', 'order_number');
    for (const n of numbers) expect(n).toMatch(/^SO-\d{6,}-[A-Z]{2}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('never writes anything that looks like a card number', () => {
    for (const list of Object.values(shop)) {
      for (const row of list) expect(findCardLikeNumbers(row.join('|'))).toEqual([]);
    }
    for (const last4 of column(shop, 'payments', 'card_last4')) expect(last4).toMatch(/^\d{4}$/);
  });
});
