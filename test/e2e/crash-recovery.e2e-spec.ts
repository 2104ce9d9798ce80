import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppProcess, waitUntil } from '../support/app-processes';
import { databaseOnlyDataMap } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';
import { PrivateRedis } from '../support/private-redis';

/**
 * A worker killed (SIGKILL) between erasing a person in the shop and recording it, then
 * restarted, finishes the request exactly once with the right receipt; and when Redis is
 * restarted empty in that moment too, the worker puts the lost jobs back from Postgres.
 */
describe('crash and restart', () => {
  let redis: PrivateRedis;
  const rightsdesk = new E2eRightsdesk({
    name: 'crash',
    shopPeople: 300,
    smtp: true,
    apps: ['api'],
    env: async () => {
      redis = await PrivateRedis.started();
      return {
        REDIS_URL: redis.url,
        // The databases alone: no processor or staff task to wait for (see processor-webhook e2e).
        DATA_MAP_PATH: await databaseOnlyDataMap(),
        AUTO_APPROVE: 'delete,access',
        OUTBOX_POLL_MS: '100',
        QUEUE_REPLAY_MS: '500',
        QUEUE_REPLAY_GRACE_MS: '500',
      };
    },
  });
  const smtp = rightsdesk.smtp;
  let env: NodeJS.ProcessEnv;
  let dataSource: DataSource;
  let shop: Client;
  /** The shop's second database: sessions and page views, by the shop's customer id. */
  let analytics: Client;
  let writer: string;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ env, dataSource } = rightsdesk);
    analytics = new Client({ connectionString: rightsdesk.databases.analytics });
    await analytics.connect();
    shop = new Client({ connectionString: rightsdesk.databases.shop });
    await shop.connect();
    writer = await rightsdesk.apiKey('crash', ['requests:write']);
  }, 120_000);

  afterAll(async () => {
    await rightsdesk.stop();
    await redis?.stop();
    await shop?.end();
    await analytics?.end();
  });

  /** A request, verified with the emailed code; returns its id once approved. */
  async function approvedRequest(
    type: 'delete' | 'access',
    email: string,
  ): Promise<{ id: string; reference: string }> {
    const submitted = (await rightsdesk.http.personInFranceAsks(writer, email, type)).body;
    const verified = (await rightsdesk.http.enterEmailedCode(smtp, submitted)).body;
    expect(verified.status).toBe('approved');
    return { id: submitted.id, reference: submitted.reference };
  }

  async function customerEmail(id: string): Promise<string> {
    return (await shop.query('SELECT email FROM customers WHERE id = $1', [id])).rows[0].email;
  }

  interface StepRow {
    status: string;
    attempts: number;
    result: {
      receipt: {
        recoveredAfterCrash: boolean;
        tables: Array<{ table: string; rowsDeleted: number; rowsDeidentified: number }>;
      };
    };
  }

  async function expectCompletedOnce(
    requestId: string,
  ): Promise<{ shop: StepRow; analytics: StepRow }> {
    await waitUntil(
      async () =>
        (await dataSource.query('SELECT status FROM requests WHERE id = $1', [requestId]))[0]
          .status === 'completed',
      150_000,
      () => 'the request to complete after the restart',
    );
    const [counts] = await dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM request_events WHERE request_id = $1 AND action = 'request.complete') AS completions,
         (SELECT count(*)::int FROM request_events WHERE request_id = $1 AND action = 'fulfilment.erase_done') AS erasures,
         (SELECT count(*)::int FROM suppression_records WHERE request_id = $1) AS suppressions`,
      [requestId],
    );
    // One erasure per database: the shop's and its analytics database.
    expect(counts).toEqual({ completions: 1, erasures: 2, suppressions: 1 });
    const steps: Array<StepRow & { source: string }> = await dataSource.query(
      'SELECT source, status, attempts, result FROM fulfilment_steps WHERE request_id = $1',
      [requestId],
    );
    const bySource = (source: string) => {
      const step = steps.find((candidate) => candidate.source === source);
      if (!step) throw new Error(`no ${source} step`);
      return step;
    };
    return { shop: bySource('shop'), analytics: bySource('analytics') };
  }

  it('finishes an erasure exactly once when the worker dies after the shop committed', async () => {
    const [{ id: customerId }] = (
      await shop.query(`SELECT id FROM customers WHERE lower(email) = 'jon.smith@example.com'`)
    ).rows;
    const [{ n: sessions }] = (
      await analytics.query('SELECT count(*)::int AS n FROM sessions WHERE customer_id = $1', [
        customerId,
      ])
    ).rows;

    const doomed = new AppProcess('worker', {
      ...env,
      RIGHTSDESK_FAILPOINT: 'erase.after-source-commit.shop',
    }).start();
    await doomed.waitForOutput(/worker started/);
    const { id } = await approvedRequest('delete', 'jon.smith@example.com');
    await waitUntil(
      () => !doomed.running,
      60_000,
      () => 'the worker to die at the failpoint',
    );
    // The shop committed before the crash; Rightsdesk has not recorded it yet.
    expect(await customerEmail(customerId)).not.toMatch(/jon/i);
    const [pending] = await dataSource.query(
      `SELECT status FROM fulfilment_steps WHERE request_id = $1 AND source = 'shop'`,
      [id],
    );
    expect(pending.status).toBe('pending');

    const worker = new AppProcess('worker', env).start();
    try {
      await worker.waitForOutput(/worker started/);
      const steps = await expectCompletedOnce(id);
      expect(steps.shop.status).toBe('done');
      expect(steps.shop.result.receipt.recoveredAfterCrash).toBe(true);
      const receiptFor = (step: StepRow, table: string) =>
        step.result.receipt.tables.find((entry) => entry.table === table);
      expect(receiptFor(steps.shop, 'customers')?.rowsDeidentified).toBe(1);
      // The analytics database was reached through the shop keys kept before the email went.
      expect(steps.analytics.status).toBe('done');
      expect(receiptFor(steps.analytics, 'sessions')?.rowsDeleted).toBe(sessions);
      const [{ n: left }] = (
        await analytics.query('SELECT count(*)::int AS n FROM sessions WHERE customer_id = $1', [
          customerId,
        ])
      ).rows;
      expect(left).toBe(0);
    } finally {
      await worker.stop();
    }
  }, 300_000);

  it('loses nothing when Redis restarts empty while the worker is down', async () => {
    const [{ id: customerId }] = (
      await shop.query(`SELECT id FROM customers WHERE lower(email) = 'john.smith@example.com'`)
    ).rows;
    const doomed = new AppProcess('worker', {
      ...env,
      RIGHTSDESK_FAILPOINT: 'erase.after-source-commit.shop',
    }).start();
    await doomed.waitForOutput(/worker started/);
    const { id } = await approvedRequest('delete', 'john.smith@example.com');
    await waitUntil(
      () => !doomed.running,
      60_000,
      () => 'the worker to die at the failpoint',
    );

    // Every job, waiting or active, goes with Redis.
    await redis.crash();
    await redis.start();

    const worker = new AppProcess('worker', env).start();
    try {
      await worker.waitForOutput(/worker started/);
      const steps = await expectCompletedOnce(id);
      expect(steps.shop.status).toBe('done');
      expect(steps.analytics.status).toBe('done');
      expect(await customerEmail(customerId)).not.toMatch(/john/i);
    } finally {
      await worker.stop();
    }
  }, 300_000);

  it('builds an access package exactly once when the worker dies halfway through it', async () => {
    const email = 'sam.rivera@example.com'; // 3,000 sessions and their page views
    const doomed = new AppProcess('worker', {
      ...env,
      RIGHTSDESK_FAILPOINT: 'access.mid-build',
    }).start();
    await doomed.waitForOutput(/worker started/);
    const { id, reference } = await approvedRequest('access', email);
    await waitUntil(
      () => !doomed.running,
      60_000,
      () => 'the worker to die at the failpoint',
    );
    const [half] = await dataSource.query(
      `SELECT p.status, (SELECT count(*)::int FROM package_chunks c WHERE c.package_id = p.id) AS chunks
       FROM access_packages p WHERE p.request_id = $1`,
      [id],
    );
    expect(half).toMatchObject({ status: 'building' });

    const worker = new AppProcess('worker', env).start();
    try {
      await worker.waitForOutput(/worker started/);
      await waitUntil(
        async () =>
          (await dataSource.query('SELECT status FROM requests WHERE id = $1', [id]))[0].status ===
          'completed',
        150_000,
        () => 'the access request to complete after the restart',
      );
      const packages = await dataSource.query(
        'SELECT status, row_count FROM access_packages WHERE request_id = $1',
        [id],
      );
      const [{ id: customerId }] = (
        await shop.query('SELECT id FROM customers WHERE lower(email) = $1', [email])
      ).rows;
      const [{ sessions }] = (
        await analytics.query(
          'SELECT count(*)::int AS sessions FROM sessions WHERE customer_id = $1',
          [customerId],
        )
      ).rows;
      expect(packages).toHaveLength(1);
      expect(packages[0].status).toBe('ready');
      expect(packages[0].row_count).toBeGreaterThan(sessions);
      // The notice is rendered by its own job after the completion: wait for the email first.
      await smtp.waitFor(
        (message) => message.subject === `Your data access request ${reference} is complete`,
      );
      const [counts] = await dataSource.query(
        `SELECT
           (SELECT count(*)::int FROM request_events WHERE request_id = $1 AND action = 'request.complete') AS completions,
           (SELECT count(*)::int FROM correspondence WHERE request_id = $1 AND kind = 'access_completed') AS notices`,
        [id],
      );
      expect(counts).toEqual({ completions: 1, notices: 1 });
    } finally {
      await worker.stop();
    }
  }, 300_000);
});
