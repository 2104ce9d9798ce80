/**
 * A small valid data map document for the unit tests: an account found by email, a retained
 * child, a two-hop path, a table linked both ways and a table without personal data. Each call
 * returns a fresh copy, so a test may change it.
 */
// Tests edit the document as freely as an admin edits YAML, so it is loosely typed on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataMapDocument = Record<string, any>;

export function validDataMapDocument(): DataMapDocument {
  const art30 = {
    purpose: 'Run the shop.',
    legal_basis: 'contract',
    recipients: ['cloud_host'],
    retention: { description: 'While the account is open.', period: 'P3Y' },
    source: 'data_subject',
  };
  // Through JSON so no two tables share an object (structuredClone would keep the sharing).
  return JSON.parse(
    JSON.stringify({
      version: 1,
      recipients: { cloud_host: { name: 'Cloud host', role: 'processor' } },
      systems: {
        shop: {
          connector: 'postgres',
          connection_env: 'SHOP_DATABASE_URL',
          tables: {
            products: {
              primary_key: 'id',
              fields: { id: { category: 'none' }, name: { category: 'none' } },
            },
            customers: {
              primary_key: 'id',
              link: { identity: { email: 'email' } },
              data_points: { name: ['first_name', 'last_name'], phone: 'phone' },
              ...art30,
              erasure: { action: 'deidentify', reason: 'Orders reference it.' },
              fields: {
                id: { category: 'none' },
                email: { category: 'email', erasure: 'hash' },
                first_name: { category: 'name', correctable: true, erasure: 'mask' },
                last_name: { category: 'name', correctable: true, erasure: 'mask' },
                phone: { category: 'phone', correctable: true, erasure: 'set_null' },
              },
            },
            orders: {
              primary_key: 'id',
              link: { via: 'customers', column: 'customer_id' },
              ...art30,
              erasure: {
                action: 'retain',
                legal_basis: 'Tax law.',
                period: 'P7Y',
                reason: 'Sales records.',
              },
              fields: {
                id: { category: 'none' },
                customer_id: { category: 'none' },
                product_id: { category: 'none', foreign_key: 'products.id' },
                ship_name: { category: 'name', erasure: 'mask' },
              },
            },
            sessions: {
              primary_key: 'id',
              link: { via: 'customers', column: 'customer_id' },
              ...art30,
              erasure: { action: 'delete' },
              fields: {
                id: { category: 'none' },
                customer_id: { category: 'none' },
                ip_address: { category: 'ip_address' },
              },
            },
            page_views: {
              primary_key: 'id',
              link: { via: 'sessions', column: 'session_id' },
              ...art30,
              erasure: { action: 'delete' },
              fields: {
                id: { category: 'none' },
                session_id: { category: 'none' },
                url: { category: 'session_activity' },
              },
            },
            subscriptions: {
              primary_key: 'id',
              link: { identity: { email: 'email' }, via: 'customers', column: 'customer_id' },
              marketing: {
                status: 'status',
                subscribed_value: 'subscribed',
                unsubscribed_value: 'unsubscribed',
                ended_at: 'ended_at',
              },
              ...art30,
              legal_basis: 'consent',
              erasure: { action: 'delete' },
              fields: {
                id: { category: 'none' },
                customer_id: { category: 'none' },
                email: { category: 'email' },
                status: { category: 'marketing_subscriptions' },
                ended_at: { category: 'marketing_subscriptions' },
              },
            },
          },
        },
      },
    }),
  ) as DataMapDocument;
}
