import { PostgresConnector } from '@rightsdesk/connectors';
import { SHOP_FIXTURE_PEOPLE, SHOP_HOUSEHOLD_ADDRESS } from '@demo/shop';
import { Pool } from 'pg';
import { SourceRegistry } from '@rightsdesk/fulfilment';
import { readDataMapFile } from '@rightsdesk/data-map';
import { TEST_CONNECTIONS } from '../../support/test-env';
import {
  HAND_WRITTEN_ANALYTICS_LOOKUP,
  HAND_WRITTEN_LOOKUP,
  SHOP_MAP_PATH,
  handWrittenAnalyticsIds,
  handWrittenIds,
  streamAll,
  streamedIds,
} from './shop-lookup.support';
import { emailOf, shopConnectors } from './postgres-connector.support';

describe(PostgresConnector.name, () => {
  const scenario = shopConnectors();
  const { locate, locateAnalytics } = scenario;
  let pool: Pool;
  let analyticsPool: Pool;
  let connector: PostgresConnector;
  let analytics: PostgresConnector;
  beforeAll(() => {
    ({ pool, analyticsPool, connector, analytics } = scenario);
  });

  it('has a hand-written look-up for every linked table', () => {
    expect(connector.tables().sort()).toEqual(Object.keys(HAND_WRITTEN_LOOKUP).sort());
    expect(analytics.tables().sort()).toEqual(Object.keys(HAND_WRITTEN_ANALYTICS_LOOKUP).sort());
  });

  it.each(SHOP_FIXTURE_PEOPLE.map((person) => [person.key, person.email] as const))(
    "finds all of %s's rows in every table and nobody else's",
    async (_key, email) => {
      const location = await connector.locate({ email });
      expect(location.found).toBe(true);
      let rows = 0;
      for (const table of connector.tables()) {
        const expected = await handWrittenIds(pool, table, email);
        expect({ table, ids: await streamedIds(connector, location, table) }).toEqual({
          table,
          ids: expected,
        });
        rows += expected.length;
      }
      const inAnalytics = await locateAnalytics(email);
      for (const table of analytics.tables()) {
        const expected = await handWrittenAnalyticsIds(pool, analyticsPool, table, email);
        expect({ table, ids: await streamedIds(analytics, inAnalytics, table) }).toEqual({
          table,
          ids: expected,
        });
      }
      expect(rows).toBeGreaterThan(1);
    },
  );

  it('counts the same rows it streams', async () => {
    const email = emailOf('many-addresses');
    const counts = await connector.countRows(await connector.locate({ email }));
    for (const table of connector.tables()) {
      expect({ table, count: counts[table] }).toEqual({
        table,
        count: (await handWrittenIds(pool, table, email)).length,
      });
    }
    expect(counts.addresses).toBe(7);
  });

  it('matches the email case-insensitively, however it is typed', async () => {
    const stored = await locate('mixed-case-email');
    for (const typed of [
      'grace.omalley@example.com',
      'GRACE.OMALLEY@EXAMPLE.COM',
      '  Grace.OMalley@example.com ',
    ]) {
      const location = await connector.locate({ email: typed });
      expect(location.roots.customers).toEqual(stored.roots.customers);
      expect(location.roots.customers).toHaveLength(1);
    }
  });

  it('streams all 3,000 sessions and every page view of the heaviest visitor from the analytics database', async () => {
    const email = emailOf('thousands-of-sessions');
    const location = await locateAnalytics(email);
    const sessions = await streamedIds(analytics, location, 'sessions');
    expect(sessions).toHaveLength(3000);
    const pageViews = await streamedIds(analytics, location, 'page_views');
    expect(pageViews).toEqual(
      await handWrittenAnalyticsIds(pool, analyticsPool, 'page_views', email),
    );
    expect(pageViews.length).toBeGreaterThan(3000);
  });

  it('finds the analytics rows through the shop account, as the source registry wires it', async () => {
    const sources = new SourceRegistry(await readDataMapFile(SHOP_MAP_PATH), TEST_CONNECTIONS);
    try {
      const email = emailOf('household-a');
      const location = await sources.locate('analytics', { email });
      expect(location.roots).toEqual({
        'shop.customers': (await locate('household-a')).roots.customers,
      });
      expect(await sources.connector('analytics').countRows(location)).toEqual({
        sessions: (await handWrittenAnalyticsIds(pool, analyticsPool, 'sessions', email)).length,
        page_views: (await handWrittenAnalyticsIds(pool, analyticsPool, 'page_views', email))
          .length,
      });
      const nobody = await sources.locate('analytics', { email: 'nobody@example.invalid' });
      expect(nobody.found).toBe(false);
      expect(await sources.connector('analytics').countRows(nobody)).toEqual({
        sessions: 0,
        page_views: 0,
      });
    } finally {
      await sources.close();
    }
  });

  it('returns the client to the pool when a consumer stops reading early', async () => {
    const location = await locateAnalytics(emailOf('thousands-of-sessions'));
    let read = 0;
    for await (const _row of analytics.streamTable(location, 'page_views')) {
      read += 1;
      if (read === 10) break;
    }
    expect(read).toBe(10);
    expect(analyticsPool.totalCount - analyticsPool.idleCount).toBe(0);
    expect((await streamAll(analytics, location, 'sessions')).length).toBe(3000);
  });

  it('returns JSON-safe values: ids as strings, timestamps as ISO 8601, IP addresses as text', async () => {
    const location = await locate('household-a');
    const [session] = await streamAll(
      analytics,
      await locateAnalytics(emailOf('household-a')),
      'sessions',
    );
    const [customer] = await streamAll(connector, location, 'customers');
    expect(session).toBeDefined();
    expect(typeof session?.id).toBe('string');
    expect(session?.started_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(typeof session?.ip_address).toBe('string');
    expect(Object.keys(session ?? {}).sort()).toEqual(
      Object.keys(analytics.system.tables.sessions?.fields ?? {}).sort(),
    );
    for (const row of [session, customer]) expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });

  it('keeps the two members of one household apart', async () => {
    const a = await locate('household-a');
    const b = await locate('household-b');
    for (const table of connector.tables()) {
      const rowsOfA = new Set(await streamedIds(connector, a, table));
      const overlap = (await streamedIds(connector, b, table)).filter((id) => rowsOfA.has(id));
      expect({ table, overlap }).toEqual({ table, overlap: [] });
    }
    // Both hold the shared address: it corroborates each of them, and finds neither.
    const address = {
      line1: SHOP_HOUSEHOLD_ADDRESS.line1,
      postalCode: SHOP_HOUSEHOLD_ADDRESS.postalCode,
    };
    const withAddress = await connector.locate({
      email: emailOf('household-a'),
      postalAddress: address,
    });
    expect(withAddress.dataPoints.postalAddress).toBe('matched');
    expect(withAddress.roots).toEqual(a.roots);
  });

  it('keeps near-namesakes apart and does not let a similar name corroborate', async () => {
    const jon = await connector.locate({ email: emailOf('similar-name-jon'), name: 'John Smith' });
    const john = await connector.locate({
      email: emailOf('similar-name-john'),
      name: 'John Smith',
    });
    expect(jon.dataPoints.name).toBe('not_matched');
    expect(john.dataPoints.name).toBe('matched');
    for (const table of connector.tables()) {
      const rowsOfJon = new Set(await streamedIds(connector, jon, table));
      const overlap = (await streamedIds(connector, john, table)).filter((id) => rowsOfJon.has(id));
      expect({ table, overlap }).toEqual({ table, overlap: [] });
    }
  });

  it('finds the newsletter-only person, who has no account, by the sign-up email', async () => {
    const location = await locate('newsletter-only');
    expect(location.found).toBe(true);
    expect(location.roots.customers).toEqual([]);
    const signUps = await streamAll(connector, location, 'marketing_subscriptions');
    expect(signUps.length).toBeGreaterThan(0);
    for (const row of signUps) expect(row).toMatchObject({ customer_id: null });
    const counts = await connector.countRows(location);
    expect(Object.entries(counts).filter(([, count]) => count > 0)).toEqual([
      ['marketing_subscriptions', signUps.length],
    ]);
  });

  it('finds nothing for an unknown email', async () => {
    const location = await connector.locate({
      email: 'nobody.at.all@example.invalid',
      name: 'No Body',
    });
    expect(location).toEqual({
      system: 'shop',
      found: false,
      roots: { customers: [], marketing_subscriptions: [] },
      dataPoints: {
        name: 'not_held',
        phone: 'not_provided',
        postalAddress: 'not_provided',
        orderNumber: 'not_provided',
      },
    });
    expect(Object.values(await connector.countRows(location)).every((count) => count === 0)).toBe(
      true,
    );
    expect(await streamAll(connector, location, 'customers')).toEqual([]);
  });
});
