import { PostgresConnector, type SubjectLocation } from '@rightsdesk/connectors';
import { Pool } from 'pg';
import {
  changingShopDatabaseUrl,
  fixtureEmail,
  seedChangingShop,
  snapshot,
} from './changing-shop.support';
import { loadShopSystem } from './shop-lookup.support';

// These tests change people's consents: a shop of their own, seeded afresh.
const DATABASE_URL = changingShopDatabaseUrl('consent');
const AT = new Date('2026-03-01T12:00:00.000Z');

type Rows = Record<string, Record<string, unknown>[]>;

describe('PostgresConnector.withdrawConsent', () => {
  let pool: Pool;
  let connector: PostgresConnector;

  beforeAll(async () => {
    await seedChangingShop(DATABASE_URL);
    pool = new Pool({ connectionString: DATABASE_URL, max: 4 });
    connector = new PostgresConnector(await loadShopSystem(), pool);
  }, 180_000);

  afterAll(async () => {
    await pool.end();
  });

  const changedOf = (receipt: { tables: { table: string; rowsChanged: number }[] }) =>
    Object.fromEntries(receipt.tables.map((entry) => [entry.table, entry.rowsChanged]));

  /** Withdraws, checks the second run changes nothing, and returns the rows before and after. */
  const withdrawTwice = async (location: SubjectLocation, purposes: 'all' | string[]) => {
    const before: Rows = await snapshot(connector, location);
    const receipt = await connector.withdrawConsent(location, purposes, AT);
    const after: Rows = await snapshot(connector, location);
    const again = await connector.withdrawConsent(location, purposes, new Date());
    expect(again.tables.every((entry) => entry.rowsChanged === 0)).toBe(true);
    expect(await snapshot(connector, location)).toEqual(after);
    return { before, after, changed: changedOf(receipt) };
  };

  it('withdraws every consent, ends every subscription and clears every flag', async () => {
    // Found by the lower-case spelling of an email stored with capitals.
    const location = await connector.locate({ email: 'grace.omalley@example.com' });
    const { before, after, changed } = await withdrawTwice(location, 'all');

    const granted = (before.consents ?? []).filter((row) => row.granted === true);
    const subscribed = (before.marketing_subscriptions ?? []).filter(
      (row) => row.status !== 'unsubscribed',
    );
    const flagged = (before.cookie_preferences ?? []).filter(
      (row) => row.analytics || row.marketing || row.personalization,
    );
    expect([granted.length, subscribed.length, flagged.length].every((n) => n > 0)).toBe(true);
    expect(changed).toEqual({
      consents: granted.length,
      marketing_subscriptions: subscribed.length,
      cookie_preferences: flagged.length,
    });

    expect(after.consents).toEqual(
      before.consents?.map((row) =>
        row.granted ? { ...row, granted: false, withdrawn_at: AT.toISOString() } : row,
      ),
    );
    expect(after.marketing_subscriptions).toEqual(
      before.marketing_subscriptions?.map((row) =>
        row.status === 'unsubscribed'
          ? row
          : { ...row, status: 'unsubscribed', unsubscribed_at: AT.toISOString() },
      ),
    );
    for (const row of after.cookie_preferences ?? []) {
      expect(row).toMatchObject({ analytics: false, marketing: false, personalization: false });
    }
    expect(
      after.cookie_preferences?.filter((row) => row.updated_at === AT.toISOString()),
    ).toHaveLength(flagged.length);
    // Nothing else about the person changed.
    for (const table of connector
      .tables()
      .filter(
        (name) => !['consents', 'marketing_subscriptions', 'cookie_preferences'].includes(name),
      ))
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
  });

  it('ends the subscriptions of a person with only a newsletter sign-up', async () => {
    const location = await connector.locate({ email: fixtureEmail('newsletter-only') });
    expect(location.roots.customers).toEqual([]);
    const { before, after, changed } = await withdrawTwice(location, 'all');
    const subscribed = (before.marketing_subscriptions ?? []).filter(
      (row) => row.status === 'subscribed',
    );
    expect(subscribed.length).toBeGreaterThan(0);
    expect(changed).toEqual({
      consents: 0,
      marketing_subscriptions: subscribed.length,
      cookie_preferences: 0,
    });
    expect(after.marketing_subscriptions?.map((row) => [row.status, row.unsubscribed_at])).toEqual(
      before.marketing_subscriptions?.map(() => ['unsubscribed', AT.toISOString()]),
    );
  });

  it('withdraws only the named purpose and leaves the rest in force', async () => {
    const location = await connector.locate({ email: fixtureEmail('greek-name') });
    const { before, after, changed } = await withdrawTwice(location, ['analytics']);
    const analytics = (before.consents ?? []).filter(
      (row) => row.purpose === 'analytics' && row.granted === true,
    );
    expect(analytics.length).toBeGreaterThan(0);
    expect(before.consents?.some((row) => row.purpose !== 'analytics' && row.granted)).toBe(true);
    expect(changed).toEqual({
      consents: analytics.length,
      cookie_preferences: before.cookie_preferences?.filter((row) => row.analytics).length,
    });
    expect(after.consents).toEqual(
      before.consents?.map((row) =>
        row.purpose === 'analytics' && row.granted
          ? { ...row, granted: false, withdrawn_at: AT.toISOString() }
          : row,
      ),
    );
    expect(after.cookie_preferences).toEqual(
      before.cookie_preferences?.map((row) =>
        row.analytics ? { ...row, analytics: false, updated_at: AT.toISOString() } : row,
      ),
    );
    expect(after.marketing_subscriptions).toEqual(before.marketing_subscriptions);
  });
});
