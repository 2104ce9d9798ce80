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

    const inForce = (row: Record<string, unknown>) => row.granted === true && !row.withdrawn_at;
    const granted = (before.consents ?? []).filter(inForce);
    // Given and withdrawn before, or in force: each gains a history entry.
    const concerned = (before.consents ?? []).filter((row) => row.granted || row.withdrawn_at);
    const subscribed = (before.marketing_subscriptions ?? []).filter(
      (row) => row.status !== 'unsubscribed',
    );
    const flagged = (before.cookie_preferences ?? []).filter(
      (row) => row.analytics || row.marketing || row.personalization,
    );
    expect([granted.length, subscribed.length, flagged.length].every((n) => n > 0)).toBe(true);
    expect(changed).toEqual({
      consents: granted.length,
      consent_events: concerned.length,
      marketing_subscriptions: subscribed.length,
      cookie_preferences: flagged.length,
    });

    expect(after.consents).toEqual(
      before.consents?.map((row) =>
        inForce(row) ? { ...row, granted: false, withdrawn_at: AT.toISOString() } : row,
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
        (name) =>
          !['consents', 'consent_events', 'marketing_subscriptions', 'cookie_preferences'].includes(
            name,
          ),
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
      consent_events: 0,
      marketing_subscriptions: subscribed.length,
      cookie_preferences: 0,
    });
    expect(after.marketing_subscriptions?.map((row) => [row.status, row.unsubscribed_at])).toEqual(
      before.marketing_subscriptions?.map(() => ['unsubscribed', AT.toISOString()]),
    );
  });

  it('withdraws only the named purpose and leaves the rest in force', async () => {
    const location = await connector.locate({ email: fixtureEmail('japanese-name') });
    const { before, after, changed } = await withdrawTwice(location, ['analytics']);
    const analytics = (before.consents ?? []).filter(
      (row) => row.purpose === 'analytics' && row.granted === true && !row.withdrawn_at,
    );
    expect(analytics.length).toBeGreaterThan(0);
    expect(before.consents?.some((row) => row.purpose !== 'analytics' && row.granted)).toBe(true);
    expect(changed).toMatchObject({
      consents: analytics.length,
      cookie_preferences: before.cookie_preferences?.filter((row) => row.analytics).length,
    });
    expect(after.consents).toEqual(
      before.consents?.map((row) =>
        analytics.includes(row) ? { ...row, granted: false, withdrawn_at: AT.toISOString() } : row,
      ),
    );
    expect(after.cookie_preferences).toEqual(
      before.cookie_preferences?.map((row) =>
        row.analytics ? { ...row, analytics: false, updated_at: AT.toISOString() } : row,
      ),
    );
    expect(after.marketing_subscriptions).toEqual(before.marketing_subscriptions);
  });

  it('keeps the first withdrawal time of a consent withdrawn before and notes each request in the history', async () => {
    const location = await connector.locate({ email: fixtureEmail('greek-name') });
    const [customerId] = location.roots.customers ?? [];
    // The person withdrew marketing email consent on 26 January 2025.
    const { rows: consent } = await pool.query(
      `INSERT INTO consents (customer_id, purpose, granted, granted_at, withdrawn_at, source, policy_version)
       VALUES ($1, 'marketing_email', true, '2024-05-02T09:00:00Z', '2025-01-26T10:15:00Z', 'signup_form', '2024-09')
       RETURNING id`,
      [customerId],
    );
    const id = String(consent[0].id);
    const first = await connector.withdrawConsent(
      location,
      ['marketing_email'],
      AT,
      'privacy request DSR-FIRST',
    );
    const retry = await connector.withdrawConsent(
      location,
      ['marketing_email'],
      new Date(),
      'privacy request DSR-FIRST',
    );
    const later = new Date('2026-04-02T08:00:00.000Z');
    await connector.withdrawConsent(
      location,
      ['marketing_email'],
      later,
      'privacy request DSR-LATER',
    );

    const { rows } = await pool.query(`SELECT withdrawn_at FROM consents WHERE id = $1`, [id]);
    expect(rows[0].withdrawn_at.toISOString()).toBe('2025-01-26T10:15:00.000Z');
    const { rows: history } = await pool.query(
      `SELECT event, occurred_at, source FROM consent_events WHERE consent_id = $1 ORDER BY id`,
      [id],
    );
    expect(history).toEqual([
      { event: 'already_withdrawn', occurred_at: AT, source: 'privacy request DSR-FIRST' },
      { event: 'already_withdrawn', occurred_at: later, source: 'privacy request DSR-LATER' },
    ]);
    // One entry for each marketing email consent the person gave, this one among them.
    const { rows: given } = await pool.query(
      `SELECT count(*)::int AS n FROM consents
       WHERE customer_id = $1 AND purpose = 'marketing_email' AND (granted OR withdrawn_at IS NOT NULL)`,
      [customerId],
    );
    expect(first.tables.find((entry) => entry.table === 'consent_events')?.rowsChanged).toBe(
      given[0].n,
    );
    expect(retry.tables.every((entry) => entry.rowsChanged === 0)).toBe(true);
  });
});
