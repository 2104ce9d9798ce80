import { foreignKeysOf, linkedTables, linkPath, resolveLink } from './link-graph';
import { mappedSystem } from './mapped-system';
import { validateDataMap } from './validate-data-map';
import { validDataMapDocument } from './valid-data-map.fixture';

describe('link graph', () => {
  const map = validateDataMap(validDataMapDocument());
  const shop = mappedSystem(map, 'shop');

  it('fills in the parent primary key a via link references by default', () => {
    expect(resolveLink(shop, 'page_views')).toEqual({
      via: { table: 'sessions', column: 'session_id', references: 'id' },
    });
    expect(resolveLink(shop, 'subscriptions')).toEqual({
      identity: { email: 'email' },
      via: { table: 'customers', column: 'customer_id', references: 'id' },
    });
    expect(resolveLink(shop, 'products')).toBeUndefined();
  });

  it('walks a multi-hop path up to the identity table', () => {
    expect(linkPath(shop, 'page_views')).toEqual({
      tables: ['page_views', 'sessions', 'customers'],
      cycle: false,
    });
  });

  it('lists linked tables and every foreign key the map states', () => {
    expect(linkedTables(shop)).toEqual([
      'customers',
      'orders',
      'sessions',
      'page_views',
      'subscriptions',
    ]);
    expect(
      foreignKeysOf(shop).map(
        (key) => `${key.table}.${key.column} -> ${key.references.table}.${key.references.column}`,
      ),
    ).toEqual([
      'orders.customer_id -> customers.id',
      'orders.product_id -> products.id',
      'sessions.customer_id -> customers.id',
      'page_views.session_id -> sessions.id',
      'subscriptions.customer_id -> customers.id',
    ]);
  });

  it('names the systems a map has when asked for another', () => {
    expect(() => mappedSystem(map, 'crm')).toThrow(
      'data map version 1 has no system "crm" (systems: shop)',
    );
  });
});
