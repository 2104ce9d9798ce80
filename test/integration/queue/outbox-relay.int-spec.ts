import 'reflect-metadata';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@rightsdesk/persistence';
import { OutboxRelay, QueueName, redisConnectionOptions } from '@rightsdesk/queue';
import { createTestRequest } from '../../support/requests';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../support/test-env';

function queuesAt(redisUrl: string, prefix: string): Record<QueueName, Queue> {
  const connection = {
    ...redisConnectionOptions(redisUrl),
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  };
  const queues = {
    fulfilment: new Queue('fulfilment', { connection, prefix }),
    notices: new Queue('notices', { connection, prefix }),
  };
  // The unreachable case is expected to fail; the failure is asserted, not printed.
  for (const queue of Object.values(queues)) queue.on('error', () => undefined);
  return queues;
}

async function closeAll(queues: Record<QueueName, Queue>): Promise<void> {
  await Promise.all(Object.values(queues).map((queue) => queue.close().catch(() => undefined)));
}

describe(OutboxRelay.name, () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(TEST_DATABASE_URL)).initialize();
    // Other tests' rows would be relayed too; start from an empty backlog.
    await dataSource.query(`UPDATE outbox SET relayed_at = now() WHERE relayed_at IS NULL`);
  });
  afterAll(() => dataSource.destroy());

  /** The one job a new request causes: the email with its verification code. */
  async function jobOf(
    requestId: string,
  ): Promise<{ job_id: string; payload: unknown; relayed_at: Date | null }> {
    const [row] = await dataSource.query(
      `SELECT o.job_id, o.payload, o.relayed_at FROM outbox o
       JOIN correspondence c ON o.payload->>'correspondenceId' = c.id::text
       WHERE c.request_id = $1`,
      [requestId],
    );
    return row;
  }

  it('keeps the job in Postgres while Redis is down, then relays it once Redis answers', async () => {
    const requestId = await createTestRequest(dataSource);
    const prefix = `test-relay-${Date.now()}`;

    // Nothing listens on port 1: the relay cannot reach Redis.
    const unreachable = queuesAt('redis://127.0.0.1:1', prefix);
    const down = new OutboxRelay(dataSource, unreachable);
    await expect(down.relayOnce()).rejects.toThrow();
    await closeAll(unreachable);
    expect((await jobOf(requestId)).relayed_at).toBeNull();

    const reachable = queuesAt(TEST_REDIS_URL, prefix);
    try {
      const up = new OutboxRelay(dataSource, reachable);
      expect(await up.relayOnce()).toBe(1);
      const row = await jobOf(requestId);
      expect(row.relayed_at).not.toBeNull();
      const job = await reachable.notices.getJob(row.job_id);
      expect(job?.name).toBe('notice.send');
      expect(job?.data).toEqual(row.payload);
      // A second pass finds nothing new: each row goes to BullMQ once.
      expect(await up.relayOnce()).toBe(0);
    } finally {
      await reachable.notices.obliterate({ force: true });
      await closeAll(reachable);
    }
  });

  it('lets two relays share the backlog without sending a row twice', async () => {
    // One after another: thirty at once would wait on the pool of ten, not test the relays.
    const ids: string[] = [];
    for (let n = 0; n < 30; n += 1) ids.push(await createTestRequest(dataSource));
    const prefix = `test-relay-pair-${Date.now()}`;
    const first = queuesAt(TEST_REDIS_URL, prefix);
    const second = queuesAt(TEST_REDIS_URL, prefix);
    try {
      const [a, b] = await Promise.all([
        new OutboxRelay(dataSource, first).relayOnce(10),
        new OutboxRelay(dataSource, second).relayOnce(10),
      ]);
      expect(a + b).toBe(20);
      const rest = new OutboxRelay(dataSource, first);
      expect(await rest.relayOnce(100)).toBe(10);
      expect(await first.notices.getJobCountByTypes('waiting', 'prioritized', 'delayed')).toBe(
        ids.length,
      );
    } finally {
      await first.notices.obliterate({ force: true });
      await closeAll(first);
      await closeAll(second);
    }
  });
});
