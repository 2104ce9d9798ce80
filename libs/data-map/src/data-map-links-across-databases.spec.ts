import { type DataMapDocument } from './valid-data-map.fixture';
import { issuesOf, tables } from './data-map-issues.fixture';

type Doc = DataMapDocument;

/** The doc with sessions and page views moved to a second database, linked through the shop. */
function withAnalytics(d: Doc): Doc {
  const { sessions, page_views } = tables(d);
  delete tables(d).sessions;
  delete tables(d).page_views;
  sessions.link = { system: 'shop', via: 'customers', column: 'customer_id' };
  d.systems.analytics = {
    connector: 'postgres',
    connection_env: 'ANALYTICS_DATABASE_URL',
    tables: { sessions, page_views },
  };
  return d.systems.analytics.tables;
}
const A = 'systems.analytics.tables';

describe('data map links across databases', () => {
  it('accepts a table linked through another database by its primary key', () => {
    expect(issuesOf((d) => withAnalytics(d))).toEqual([]);
  });

  it.each<[string, (doc: Doc) => void, string, string]>([
    [
      'an unknown system',
      (d) => (withAnalytics(d).sessions.link.system = 'crm'),
      `${A}.sessions.link.system`,
      'unknown system "crm"',
    ],
    [
      'its own system',
      (d) => (withAnalytics(d).sessions.link.system = 'analytics'),
      `${A}.sessions.link.system`,
      'names this system; leave system out to link within one database',
    ],
    [
      'an unknown table there',
      (d) => (withAnalytics(d).sessions.link.via = 'customer'),
      `${A}.sessions.link.via`,
      'unknown table "customer" in system "shop"',
    ],
    [
      'a table there not found by identity',
      (d) => (withAnalytics(d).sessions.link.via = 'orders'),
      `${A}.sessions.link.via`,
      '"shop.orders" must find people by identity (an email link) to be linked from another database',
    ],
    [
      'another column than the primary key',
      (d) => (withAnalytics(d).sessions.link.references = 'email'),
      `${A}.sessions.link.references`,
      "not used with system: the other table's primary key is compared",
    ],
    [
      'no column',
      (d) => delete withAnalytics(d).sessions.link.column,
      `${A}.sessions.link.column`,
      'required with system',
    ],
  ])('refuses %s', (_case, change, path, message) => {
    expect(issuesOf(change)).toContainEqual({ path, message });
  });
});
