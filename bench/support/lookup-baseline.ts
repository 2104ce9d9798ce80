import type { Pool } from 'pg';

// The hand-written look-up a careful engineer would write for the shop: one query per table,
// explicit joins from the email, using the same indexes. The connector is measured against it.
// (Sessions and page views live in the analytics database since the map has two; this
// benchmark measures the shop's own database.)
const viaCustomer = (table: string): string =>
  `SELECT x.* FROM ${table} x JOIN customers c ON c.id = x.customer_id WHERE lower(c.email) = lower($1)`;

export const LOOKUP_BASELINE_SQL: Record<string, string> = {
  customers: 'SELECT * FROM customers WHERE lower(email) = lower($1)',
  customer_profiles: viaCustomer('customer_profiles'),
  addresses: viaCustomer('addresses'),
  orders: viaCustomer('orders'),
  order_items: `SELECT oi.* FROM order_items oi JOIN orders o ON o.id = oi.order_id
                JOIN customers c ON c.id = o.customer_id WHERE lower(c.email) = lower($1)`,
  payments: viaCustomer('payments'),
  support_messages: viaCustomer('support_messages'),
  email_log: viaCustomer('email_log'),
  comments: viaCustomer('comments'),
  feedback: viaCustomer('feedback'),
  product_reviews: viaCustomer('product_reviews'),
  recommendations: viaCustomer('recommendations'),
  marketing_subscriptions: `SELECT m.* FROM marketing_subscriptions m WHERE lower(m.email) = lower($1)
                            UNION SELECT m.* FROM marketing_subscriptions m JOIN customers c ON c.id = m.customer_id
                            WHERE lower(c.email) = lower($1)`,
  consents: viaCustomer('consents'),
  cookie_preferences: viaCustomer('cookie_preferences'),
};

/** Runs the baseline for one person; returns rows per table. */
export async function runLookupBaseline(
  pool: Pool,
  email: string,
): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const [table, sql] of Object.entries(LOOKUP_BASELINE_SQL)) {
    rows[table] = (await pool.query(sql, [email])).rowCount ?? 0;
  }
  return rows;
}
