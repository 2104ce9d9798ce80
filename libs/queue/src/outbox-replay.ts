import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '@rightsdesk/persistence';
import { QueueName } from './job-catalogue';

/** Rows relayed this long ago or less are replayed if their work is unfinished. */
const REPLAY_WINDOW = '24 hours';

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
    const rows = (await this.dataSource.query(
      `SELECT o.queue, o.job_name AS "jobName", o.job_id AS "jobId", o.payload
       FROM outbox o
       WHERE o.relayed_at > now() - interval '${REPLAY_WINDOW}'
         AND o.relayed_at < now() - make_interval(secs => $1::double precision / 1000)
         AND CASE o.job_name
           WHEN 'fulfilment.start' THEN EXISTS (
             SELECT 1 FROM requests r WHERE r.id::text = o.payload->>'requestId'
               AND r.status IN ('approved', 'in_progress'))
           WHEN 'notice.render' THEN NOT EXISTS (
             SELECT 1 FROM correspondence c WHERE c.request_id::text = o.payload->>'requestId'
               AND c.kind = o.payload->>'notice')
           WHEN 'notice.send' THEN EXISTS (
             SELECT 1 FROM correspondence c WHERE c.id::text = o.payload->>'correspondenceId'
               AND c.status = 'pending')
           ELSE false
         END
       ORDER BY o.relayed_at
       LIMIT $2`,
      [this.graceMs, this.batchSize],
    )) as Pick<OutboxMessage, 'queue' | 'jobName' | 'jobId' | 'payload'>[];
    for (const row of rows) {
      const queue = this.queues[row.queue as QueueName];
      if (!queue) continue;
      await queue.add(row.jobName, row.payload, { jobId: row.jobId });
    }
    return rows.length;
  }
}
