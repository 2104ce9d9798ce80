import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataCategory } from './data-category';
import type { DataMap } from './data-map.schema';
import { parseDataMap } from './load-data-map';
import { mappedSystem, systemsOf } from './mapped-system';

const SHOP_MAP_PATH = resolve(__dirname, '../../../data-map/shop.v1.yaml');

// Every kind of personal information the company's privacy policy names, in its own words,
// with the category that carries it. An access response must be able to account for each.
const POLICY_NAMES: [string, DataCategory][] = [
  ['Internet protocol (IP) address', 'ip_address'],
  ['login', 'login'],
  ['e-mail address', 'email'],
  ['password', 'password'],
  ['computer and connection information', 'connection_info'],
  ['purchase history', 'purchase_history'],
  ['session information', 'session_activity'],
  ['page response times', 'page_response_times'],
  ['length of visits to certain pages', 'visit_length'],
  ['page interaction information', 'page_interactions'],
  ['methods used to browse away from the page', 'exit_method'],
  ['name', 'name'],
  ['communications', 'communications'],
  ['payment details (including credit card information)', 'payment_details'],
  ['comments', 'comments'],
  ['feedback', 'feedback'],
  ['product reviews', 'product_reviews'],
  ['recommendations', 'recommendations'],
  ['personal profile', 'profile'],
  ['address', 'postal_address'],
  ['subscription to our mailing list', 'marketing_subscriptions'],
  ['telephone, text messages', 'phone'],
  ['member preferences and settings (cookies)', 'cookie_preferences'],
  ['withdrawing consent', 'consents'],
];

function fieldsOf(
  map: DataMap,
): { table: string; column: string; category: DataCategory; disclosure: unknown }[] {
  return systemsOf(map, 'postgres').flatMap((system) =>
    Object.entries(system.tables).flatMap(([table, definition]) =>
      Object.entries(definition.fields).map(([column, field]) => ({ table, column, ...field })),
    ),
  );
}

describe('data-map/shop.v1.yaml', () => {
  const map = parseDataMap(readFileSync(SHOP_MAP_PATH, 'utf8'), SHOP_MAP_PATH);
  const fields = fieldsOf(map);

  it('validates', () => {
    expect(map.version).toBe(2);
    expect(Object.keys(mappedSystem(map, 'shop').tables ?? {})).toHaveLength(17);
    // The demo's second database: found through the shop's customer id, no foreign key between.
    expect(Object.keys(mappedSystem(map, 'analytics').tables)).toEqual(['sessions', 'page_views']);
    expect(mappedSystem(map, 'analytics').tables.sessions?.link).toEqual({
      system: 'shop',
      via: 'customers',
      column: 'customer_id',
    });
  });

  it.each(POLICY_NAMES)('holds a field for the policy\'s "%s"', (_phrase, category) => {
    expect(fields.filter((field) => field.category === category)).not.toHaveLength(0);
  });

  it('withholds the secrets it states as held (regs 7024(d))', () => {
    const withheld = fields
      .filter((field) => field.disclosure === 'withhold')
      .map((field) => `${field.table}.${field.column}`);
    expect(withheld.sort()).toEqual(['customers.password_hash', 'payments.processor_token']);
  });

  it('keeps the purchase record for tax law and de-identifies the account it references', () => {
    const tables = mappedSystem(map, 'shop').tables;
    for (const name of ['orders', 'order_items', 'payments']) {
      expect(tables?.[name]?.erasure).toMatchObject({ action: 'retain', period: 'P7Y' });
    }
    expect(tables?.customers?.erasure?.action).toBe('deidentify');
  });

  it('finds newsletter sign-ups by their own email as well as through the account', () => {
    expect(mappedSystem(map, 'shop').tables.marketing_subscriptions?.link).toEqual({
      identity: { email: 'email' },
      via: 'customers',
      column: 'customer_id',
    });
  });
});
