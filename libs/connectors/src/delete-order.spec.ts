import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foreignKeysOf, linkedTables, mappedSystem, parseDataMap } from '@rightsdesk/data-map';
import { deleteOrder } from './delete-order';

const map = parseDataMap(
  readFileSync(resolve(__dirname, '../../../data-map/shop.v1.yaml'), 'utf8'),
);
const shop = mappedSystem(map, 'shop');
const analytics = mappedSystem(map, 'analytics');
const deletedIn = (system: typeof shop) =>
  linkedTables(system).filter((table) => system.tables[table]?.erasure?.action === 'delete');
const deleted = deletedIn(shop);

describe(deleteOrder.name, () => {
  it('deletes the shop tables children first, otherwise in map order', () => {
    expect(deleteOrder(shop, deleted)).toEqual([
      'customer_profiles',
      'addresses',
      'support_messages',
      'email_log',
      'comments',
      'feedback',
      'product_reviews',
      'recommendations',
      'marketing_subscriptions',
      'consent_events',
      'consents',
      'cookie_preferences',
    ]);
  });

  it.each(
    [shop, analytics].flatMap((system) =>
      foreignKeysOf(system)
        .filter(
          (key) =>
            deletedIn(system).includes(key.table) &&
            deletedIn(system).includes(key.references.table),
        )
        .map(
          (key) => [`${key.table}.${key.column}`, system, key.table, key.references.table] as const,
        ),
    ),
  )('deletes %s before the row it references', (_key, system, child, parent) => {
    const order = deleteOrder(system, deletedIn(system));
    expect(order.indexOf(child)).toBeLessThan(order.indexOf(parent));
  });

  it('puts a child first even when it is given last', () => {
    expect(deleteOrder(analytics, ['sessions', 'page_views'])).toEqual(['page_views', 'sessions']);
  });

  it('refuses foreign keys that form a cycle', () => {
    const sessions = analytics.tables.sessions;
    if (!sessions) throw new Error('the analytics map has no sessions table');
    const cyclic = {
      ...analytics,
      tables: {
        ...analytics.tables,
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
