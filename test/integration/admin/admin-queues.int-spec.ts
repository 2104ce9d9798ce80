import { Queue, Worker } from 'bullmq';
import request from 'supertest';
import { redisConnectionOptions } from '@rightsdesk/queue';
import { TestApi } from '../../support/api-app';
import { TEST_REDIS_URL } from '../../support/test-env';
import { startAdminApi } from './admin.support';

describe('queue health over /api/v1/admin/queues', () => {
  let api: TestApi;
  let admin: string;
  let notices: Queue;

  beforeAll(async () => {
    api = await startAdminApi('queues');
    admin = `Bearer ${await api.apiKey('admin:queues')}`;
    notices = new Queue('notices', {
      connection: redisConnectionOptions(TEST_REDIS_URL),
      prefix: api.config.QUEUE_PREFIX,
    });
  }, 60_000); // a fresh database, migrated: slow on a shared machine
  afterAll(async () => {
    await notices.obliterate({ force: true });
    await notices.close();
    await api.close();
  });

  const http = () => request(api.app.getHttpServer());
  const report = async () =>
    (await http().get('/api/v1/admin/queues').set('authorization', admin).expect(200)).body;

  /** A send job that fails once for good, as a mail server refusing it would. */
  async function failedSendJob(id: string): Promise<void> {
    await notices.add(
      'notice.send',
      { v: 1, correspondenceId: id },
      { jobId: `notice.send.${id}`, attempts: 1 },
    );
    const worker = new Worker(
      'notices',
      async () => {
        throw new Error('550 mailbox unavailable');
      },
      { connection: redisConnectionOptions(TEST_REDIS_URL), prefix: api.config.QUEUE_PREFIX },
    );
    await new Promise<void>((resolve) => worker.on('failed', () => resolve()));
    await worker.close();
  }

  it('counts each queue’s jobs and shows a failed one with its error and attempts, ids only', async () => {
    await failedSendJob('0b8c2a44-8d55-4bd4-9f3e-2d1c7a3e5b01');
    const body = await report();
    expect(body.redis).toBe('ok');
    expect(body.queues.map((queue: { name: string }) => queue.name)).toEqual([
      'fulfilment',
      'notices',
    ]);
    const queue = body.queues[1];
    expect(queue.counts).toMatchObject({ failed: 1, waiting: 0, active: 0 });
    expect(queue.failed).toEqual([
      {
        id: 'notice.send.0b8c2a44-8d55-4bd4-9f3e-2d1c7a3e5b01',
        name: 'notice.send',
        refersTo: { correspondenceId: '0b8c2a44-8d55-4bd4-9f3e-2d1c7a3e5b01' },
        error: '550 mailbox unavailable',
        attemptsMade: 1,
        attemptsAllowed: 1,
        failedAt: expect.any(String),
      },
    ]);
  });

  it('retries one failed job, audited, and refuses what cannot be retried', async () => {
    const id = 'notice.send.0b8c2a44-8d55-4bd4-9f3e-2d1c7a3e5b01';
    await http()
      .post(`/api/v1/admin/queues/notices/jobs/${id}/retry`)
      .set('authorization', admin)
      .expect(200, { retried: id });
    const after = (await report()).queues[1];
    expect(after.counts).toMatchObject({ failed: 0, waiting: 1 });
    expect(after.oldestWaitingMs).toEqual(expect.any(Number));

    await http()
      .post(`/api/v1/admin/queues/notices/jobs/${id}/retry`)
      .set('authorization', admin)
      .expect(409);
    await http()
      .post('/api/v1/admin/queues/notices/jobs/no-such-job/retry')
      .set('authorization', admin)
      .expect(404);
    await http()
      .post('/api/v1/admin/queues/mail/retry-failed')
      .set('authorization', admin)
      .expect(404);
    const [event] = await api.dataSource.query(
      `SELECT actor, data FROM admin_events WHERE action = 'queue.job_retried'`,
    );
    expect(event.data).toEqual({
      queue: 'notices',
      jobId: id,
      job: 'notice.send',
      via: 'job_retry',
    });
  });

  it('retries every failed job of a queue at once', async () => {
    await notices.drain();
    await failedSendJob('5a0f6c1e-2b3d-4c5e-8f9a-0b1c2d3e4f50');
    const { body } = await http()
      .post('/api/v1/admin/queues/notices/retry-failed')
      .set('authorization', admin)
      .expect(200);
    expect(body).toEqual({ retried: 1 });
    expect((await report()).queues[1].counts.failed).toBe(0);
  });

  it('shows the outbox backlog Postgres holds for Redis', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({ type: 'access', email: 'backlog.check@example.org' })
      .expect(201);
    // No worker relays in this test: the verification email's job waits in the outbox.
    const { outbox } = await report();
    expect(outbox.unrelayed).toBeGreaterThanOrEqual(1);
    expect(outbox.oldestUnrelayedMs).toEqual(expect.any(Number));
  });
});

describe('queue health while Redis is down', () => {
  let api: TestApi;

  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command fails.
    api = await startAdminApi('queues_down', { REDIS_URL: 'redis://127.0.0.1:1' });
  }, 60_000);
  afterAll(() => api.close());

  it('says Redis does not answer, still shows the outbox, and refuses a retry with a reason', async () => {
    const admin = `Bearer ${await api.apiKey('admin:queues')}`;
    const http = () => request(api.app.getHttpServer());
    const { body } = await http()
      .get('/api/v1/admin/queues')
      .set('authorization', admin)
      .expect(200);
    expect(body).toMatchObject({ redis: 'unreachable', queues: [], outbox: { unrelayed: 0 } });
    const retry = await http()
      .post('/api/v1/admin/queues/notices/jobs/any/retry')
      .set('authorization', admin)
      .expect(409);
    expect(retry.body.detail).toMatch(/Redis\) did not answer/);
  }, 30_000);
});
