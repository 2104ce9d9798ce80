import 'reflect-metadata';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { redisConnectionOptions } from '@rightsdesk/queue';
import { AppProcess, waitUntil } from '../support/app-processes';
import { databaseOnlyDataMap } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';

/**
 * A person's access request is in progress when its jobs are lost: the worker building their
 * package dies and the flow's jobs are gone from Redis (removed, or failed for good before stalls
 * counted as tries). The request says `in_progress` and nothing will ever move it. The officer's
 * retry used to answer 409 "cannot retry a request that is in progress"; now the api asks the
 * queues: while a job still works on the request the officer is told it is being worked on now,
 * once none does the officer's retry starts it again, once even when two retries come at once,
 * and the person gets one package and one completion email.
 */
describe('an officer retries a request left in progress with no job', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'stuckretry',
    smtp: true,
    apps: ['api'],
    env: async () => ({
      DATA_MAP_PATH: await databaseOnlyDataMap(),
      AUTO_APPROVE: 'access',
      OUTBOX_POLL_MS: '100',
      // A dead worker's job is free again within seconds.
      JOB_LOCK_MS: '4000',
      JOB_STALL_CHECK_MS: '1000',
      // The replay would bring the lost jobs back by itself: here only the officer does.
      QUEUE_REPLAY_MS: '3600000',
    }),
  });
  const smtp = rightsdesk.smtp;
  let dataSource: DataSource;
  let writer: string;
  let officer: string;
  let queue: Queue;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ dataSource } = rightsdesk);
    writer = await rightsdesk.apiKey('stuck', ['requests:write']);
    officer = await rightsdesk.apiKey('stuck-officer', ['requests:read', 'requests:manage']);
    queue = new Queue('fulfilment', {
      connection: redisConnectionOptions(rightsdesk.env.REDIS_URL as string),
      prefix: rightsdesk.env.QUEUE_PREFIX,
    });
  }, 120_000);

  afterAll(async () => {
    await queue?.close();
    await rightsdesk.stop();
  });

  const statusOf = async (id: string): Promise<string> =>
    (await dataSource.query('SELECT status FROM requests WHERE id = $1', [id]))[0].status;

  const retry = (id: string) =>
    rightsdesk.http.call<{ status?: string; detail?: string; title?: string }>(
      `/api/v1/requests/${id}/retry`,
      officer,
      {},
    );

  it('is told the request is being worked on while a job lives, then retries it once and it completes once', async () => {
    // A worker that dies building the package: it sends the code, then takes the job and dies.
    const doomed = new AppProcess('worker', {
      ...rightsdesk.env,
      RIGHTSDESK_FAILPOINT: 'access.mid-build',
    }).start();
    await doomed.waitForOutput(/worker started/);
    const submitted = (
      await rightsdesk.http.submit(writer, {
        type: 'access',
        email: 'sam.rivera@example.com',
        residence: { country: 'FR' },
      })
    ).body;
    expect((await rightsdesk.http.enterEmailedCode(smtp, submitted)).body.status).toBe('approved');
    const { id, reference } = submitted;
    await waitUntil(
      () => !doomed.running,
      60_000,
      () => 'the worker to die building the package',
    );
    expect(await statusOf(id)).toBe('in_progress');

    // Its job is still held: nobody may start the request a second time.
    const early = await retry(id);
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toMatch(/being worked on now/);

    // Then the flow's jobs are lost from Redis.
    await new Promise((done) => setTimeout(done, 5_000)); // its hold on the job lapses
    const parent = await queue.getJob(`fulfilment.complete.${id}.g0`);
    expect(parent).toBeDefined();
    await parent?.remove({ removeChildren: true });

    // Two officers press retry at the same moment: the work is started once.
    const answers = await Promise.all([retry(id), retry(id)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 200)?.body).toEqual({
      id,
      status: 'in_progress',
    });

    const worker = await rightsdesk.startApp('worker');
    try {
      await waitUntil(
        async () => (await statusOf(id)) === 'completed',
        90_000,
        () => "the request to complete after the officer's retry",
      );
      await smtp.waitFor(
        (message) => message.subject === `Your data access request ${reference} is complete`,
      );
      await new Promise((done) => setTimeout(done, 2_000)); // a second one would come by now
      const completionMails = smtp.messages.filter(
        (message) => message.subject === `Your data access request ${reference} is complete`,
      );
      expect(completionMails).toHaveLength(1);
      const [counts] = await dataSource.query(
        `SELECT
           (SELECT count(*)::int FROM request_events WHERE request_id = $1 AND action = 'request.complete') AS completions,
           (SELECT count(*)::int FROM request_events WHERE request_id = $1 AND action = 'request.retry') AS retries,
           (SELECT count(*)::int FROM access_packages WHERE request_id = $1 AND status = 'ready') AS ready`,
        [id],
      );
      expect(counts).toEqual({ completions: 1, retries: 1, ready: 1 });
    } finally {
      await worker.stop();
    }
  }, 240_000);
});
