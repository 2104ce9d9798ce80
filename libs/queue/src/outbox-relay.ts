import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '@rightsdesk/persistence';
import { QueueName } from './job-catalogue';
import { JobQueues } from './job-queues';

/**
 * Moves outbox rows into BullMQ. Rows are claimed with SKIP LOCKED so several workers can relay
 * at once, and marked relayed only after Redis accepted the jobs: if Redis is down, the rows
 * stay and the next tick tries again. Job ids make a relay that repeats after a crash harmless.
 */
@Injectable()
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
  ) {}

  /** Relays one batch of up to `batchSize` rows; returns how many jobs went to BullMQ. */
  async relayOnce(batchSize = 200): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('outbox')
        .where('outbox.relayed_at IS NULL AND outbox.available_at <= now()')
        .orderBy('outbox.created_at')
        .limit(batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return 0;
      for (const [queueName, batch] of groupByQueue(rows)) {
        const queue = this.queues[queueName];
        if (!queue) throw new Error(`outbox row names unknown queue "${queueName}"`);
        await queue.addBulk(
          batch.map((row) => ({
            name: row.jobName,
            data: row.payload,
            // Retries and retention come from the queue's defaults (one policy, in configuration).
            opts: { jobId: row.jobId },
          })),
        );
      }
      await manager
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ relayedAt: () => 'now()', attempts: () => 'attempts + 1' })
        .whereInIds(rows.map((row) => row.id))
        .execute();
      return rows.length;
    });
  }
}

function groupByQueue(rows: OutboxMessage[]): Map<QueueName, OutboxMessage[]> {
  const groups = new Map<QueueName, OutboxMessage[]>();
  for (const row of rows) {
    const queue = row.queue as QueueName;
    groups.set(queue, [...(groups.get(queue) ?? []), row]);
  }
  return groups;
}
