import { resolve } from 'node:path';
import { mappedSystem, readDataMapFile, type MappedSystem } from '@rightsdesk/data-map';
import type { PostgresConnector, SubjectLocation } from '@rightsdesk/connectors';
import type { Pool } from 'pg';

export const SHOP_MAP_PATH = resolve(__dirname, '../../../data-map/shop.v1.yaml');

export async function loadShopSystem(): Promise<MappedSystem> {
  return mappedSystem(await readDataMapFile(SHOP_MAP_PATH), 'shop');
}

/** The demo's second database: sessions and page views, found through the shop's customer id. */
export async function loadAnalyticsSystem(): Promise<MappedSystem> {
  return mappedSystem(await readDataMapFile(SHOP_MAP_PATH), 'analytics');
}

// The same look-up written by hand, one query per table with explicit joins from the email, as
// an engineer who knows the schema would. The connector must return exactly these rows.
const viaCustomer = (table: string, key = 'id'): string =>
  `SELECT x.${key}::text AS id FROM ${table} x JOIN customers c ON c.id = x.customer_id WHERE lower(c.email) = lower($1)`;

export const HAND_WRITTEN_LOOKUP: Record<string, string> = {
  customers: 'SELECT id::text AS id FROM customers WHERE lower(email) = lower($1)',
  customer_profiles: viaCustomer('customer_profiles', 'customer_id'),
  addresses: viaCustomer('addresses'),
  orders: viaCustomer('orders'),
  order_items: `SELECT oi.id::text AS id FROM order_items oi JOIN orders o ON o.id = oi.order_id
                JOIN customers c ON c.id = o.customer_id WHERE lower(c.email) = lower($1)`,
  payments: viaCustomer('payments'),
  support_messages: viaCustomer('support_messages'),
  email_log: viaCustomer('email_log'),
  comments: viaCustomer('comments'),
  feedback: viaCustomer('feedback'),
  product_reviews: viaCustomer('product_reviews'),
  recommendations: viaCustomer('recommendations'),
  marketing_subscriptions: `SELECT m.id::text AS id FROM marketing_subscriptions m LEFT JOIN customers c ON c.id = m.customer_id
                            WHERE lower(m.email) = lower($1) OR lower(c.email) = lower($1)`,
  consents: viaCustomer('consents'),
  consent_events: `SELECT e.id::text AS id FROM consent_events e JOIN consents k ON k.id = e.consent_id
                   JOIN customers c ON c.id = k.customer_id WHERE lower(c.email) = lower($1)`,
  cookie_preferences: viaCustomer('cookie_preferences'),
};

/**
 * The analytics database by hand: the person's customer ids from the shop first (no join can
 * cross databases), then the rows that hold them.
 */
export const HAND_WRITTEN_ANALYTICS_LOOKUP: Record<string, string> = {
  sessions: 'SELECT id::text AS id FROM sessions WHERE customer_id = ANY($1::bigint[])',
  page_views: `SELECT pv.id::text AS id FROM page_views pv JOIN sessions s ON s.id = pv.session_id
               WHERE s.customer_id = ANY($1::bigint[])`,
};

export async function handWrittenIds(pool: Pool, table: string, email: string): Promise<string[]> {
  const sql = HAND_WRITTEN_LOOKUP[table];
  if (!sql) throw new Error(`no hand-written look-up for ${table}`);
  const result = await pool.query<{ id: string }>(sql, [email]);
  return result.rows.map((row) => row.id).sort();
}

export async function handWrittenAnalyticsIds(
  shop: Pool,
  analytics: Pool,
  table: string,
  email: string,
): Promise<string[]> {
  const sql = HAND_WRITTEN_ANALYTICS_LOOKUP[table];
  if (!sql) throw new Error(`no hand-written look-up for analytics ${table}`);
  const customers = await handWrittenIds(shop, 'customers', email);
  const result = await analytics.query<{ id: string }>(sql, [customers]);
  return result.rows.map((row) => row.id).sort();
}

/** Every row the connector streams for the person from one table. */
export async function streamAll(
  connector: PostgresConnector,
  location: SubjectLocation,
  table: string,
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const row of connector.streamTable(location, table)) rows.push(row);
  return rows;
}

export async function streamedIds(
  connector: PostgresConnector,
  location: SubjectLocation,
  table: string,
): Promise<string[]> {
  const key = connector.system.tables[table]?.primary_key ?? 'id';
  return (await streamAll(connector, location, table)).map((row) => String(row[key])).sort();
}
