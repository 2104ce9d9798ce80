import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { type ReplayCursor, type ReplayRow, unfinishedRelayedJobs } from '@rightsdesk/requests';
import { QueueName } from './job-catalogue';
import { JobQueues } from './job-queues';

/**
 * Puts back into BullMQ the jobs whose work Postgres says is unfinished, so a Redis that lost
 * its data (a restart without persistence, a failover) loses nothing: a fulfilment not yet
 * complete, a notice not yet rendered or not yet sent. Job ids are the outbox's, so a job still
 * waiting or running in Redis is left as it is (BullMQ ignores a known id) and every handler is
 * idempotent anyway. A job BullMQ keeps as failed would swallow the add the same way, so it is
 * retried instead: unfinished work never waits on a job that has given up.
 */
@Injectable()
export class OutboxReplay {
  /** Only rows relayed longer ago than this (QUEUE_REPLAY_GRACE_MS), so the replay never races the relay. */
  private readonly graceMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.graceMs = config.QUEUE_REPLAY_GRACE_MS;
  }

  /**
   * Walks every unfinished job in the replay window, `batchSize` rows at a time, and offers each
   * back to BullMQ; returns how many were offered. One pass covers the whole window, so a failed
   * job is put back even behind a backlog of jobs still waiting in Redis.
   */
  async replayOnce(batchSize = 500): Promise<number> {
    let offered = 0;
    let after: ReplayCursor | undefined;
    for (;;) {
      const rows = await unfinishedRelayedJobs(this.dataSource, this.graceMs, batchSize, after);
      for (const row of rows) await this.offer(row);
      offered += rows.length;
      if (rows.length < batchSize) return offered;
      after = rows[rows.length - 1];
    }
  }

  private async offer(row: ReplayRow): Promise<void> {
    const queue = this.queues[row.queue as QueueName];
    if (!queue) return;
    const kept = await queue.getJob(row.jobId);
    if (kept && (await kept.isFailed())) await kept.retry('failed');
    else await queue.add(row.jobName, row.payload, { jobId: row.jobId });
  }
}
