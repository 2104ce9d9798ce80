import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppProcess, waitUntil } from '../support/app-processes';
import { databasesOnlySettings } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';

/**
 * Two workers in a row die (SIGKILL) holding the same job: the job building a person's access
 * package. BullMQ's default fails a job on its second stall whatever tries it has left, and
 * Rightsdesk used to record only failures that used up every try, so the request stayed
 * `in_progress` forever with its package `building`. A stall is a try now: the request either
 * completes once, or, out of tries, fails visibly with its step and error and the officer's
 * retry completes it.
 */
describe('a job whose workers keep dying', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'stalls',
    smtp: true,
    apps: ['api'],
    env: async () => ({
      ...(await databasesOnlySettings()),
      // A dead worker's job is free again within seconds, so each stall costs the test little.
      JOB_LOCK_MS: '4000',
      JOB_STALL_CHECK_MS: '1000',
    }),
  });
  const smtp = rightsdesk.smtp;
  let dataSource: DataSource;
  let writer: string;
  let officer: string;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ dataSource } = rightsdesk);
    writer = await rightsdesk.apiKey('stalls', ['requests:write']);
    officer = await rightsdesk.apiKey('stalls-officer', ['requests:read', 'requests:manage']);
  }, 120_000);

  afterAll(() => rightsdesk.stop());

  /** Starts a worker that dies (SIGKILL) halfway through building an access package. */
  async function doomedWorker(env: NodeJS.ProcessEnv): Promise<AppProcess> {
    const worker = new AppProcess('worker', {
      ...rightsdesk.env,
      ...env,
      RIGHTSDESK_FAILPOINT: 'access.mid-build',
    }).start();
    await worker.waitForOutput(/worker started/);
    return worker;
  }

  async function diesHoldingTheJob(worker: AppProcess, which: string): Promise<void> {
    await waitUntil(
      () => !worker.running,
      60_000,
      () => `the ${which} worker to die building the package`,
    );
  }

  /** An access request for the person with thousands of sessions, verified and approved. */
  async function approvedAccess(): Promise<{ id: string; reference: string }> {
    const submitted = (
      await rightsdesk.http.personInFranceAsks(writer, 'sam.rivera@example.com', 'access')
    ).body;
    expect((await rightsdesk.http.enterEmailedCode(smtp, submitted)).body.status).toBe('approved');
    return submitted;
  }

  const statusOf = async (id: string): Promise<string> =>
    (await dataSource.query('SELECT status FROM requests WHERE id = $1', [id]))[0].status;

  async function expectOnePackageAndOneCompletion(id: string, reference: string): Promise<void> {
    await smtp.waitFor(
      (message) => message.subject === `Your data access request ${reference} is complete`,
    );
    const [counts] = await dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM request_events WHERE request_id = $1 AND action = 'request.complete') AS completions,
         (SELECT count(*)::int FROM access_packages WHERE request_id = $1 AND status = 'ready') AS ready,
         (SELECT count(*)::int FROM access_packages WHERE request_id = $1 AND status <> 'ready') AS unfinished`,
      [id],
    );
    expect(counts).toEqual({ completions: 1, ready: 1, unfinished: 0 });
  }

  it('completes the request once when a third worker gets the job', async () => {
    const first = await doomedWorker({});
    const { id, reference } = await approvedAccess();
    await diesHoldingTheJob(first, 'first');
    await diesHoldingTheJob(await doomedWorker({}), 'second');

    const survivor = await rightsdesk.startApp('worker');
    try {
      await waitUntil(
        async () => (await statusOf(id)) === 'completed',
        90_000,
        () => 'the request to complete after its job stalled twice',
      );
      await expectOnePackageAndOneCompletion(id, reference);
    } finally {
      await survivor.stop();
    }
  }, 240_000);

  it('fails the request visibly once the stalls use up its tries, and the retry completes it', async () => {
    const twoTries = { JOB_ATTEMPTS: '2' };
    const first = await doomedWorker(twoTries);
    const { id, reference } = await approvedAccess();
    await diesHoldingTheJob(first, 'first');
    await diesHoldingTheJob(await doomedWorker(twoTries), 'second');

    const survivor = await rightsdesk.startApp('worker', twoTries);
    try {
      const failed = await rightsdesk.http.waitForRequest<{ status: string }>(
        id,
        officer,
        (answer) => answer.status === 'failed',
        90_000,
        () => 'the request to fail visibly once its tries were used up',
      );
      expect(failed.status).toBe('failed');
      const [{ failure }] = await dataSource.query(`SELECT failure FROM requests WHERE id = $1`, [
        id,
      ]);
      expect(failure).toMatchObject({
        step: 'access',
        message: expect.stringMatching(/started more/),
      });

      const retried = await rightsdesk.http.call<{ status: string }>(
        `/api/v1/requests/${id}/retry`,
        officer,
        {},
      );
      expect(retried).toEqual({ status: 200, body: { id, status: 'in_progress' } });
      await waitUntil(
        async () => (await statusOf(id)) === 'completed',
        60_000,
        () => "the request to complete after the officer's retry",
      );
      await expectOnePackageAndOneCompletion(id, reference);
    } finally {
      await survivor.stop();
    }
  }, 240_000);
});
