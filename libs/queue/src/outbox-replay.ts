import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { unfinishedRelayedJobs } from '@rightsdesk/requests';
import { QueueName } from './job-catalogue';

/**
 * Puts back into BullMQ the jobs whose work Postgres says is unfinished, so a Redis that lost
 * its data (a restart without persistence, a failover) loses nothing: a fulfilment not yet
 * complete, a notice not yet rendered or not yet sent. Job ids are the outbox's, so a job still
 * in Redis is left as it is (BullMQ ignores a known id) and every handler is idempotent anyway.
 */
export class OutboxReplay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Record<QueueName, Queue>,
    /** Only rows relayed longer ago than this, so the replay never races the relay. */
    private readonly graceMs = 30_000,
    private readonly batchSize = 500,
  ) {}

  /** Re-adds one batch of unfinished jobs; returns how many were offered to BullMQ. */
  async replayOnce(): Promise<number> {
    const rows = await unfinishedRelayedJobs(this.dataSource, this.graceMs, this.batchSize);
    for (const row of rows) {
      const queue = this.queues[row.queue as QueueName];
      if (!queue) continue;
      await queue.add(row.jobName, row.payload, { jobId: row.jobId });
    }
    return rows.length;
  }
}
