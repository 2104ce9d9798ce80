import { JobsOptions } from 'bullmq';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Delay before the second try; each later one waits twice as long. */
  backoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 6, backoffMs: 2_000 };

/** Retry and retention defaults for every job, in one place. */
export function jobOptions(retry: RetryPolicy = DEFAULT_RETRY_POLICY): JobsOptions {
  return {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    // Keep finished jobs a while for the queue-health page; Postgres is the record, not Redis.
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 14 * 24 * 3600 },
  };
}

export const DEFAULT_JOB_OPTIONS: JobsOptions = jobOptions();

/**
 * How a worker counts a job that stalled (its worker died holding it): as a try like any other.
 * BullMQ fails a job that stalls more than `maxStalledCount` times (1 by default) whatever tries
 * it has left; here only starts count, so a job is started at most `attempts` times, whether
 * each start failed, stalled or a mix of both, and then fails like a job out of retries.
 */
export function stalledJobPolicy(attempts: number): {
  maxStalledCount: number;
  maxStartedAttempts: number;
} {
  return { maxStalledCount: attempts, maxStartedAttempts: attempts };
}
