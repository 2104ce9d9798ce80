import 'reflect-metadata';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@rightsdesk/config';
import { dataSourceOptions } from '@rightsdesk/persistence';
import {
  JobQueues,
  OutboxRelay,
  OutboxReplay,
  QUEUE_NAMES,
  redisConnectionOptions,
} from '@rightsdesk/queue';
import { waitUntil } from '../../support/app-processes';
import { createTestRequest } from '../../support/requests';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../support/test-env';

/**
 * A person's verification email whose job BullMQ gave up on (its worker died twice holding it,
 * or SMTP stayed down through every try) is still unsent in Postgres: the replay must bring the
 * job back, not offer BullMQ an id it ignores while it keeps the failed job for two weeks.
 */
describe(OutboxReplay.name, () => {
  const prefix = `test-replay-${Date.now()}`;
  const connection = redisConnectionOptions(TEST_REDIS_URL);
  let dataSource: DataSource;
  let queues: JobQueues;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(TEST_DATABASE_URL)).initialize();
    // Other tests' rows would be relayed too; start from an empty backlog.
    await dataSource.query(`UPDATE outbox SET relayed_at = now() WHERE relayed_at IS NULL`);
    const [fulfilment, notices] = QUEUE_NAMES.map(
      (name) => new Queue(name, { connection, prefix }),
    );
    queues = new JobQueues(fulfilment, notices);
  });

  afterAll(async () => {
    for (const queue of [queues.fulfilment, queues.notices]) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await dataSource.destroy();
  });

  it('puts back a notice job that failed for good while its email is still unsent', async () => {
    const requestId = await createTestRequest(dataSource);
    expect(await new OutboxRelay(dataSource, queues).relayOnce()).toBe(1);
    const [{ job_id: jobId }] = await dataSource.query(
      `SELECT o.job_id FROM outbox o
       JOIN correspondence c ON o.payload->>'correspondenceId' = c.id::text
       WHERE c.request_id = $1`,
      [requestId],
    );

    // One try only (the relay's queue has no retries here), and it fails.
    const failing = new Worker(
      'notices',
      async () => {
        throw new Error('SMTP server unreachable');
      },
      { connection, prefix },
    );
    try {
      await waitUntil(
        async () => (await queues.notices.getJob(jobId))?.isFailed(),
        10_000,
        () => 'the notice job to fail',
      );
    } finally {
      await failing.close();
    }
    // Relayed longer ago than the grace period: the replay considers it.
    await dataSource.query(
      `UPDATE outbox SET relayed_at = now() - interval '1 minute' WHERE job_id = $1`,
      [jobId],
    );

    const replay = new OutboxReplay(dataSource, queues, {
      QUEUE_REPLAY_GRACE_MS: 1_000,
    } as AppConfig);
    await replay.replayOnce();

    expect(await (await queues.notices.getJob(jobId))?.getState()).toBe('waiting');
  });

  it('puts back a failed notice even when more unfinished jobs than one batch are ahead of it', async () => {
    // Two people's emails, both given up on; the first relayed earlier, so it leads the backlog.
    const first = await createTestRequest(dataSource);
    const second = await createTestRequest(dataSource);
    expect(await new OutboxRelay(dataSource, queues).relayOnce()).toBe(2);
    const jobOf = async (requestId: string): Promise<string> =>
      (
        await dataSource.query(
          `SELECT o.job_id FROM outbox o
           JOIN correspondence c ON o.payload->>'correspondenceId' = c.id::text
           WHERE c.request_id = $1`,
          [requestId],
        )
      )[0].job_id;
    const [firstJob, secondJob] = [await jobOf(first), await jobOf(second)];

    const failing = new Worker(
      'notices',
      async () => {
        throw new Error('SMTP server unreachable');
      },
      { connection, prefix },
    );
    try {
      await waitUntil(
        async () =>
          (await queues.notices.getJob(firstJob))?.isFailed() &&
          (await queues.notices.getJob(secondJob))?.isFailed(),
        10_000,
        () => 'both notice jobs to fail',
      );
    } finally {
      await failing.close();
    }
    await dataSource.query(
      `UPDATE outbox SET relayed_at = now() - interval '2 minutes' WHERE job_id = $1`,
      [firstJob],
    );
    await dataSource.query(
      `UPDATE outbox SET relayed_at = now() - interval '1 minute' WHERE job_id = $1`,
      [secondJob],
    );

    const replay = new OutboxReplay(dataSource, queues, {
      QUEUE_REPLAY_GRACE_MS: 1_000,
    } as AppConfig);
    // A batch of one: the second email sits behind a full batch.
    await replay.replayOnce(1);

    expect(await (await queues.notices.getJob(secondJob))?.getState()).toBe('waiting');
    expect(await (await queues.notices.getJob(firstJob))?.getState()).toBe('waiting');
  });
});
