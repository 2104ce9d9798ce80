import { EntityManager } from 'typeorm';

export interface OutboxEntry {
  queue: string;
  jobName: string;
  jobId: string;
  payload: object;
  availableAt?: Date;
}

/**
 * Records a job to start, in the caller's transaction. The same job id twice is a no-op, so a
 * retried step cannot schedule its follow-up twice.
 */
export async function enqueueInOutbox(manager: EntityManager, entry: OutboxEntry): Promise<void> {
  await manager.query(
    `INSERT INTO outbox (queue, job_name, job_id, payload, available_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (job_id) DO NOTHING`,
    [
      entry.queue,
      entry.jobName,
      entry.jobId,
      JSON.stringify(entry.payload),
      entry.availableAt ?? new Date(),
    ],
  );
}
