import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foreignKeysOf, linkedTables, mappedSystem, parseDataMap } from '@rightsdesk/data-map';
import { deleteOrder } from './delete-order';

const shop = mappedSystem(
  parseDataMap(readFileSync(resolve(__dirname, '../../../data-map/shop.v1.yaml'), 'utf8')),
  'shop',
);
const deleted = linkedTables(shop).filter(
  (table) => shop.tables[table]?.erasure?.action === 'delete',
);

describe(deleteOrder.name, () => {
  it('deletes the shop tables children first, otherwise in map order', () => {
    expect(deleteOrder(shop, deleted)).toEqual([
      'customer_profiles',
      'addresses',
      'page_views',
      'sessions',
      'support_messages',
      'email_log',
      'comments',
      'feedback',
      'product_reviews',
      'recommendations',
      'marketing_subscriptions',
      'consents',
      'cookie_preferences',
    ]);
  });

  it.each(
    foreignKeysOf(shop)
      .filter((key) => deleted.includes(key.table) && deleted.includes(key.references.table))
      .map((key) => [`${key.table}.${key.column}`, key.table, key.references.table] as const),
  )('deletes %s before the row it references', (_key, child, parent) => {
    const order = deleteOrder(shop, deleted);
    expect(order.indexOf(child)).toBeLessThan(order.indexOf(parent));
  });

  it('puts a child first even when it is given last', () => {
    expect(deleteOrder(shop, ['customers', 'sessions', 'page_views'])).toEqual([
      'page_views',
      'sessions',
      'customers',
    ]);
  });

  it('refuses foreign keys that form a cycle', () => {
    const sessions = shop.tables.sessions;
    if (!sessions) throw new Error('the shop map has no sessions table');
    const cyclic = {
      ...shop,
      tables: {
        ...shop.tables,
        sessions: {
          ...sessions,
          fields: {
            ...sessions.fields,
            last_view_id: {
              category: 'none' as const,
              disclosure: 'disclose' as const,
              correctable: false,
              foreign_key: 'page_views.id',
            },
          },
        },
      },
    };
    expect(() => deleteOrder(cyclic, ['sessions', 'page_views'])).toThrow(
      'foreign keys form a cycle between tables sessions, page_views',
    );
  });
});
