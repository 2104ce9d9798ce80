import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { waitUntil } from '../support/app-processes';
import { databaseOnlyDataMap } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';

/**
 * Deletion, correction and consent withdrawal end to end: the built api and worker as processes,
 * a fresh shop, a real SMTP server. Each request is submitted over the API, verified with the
 * code from the email, approved by policy, and carried out by the worker's flow; the tests then
 * read the shop's own tables.
 */
describe('fulfilment, end to end', () => {
  // Databases of its own: these tests change the shop's data for good.
  const rightsdesk = new E2eRightsdesk({
    name: 'fulfilment',
    shopPeople: 300,
    smtp: true,
    env: async () => ({
      // The databases alone: no processor or staff task to wait for (see processor-webhook e2e).
      DATA_MAP_PATH: await databaseOnlyDataMap(),
      AUTO_APPROVE: 'access,delete,correct,withdraw_consent',
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '200',
      OUTBOX_POLL_MS: '100',
    }),
  });
  const smtp = rightsdesk.smtp;
  let shop: Client;
  /** The shop's second database: sessions and page views, by the shop's customer id. */
  let analytics: Client;
  let dataSource: DataSource;
  let writer: string;
  let manager: string;

  beforeAll(async () => {
    await rightsdesk.start();
    dataSource = rightsdesk.dataSource;
    shop = new Client({ connectionString: rightsdesk.databases.shop });
    await shop.connect();
    analytics = new Client({ connectionString: rightsdesk.databases.analytics });
    await analytics.connect();
    writer = await rightsdesk.apiKey('e2e', ['requests:write', 'requests:read']);
    manager = await rightsdesk.apiKey('e2e-officer', ['requests:manage', 'suppressions:read']);
  }, 120_000);

  afterAll(async () => {
    await rightsdesk.stop();
    await shop?.end();
    await analytics?.end();
  });

  /** The parts of API answers these tests read. */
  interface Answer {
    id: string;
    reference: string;
    statusToken: string;
    status: string;
    steps: Array<{ action: string; source: string; status: string; attempts: number }>;
    failure: { step: string; source: string; message: string } | null;
    suppressed: string[];
  }

  const call = (path: string, token: string, body?: object) =>
    rightsdesk.http.call<Answer>(path, token, body);

  /** Submits, enters the emailed code like the person would, and waits for the outcome. */
  async function fulfil(request: object, until = 'completed'): Promise<Answer> {
    const submitted = await call('/api/v1/requests', writer, {
      residence: { country: 'DE' }, // the GDPR: the emailed code is proof enough
      ...request,
    });
    expect(submitted.status).toBe(201);
    const { id, reference, statusToken } = submitted.body;
    if (submitted.body.status === 'pending_verification') {
      const code = await smtp.verificationCode(reference);
      const verified = await call(`/api/v1/requests/${id}/verification`, statusToken, { code });
      expect(verified.body.status).toBe('approved');
    } else {
      // Withdrawing consent asks for no proof (GDPR 7(3)): approved by policy at once.
      expect(submitted.body.status).toBe('approved');
    }
    await rightsdesk.http.waitForRequest<Answer>(
      id,
      statusToken,
      (answer) => answer.status === until,
      60_000,
      () => `request ${reference} to be ${until}`,
    );
    return (await call(`/api/v1/requests/${id}`, statusToken)).body;
  }

  async function rows(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
    return (await shop.query(sql, values)).rows;
  }

  it('erases a person by the map: deleted, de-identified, retained with its reason, nobody else touched', async () => {
    const email = 'maria.kowalski@example.com';
    const [customer] = await rows(`SELECT id FROM customers WHERE lower(email) = $1`, [email]);
    const ordersBefore = await rows(
      `SELECT count(*)::int AS n FROM orders WHERE customer_id = $1`,
      [customer.id],
    );
    const [sessionsBefore] = (
      await analytics.query('SELECT count(*)::int AS n FROM sessions WHERE customer_id = $1', [
        customer.id,
      ])
    ).rows;
    expect(sessionsBefore.n).toBeGreaterThan(0);
    const neighbourBefore = await rows(
      `SELECT a.line1, c.first_name FROM customers c JOIN addresses a ON a.customer_id = c.id
       WHERE lower(c.email) = 'piotr.kowalski@example.org' ORDER BY a.id`,
    );

    const status = await fulfil({ type: 'delete', email });
    expect(status.steps).toHaveLength(2);
    expect(status.steps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'erase', source: 'shop', status: 'done' }),
        expect.objectContaining({ action: 'erase', source: 'analytics', status: 'done' }),
      ]),
    );

    // The second database, reached through the shop account: sessions and their page views gone.
    const [left] = (
      await analytics.query(
        `SELECT (SELECT count(*) FROM sessions WHERE customer_id = $1)::int AS sessions,
                (SELECT count(*) FROM page_views v JOIN sessions s ON s.id = v.session_id
                  WHERE s.customer_id = $1)::int AS views`,
        [customer.id],
      )
    ).rows;
    expect(left).toEqual({ sessions: 0, views: 0 });
    const [others] = (await analytics.query('SELECT count(*)::int AS n FROM sessions')).rows;
    expect(others.n).toBeGreaterThan(0); // everyone else's visits are still there

    for (const table of ['addresses', 'consents', 'cookie_preferences', 'customer_profiles']) {
      const [left] = await rows(`SELECT count(*)::int AS n FROM ${table} WHERE customer_id = $1`, [
        customer.id,
      ]);
      expect({ table, left: left.n }).toEqual({ table, left: 0 });
    }
    const [erased] = await rows(`SELECT * FROM customers WHERE id = $1`, [customer.id]);
    expect(erased.email).not.toMatch(/kowalski/i);
    expect(erased.first_name).not.toBe('Maria');
    expect(erased.phone).toBeNull();
    const orders = await rows(`SELECT ship_name FROM orders WHERE customer_id = $1`, [customer.id]);
    expect(orders).toHaveLength(ordersBefore[0].n as number); // kept for tax law
    for (const order of orders) expect(order.ship_name).not.toMatch(/Maria|Kowalski/);

    // The household member at the same address keeps everything.
    expect(
      await rows(
        `SELECT a.line1, c.first_name FROM customers c JOIN addresses a ON a.customer_id = c.id
         WHERE lower(c.email) = 'piotr.kowalski@example.org' ORDER BY a.id`,
      ),
    ).toEqual(neighbourBefore);

    // The receipt and the re-query are kept on the request's step.
    const steps = await dataSource.query(
      `SELECT s.source, s.result FROM fulfilment_steps s JOIN requests r ON r.id = s.request_id
       WHERE r.reference = $1 ORDER BY s.source`,
      [status.reference],
    );
    expect(steps.map((step: { source: string }) => step.source)).toEqual(['analytics', 'shop']);
    for (const step of steps) {
      expect(
        Object.values(step.result.residual as Record<string, number>).every((n) => n === 0),
      ).toBe(true);
      expect(JSON.stringify(step.result)).not.toMatch(/kowalski|Maria/i);
    }
    const analyticsReceipt = steps[0].result.receipt.tables as Array<{
      table: string;
      rowsDeleted: number;
    }>;
    expect(analyticsReceipt.find((entry) => entry.table === 'sessions')?.rowsDeleted).toBe(
      sessionsBefore.n,
    );

    // The person is told what was erased, de-identified and kept, and why.
    const notice = await smtp.waitFor(
      (message) =>
        message.subject === `Your request to delete your data ${status.reference} is complete`,
    );
    expect(notice.text).toMatch(/Deleted \(\d+\)/);
    expect(notice.text).toMatch(/Kept for 7 years: .*tax/i);
    expect(notice.text).not.toMatch(/Kowalski/);

    // A later marketing import is told to leave the person out.
    const check = await call('/api/v1/suppressions/check', manager, {
      emails: ['Maria.Kowalski@example.com', 'piotr.kowalski@example.org'],
    });
    expect(check.body.suppressed).toEqual(['Maria.Kowalski@example.com']);
  }, 120_000);

  it('writes a correction everywhere the field is held and reads it back', async () => {
    const email = 'jon.smith@example.com';
    const status = await fulfil({
      type: 'correct',
      email,
      corrections: [
        { field: 'phone', value: '+1 312 555 0199' },
        { field: 'first_name', value: 'Jonathan' },
      ],
    });
    expect(status.status).toBe('completed');
    const [customer] = await rows(
      `SELECT first_name, phone FROM customers WHERE lower(email) = $1`,
      [email],
    );
    expect(customer).toEqual({ first_name: 'Jonathan', phone: '+1 312 555 0199' });
    const [john] = await rows(
      `SELECT first_name FROM customers WHERE lower(email) = 'john.smith@example.com'`,
    );
    expect(john.first_name).toBe('John');
    // The audit trail says which fields changed where, never a value, old or new.
    const [event] = await dataSource.query(
      `SELECT e.data FROM request_events e JOIN requests r ON r.id = e.request_id
       WHERE r.reference = $1 AND e.action = 'fulfilment.correct_done'`,
      [status.reference],
    );
    expect(event.data.fieldsChanged).toEqual(
      expect.arrayContaining(['customers.phone', 'customers.first_name']),
    );
    expect(event.data.verified).toBe(true);
    expect(JSON.stringify(event.data)).not.toMatch(/Jonathan|0199|Jon\b/);
  }, 120_000);

  it('withdraws every consent, ends marketing and turns cookies to essential-only', async () => {
    const email = 'zoe.angstrom@example.com';
    await fulfil({ type: 'withdraw_consent', email, purposes: 'all' });
    const [customer] = await rows(`SELECT id FROM customers WHERE lower(email) = $1`, [email]);
    // No consent left in force; one withdrawn before keeps its own date (not checked here).
    const [granted] = await rows(
      `SELECT count(*)::int AS n FROM consents
        WHERE customer_id = $1 AND granted AND withdrawn_at IS NULL`,
      [customer.id],
    );
    expect(granted.n).toBe(0);
    const [subscribed] = await rows(
      `SELECT count(*)::int AS n FROM marketing_subscriptions
       WHERE (customer_id = $1 OR lower(email) = $2) AND status = 'subscribed'`,
      [customer.id, email],
    );
    expect(subscribed.n).toBe(0);
    const [cookies] = await rows(
      `SELECT count(*)::int AS n FROM cookie_preferences
       WHERE customer_id = $1 AND (analytics OR marketing OR personalization)`,
      [customer.id],
    );
    expect(cookies.n).toBe(0);
    const check = await call('/api/v1/suppressions/check', manager, { emails: [email] });
    expect(check.body.suppressed).toEqual([email]);
  }, 120_000);

  it('shows a step that keeps failing on the request, and finishes it when an officer retries', async () => {
    // The consents table is briefly unavailable: every try of the step fails.
    await shop.query('ALTER TABLE consents RENAME TO consents_unavailable');
    let id: string;
    try {
      const failed = await fulfil(
        { type: 'withdraw_consent', email: 'grace.omalley@example.com' },
        'failed',
      );
      id = failed.id;
      expect(failed.failure).toMatchObject({ step: 'withdraw_consent', source: 'shop' });
      expect(failed.failure?.message).toMatch(/consents/);
      expect(failed.steps).toEqual([
        expect.objectContaining({ status: 'failed', attempts: 2, error: expect.any(String) }),
      ]);
    } finally {
      await shop.query('ALTER TABLE consents_unavailable RENAME TO consents');
    }
    const retried = await call(`/api/v1/requests/${id}/retry`, manager, {});
    expect(retried.body).toEqual({ id, status: 'in_progress' });
    await waitUntil(
      async () =>
        (await dataSource.query('SELECT status FROM requests WHERE id = $1', [id]))[0].status ===
        'completed',
      60_000,
      () => 'the retried request to complete',
    );
    const [customer] = await rows(
      `SELECT id FROM customers WHERE lower(email) = 'grace.omalley@example.com'`,
    );
    // No consent left in force; one withdrawn before keeps its own date (not checked here).
    const [granted] = await rows(
      `SELECT count(*)::int AS n FROM consents
        WHERE customer_id = $1 AND granted AND withdrawn_at IS NULL`,
      [customer.id],
    );
    expect(granted.n).toBe(0);
  }, 120_000);
});
