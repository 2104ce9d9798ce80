import { JobsOptions } from 'bullmq';

/** Retry and retention defaults for every job, in one place. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  // Keep finished jobs a while for the queue-health page; Postgres is the record, not Redis.
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};
