import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource, IsNull, Not } from 'typeorm';
import { WITHHELD } from '@rightsdesk/fulfilment';
import { RequestEvent, findChainBreak } from '@rightsdesk/persistence';
import { findCardLikeNumbers } from '../support/card-number-scan';
import { waitUntil } from '../support/app-processes';
import { SubmittedRequest } from '../support/e2e-api';
import { E2eRightsdesk } from '../support/e2e-harness';
import { readAccessPackage } from '../support/package-reader';

/**
 * The built api and worker, as separate processes, against the real Postgres, Redis and an SMTP
 * server: an access request goes in over HTTP, the person proves who they are with the code
 * that arrives by email, and the request comes out as a stored package and an email. Access is
 * approved by policy here (AUTO_APPROVE), as a company may choose; review is the default.
 */
describe('access request, end to end', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'access',
    smtp: true,
    env: { AUTO_APPROVE: 'access', OUTBOX_POLL_MS: '100' },
  });
  const smtp = rightsdesk.smtp;
  const key = rightsdesk.secrets.packageKey;
  let baseUrl: string;
  let dataSource: DataSource;
  let shop: Client;
  let analytics: Client;
  let apiKey: string;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, dataSource } = rightsdesk);
    analytics = new Client({ connectionString: rightsdesk.databases.analytics });
    await analytics.connect();
    shop = new Client({ connectionString: rightsdesk.databases.shop });
    await shop.connect();
    apiKey = await rightsdesk.apiKey('e2e', ['requests:write']);
  }, 120_000);

  afterAll(async () => {
    await rightsdesk.stop();
    await shop?.end();
    await analytics?.end();
  });

  async function submit(body: object): Promise<SubmittedRequest> {
    const response = await rightsdesk.http.submit(apiKey, {
      residence: { country: 'IE' },
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  /** What the person does with the code from their email: enter it, holding their token. */
  async function enterCode(request: SubmittedRequest, code: string): Promise<{ status: string }> {
    const response = await rightsdesk.http.enterCode(request, code);
    expect(response.status).toBe(200);
    return response.body;
  }

  /** Reads the code from the verification email that arrived, and enters it. */
  async function verifyFromInbox(request: SubmittedRequest): Promise<void> {
    const code = await smtp.verificationCode(request.reference);
    expect(await enterCode(request, code)).toMatchObject({ status: 'approved' });
  }

  async function statusOf(id: string): Promise<string> {
    const [row] = await dataSource.query('SELECT status FROM requests WHERE id = $1', [id]);
    return row.status;
  }

  it('answers health with every dependency up', async () => {
    const response = await fetch(`${baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('ok');
  });

  it("collects the person's data from the shop and emails them that it is ready", async () => {
    // Stored with capitals in the shop; the person types it in lower case.
    const submitted = await submit({ type: 'access', email: 'grace.omalley@example.com' });
    const { id, reference } = submitted;
    expect(await statusOf(id)).toBe('pending_verification');
    await verifyFromInbox(submitted);

    const mail = await smtp.waitFor(
      (message) => message.subject === `Your data access request ${reference} is complete`,
    );
    expect(await statusOf(id)).toBe('completed');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('grace.omalley@example.com');
    expect(mail.subject).toBe(`Your data access request ${reference} is complete`);
    expect(mail.headers.get('content-language')).toBe('en');
    expect(mail.messageId).toMatch(/@rightsdesk>$/);

    // The package is a ZIP of the person's rows, table by table, as the shop has them.
    const read = await readAccessPackage(dataSource, key, id);
    const { manifest, stored } = read;
    const [customer] = (
      await shop.query(
        `SELECT id, password_hash FROM customers WHERE lower(email) = 'grace.omalley@example.com'`,
      )
    ).rows;
    const [{ count: orders }] = (
      await shop.query('SELECT count(*)::int AS count FROM orders WHERE customer_id = $1', [
        customer.id,
      ])
    ).rows;
    // Sessions live in the second database, by the shop's customer id.
    const [{ count: sessions }] = (
      await analytics.query('SELECT count(*)::int AS count FROM sessions WHERE customer_id = $1', [
        customer.id,
      ])
    ).rows;
    expect(sessions).toBeGreaterThan(0);
    const dataset = (table: string) => manifest.datasets.find((entry) => entry.table === table);
    expect(manifest.reference).toBe(reference);
    expect(read.rows('customers')).toHaveLength(1);
    expect(read.rows('customers')[0]).toMatchObject({
      email: 'Grace.OMalley@Example.COM',
      last_name: "O'Malley",
    });
    expect(read.rows('orders')).toHaveLength(orders);
    expect(dataset('orders')?.rows).toBe(orders);
    expect(dataset('sessions')).toMatchObject({ system: 'analytics', rows: sessions });
    expect(read.csv('sessions').split('\r\n').filter(Boolean)).toHaveLength(sessions + 1);
    expect(stored.rowCount).toBe(manifest.datasets.reduce((sum, entry) => sum + entry.rows, 0));
    expect(read.report).toContain(reference);

    // Secrets are stated as held, never disclosed; no card number anywhere.
    const text = [...read.entries.values()].join('\n');
    expect(read.rows('customers')[0].password_hash).toBe(WITHHELD);
    expect(dataset('customers')?.withheldFields).toContain('password_hash');
    expect(text).not.toContain(customer.password_hash);
    for (const payment of read.rows('payments')) expect(payment.processor_token).toBe(WITHHELD);
    expect(findCardLikeNumbers(text)).toEqual([]);

    // The email says what was found, never the data itself.
    expect(mail.text).toContain(
      `We found ${stored.rowCount.toLocaleString('en-US')} records about you`,
    );
    expect(mail.text).not.toMatch(/O'Malley|Grace/);
    expect(mail.html).not.toMatch(/O&#39;Malley|Grace/);

    // Every step is in the hash-chained audit trail, through verification to completion.
    const events = await dataSource.query(
      'SELECT action, to_status FROM request_events WHERE request_id = $1 ORDER BY seq',
      [id],
    );
    expect(
      events.filter((event: { to_status: string | null }) => event.to_status !== null),
    ).toEqual([
      { action: 'request.received', to_status: 'received' },
      { action: 'request.request_verification', to_status: 'pending_verification' },
      { action: 'request.verify', to_status: 'verified' },
      { action: 'request.approve', to_status: 'approved' },
      { action: 'request.start', to_status: 'in_progress' },
      { action: 'request.complete', to_status: 'completed' },
    ]);
    expect(events.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(['verification.code_sent', 'verification.email_confirmed']),
    );
    // The worker seals them into the hash chain shortly after; the chain holds.
    await waitUntil(async () => {
      const [row] = await dataSource.query(
        'SELECT count(*)::int AS unsealed FROM request_events WHERE request_id = $1 AND chain_seq IS NULL',
        [id],
      );
      return row.unsealed === 0;
    }, 10_000);
    const chain = await dataSource
      .getRepository(RequestEvent)
      .find({ where: { chainSeq: Not(IsNull()) }, order: { chainSeq: 'ASC' } });
    expect(findChainBreak(chain)).toBeNull();
    await waitUntil(async () => {
      const sent = await dataSource.query(
        `SELECT kind, status, channel, sealed_secrets FROM correspondence WHERE request_id = $1 ORDER BY created_at`,
        [id],
      );
      return sent.length === 2 && sent.every((row: { status: string }) => row.status === 'sent');
    }, 10_000);
    const sent = await dataSource.query(
      `SELECT kind, status, channel, sealed_secrets FROM correspondence WHERE request_id = $1 ORDER BY created_at`,
      [id],
    );
    // Once sent, the code is kept nowhere.
    expect(sent).toEqual([
      { kind: 'verification_code', status: 'sent', channel: 'email', sealed_secrets: null },
      { kind: 'access_completed', status: 'sent', channel: 'email', sealed_secrets: null },
    ]);
  }, 60_000);

  it('answers in Spanish when the request was made in Spanish', async () => {
    const submitted = await submit({
      type: 'access',
      email: 'zoe.angstrom@example.com',
      residence: { country: 'ES' },
      language: 'es',
    });
    const { reference } = submitted;
    const codeMail = await smtp.waitFor(
      (message) => message.subject === `Su código de verificación para la solicitud ${reference}`,
    );
    expect(codeMail.headers.get('content-language')).toBe('es');
    const code = /\b(\d{6})\b/.exec(codeMail.text ?? '')?.[1] as string;
    expect(await enterCode(submitted, code)).toMatchObject({ status: 'approved' });
    const mail = await smtp.waitFor(
      (message) =>
        (message.subject?.includes(reference) ?? false) &&
        (message.subject?.includes('completado') ?? false),
    );
    expect(mail.subject).toBe(`Su solicitud de acceso a datos ${reference} se ha completado`);
    expect(mail.headers.get('content-language')).toBe('es');
  }, 60_000);

  it('tells someone the shop does not know that nothing was found', async () => {
    const submitted = await submit({ type: 'access', email: 'nobody.here@example.org' });
    const { id, reference } = submitted;
    await verifyFromInbox(submitted);
    const mail = await smtp.waitFor(
      (message) => message.subject === `Your data access request ${reference} is complete`,
    );
    expect(mail.text).toContain('found no records about you');
    const { manifest } = await readAccessPackage(dataSource, key, id);
    expect(manifest.datasets.every((entry) => entry.rows === 0)).toBe(true);
  }, 60_000);

  it('keeps the notice as correspondence when no SMTP server is configured', async () => {
    await rightsdesk.worker.stop();
    // A worker without a mail server in place of the spec's.
    const quiet = await rightsdesk.startApp('worker', { SMTP_URL: '' });
    try {
      const before = smtp.messages.length;
      const submitted = await submit({ type: 'access', email: 'jon.smith@example.com' });
      const { id } = submitted;
      // Without a mail server the code email is kept, code included, for a developer to read.
      const codeMail = await waitUntil(async () => {
        const [row] = await dataSource.query(
          `SELECT status, body_text FROM correspondence WHERE request_id = $1 AND kind = 'verification_code'`,
          [id],
        );
        return row?.status === 'captured' ? row : undefined;
      }, 30_000);
      const code = /Your code is (\d{6})/.exec(codeMail.body_text)?.[1] as string;
      expect(await enterCode(submitted, code)).toMatchObject({ status: 'approved' });
      const kept = await waitUntil(async () => {
        const [row] = await dataSource.query(
          `SELECT status, subject, body_text FROM correspondence WHERE request_id = $1 AND kind = 'access_completed'`,
          [id],
        );
        return row?.status === 'captured' ? row : undefined;
      }, 30_000);
      expect(kept.subject).toMatch(/is complete$/);
      expect(kept.body_text).toContain('records about you');
      expect(smtp.messages.length).toBe(before);
    } finally {
      await quiet.stop();
    }
  }, 60_000);
});
