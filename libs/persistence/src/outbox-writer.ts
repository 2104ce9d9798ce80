import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityManager } from 'typeorm';

export interface OutboxEntry {
  queue: string;
  jobName: string;
  jobId: string;
  payload: object;
}

/**
 * Records a job to start, in the caller's transaction. The same job id twice is a no-op, so a
 * retried step cannot schedule its follow-up twice. Available from the database's now(), the
 * clock the relay compares with: a process whose own clock runs ahead must not delay its jobs.
 */
export async function enqueueInOutbox(manager: EntityManager, entry: OutboxEntry): Promise<void> {
  await manager.query(
    `INSERT INTO outbox (queue, job_name, job_id, payload, available_at)
     VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (job_id) DO NOTHING`,
    [entry.queue, entry.jobName, entry.jobId, JSON.stringify(entry.payload)],
  );
}

/** The outbox in the current transaction: a job recorded here starts only if the change commits. */
@Injectable()
export class Outbox {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async enqueue(entry: OutboxEntry): Promise<void> {
    await enqueueInOutbox(this.txHost.tx, entry);
  }
}
