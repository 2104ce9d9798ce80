import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mappedSystem, parseDataMap } from '@rightsdesk/data-map';
import { buildSubjectQuery } from './subject-query.builder';

const map = parseDataMap(
  readFileSync(resolve(__dirname, '../../../data-map/shop.v1.yaml'), 'utf8'),
);
const shop = mappedSystem(map, 'shop');
const analytics = mappedSystem(map, 'analytics');
const account = { customers: ['42'], marketing_subscriptions: [] };

describe(buildSubjectQuery.name, () => {
  it.each<[string, Record<string, string[]>, string, string | null, unknown[]]>([
    [
      'identity table by its own keys',
      account,
      'customers',
      'SELECT count(*) AS "count" FROM "customers" t0 WHERE t0."id" = ANY($1)',
      [['42']],
    ],
    [
      'one hop by the foreign key',
      account,
      'orders',
      'SELECT count(*) AS "count" FROM "orders" t0 WHERE t0."customer_id" = ANY($1)',
      [['42']],
    ],
    [
      'linked both ways matches either',
      { customers: ['42'], marketing_subscriptions: ['7', '9'] },
      'marketing_subscriptions',
      'SELECT count(*) AS "count" FROM "marketing_subscriptions" t0 WHERE (t0."id" = ANY($1) OR t0."customer_id" = ANY($2))',
      [['7', '9'], ['42']],
    ],
    [
      'newsletter-only person: only the sign-ups',
      { customers: [], marketing_subscriptions: ['7'] },
      'marketing_subscriptions',
      'SELECT count(*) AS "count" FROM "marketing_subscriptions" t0 WHERE t0."id" = ANY($1)',
      [['7']],
    ],
    [
      'newsletter-only person: no account tables',
      { customers: [], marketing_subscriptions: ['7'] },
      'orders',
      null,
      [],
    ],
    [
      'unknown person: nothing',
      { customers: [], marketing_subscriptions: [] },
      'customers',
      null,
      [],
    ],
    ['a table without a link: nothing', account, 'products', null, []],
  ])('%s', (_case, roots, table, text, values) => {
    const query = buildSubjectQuery(shop, table, roots, 'count');
    expect(query?.text ?? null).toBe(text);
    expect(query?.values ?? []).toEqual(values);
  });

  // The analytics database keeps the shop's customer id: the keys found there are compared.
  it.each<[string, Record<string, string[]>, string, string | null, unknown[]]>([
    [
      'another database: its keys, one hop',
      { 'shop.customers': ['42'] },
      'sessions',
      'SELECT count(*) AS "count" FROM "sessions" t0 WHERE t0."customer_id" = ANY($1)',
      [['42']],
    ],
    [
      'two hops: the parent keys first, then the index',
      { 'shop.customers': ['42'] },
      'page_views',
      'SELECT count(*) AS "count" FROM "page_views" t0 WHERE t0."session_id" = ANY(ARRAY(SELECT t1."id" FROM "sessions" t1 WHERE t1."customer_id" = ANY($1)))',
      [['42']],
    ],
    ['not in the shop: nothing', { 'shop.customers': [] }, 'page_views', null, []],
    ['no keys from the shop given: nothing', {}, 'sessions', null, []],
  ])('%s', (_case, roots, table, text, values) => {
    const query = buildSubjectQuery(analytics, table, roots, 'count');
    expect(query?.text ?? null).toBe(text);
    expect(query?.values ?? []).toEqual(values);
  });

  it('selects the mapped columns by name, quoted, never *', () => {
    const query = buildSubjectQuery(shop, 'payments', account, { columns: ['id', 'card_last4'] });
    expect(query?.text).toBe(
      'SELECT t0."id", t0."card_last4" FROM "payments" t0 WHERE t0."customer_id" = ANY($1)',
    );
  });

  it('refuses a name that is not a plain identifier', () => {
    expect(() =>
      buildSubjectQuery(shop, 'orders', account, { columns: ['id"; DROP TABLE orders; --'] }),
    ).toThrow('is not a valid SQL identifier');
  });
});
