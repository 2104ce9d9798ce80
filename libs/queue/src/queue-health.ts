import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { DomainError } from '@rightsdesk/domain';
import { appendAdminEvent } from '@rightsdesk/persistence';
import { failedRequestOfJob } from '@rightsdesk/requests';
import { QUEUE_NAMES, type QueueName } from './job-catalogue';
import { redisConnectionOptions } from './redis-connection';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A failed job as staff see it: ids from the payload, never the people behind them. */
export interface FailedJob {
  id: string;
  name: string;
  /** The ids the payload carries (request, step, correspondence) and the notice kind. */
  refersTo: Record<string, string | number>;
  error: string;
  attemptsMade: number;
  attemptsAllowed: number;
  failedAt: Date | null;
}

export interface QueueReport {
  name: QueueName;
  counts: Record<JobState, number>;
  /** Age of the oldest job waiting to be picked up, or null when none waits. */
  oldestWaitingMs: number | null;
  /** The most recent failed jobs (at most FAILED_SHOWN). */
  failed: FailedJob[];
}

export interface QueueHealthReport {
  at: Date;
  /** `unreachable`: Redis did not answer; the outbox below still shows what waits in Postgres. */
  redis: 'ok' | 'unreachable';
  queues: QueueReport[];
  outbox: { unrelayed: number; oldestUnrelayedMs: number | null; retrying: number };
}

/** Retries a failed request's fulfilment the way an officer does (a new generation). */
export interface FailedRequestRetry {
  execute(requestId: string, actor: string): Promise<unknown>;
}

/** The api's FailedRequestRetry: RetryFulfilmentUseCase (fulfilment depends on this lib). */
export const FAILED_REQUEST_RETRY = Symbol('FAILED_REQUEST_RETRY');

export const FAILED_SHOWN = 50;
const REDIS_TIMEOUT_MS = 3_000;
const PAYLOAD_IDS = ['requestId', 'stepId', 'correspondenceId', 'notice', 'generation'] as const;

/**
 * Queue health for admins: counts per BullMQ queue of the catalogue, the failed jobs with their
 * error and attempts, and the outbox rows not yet relayed to Redis (Postgres is the record: a
 * backlog there means the relay is behind or Redis is down).
 */
@Injectable()
export class QueueHealth implements OnApplicationShutdown {
  private readonly queues: Map<QueueName, Queue>;
  private readonly redis: Redis;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(FAILED_REQUEST_RETRY) private readonly retryRequest: FailedRequestRetry,
  ) {
    const prefix = config.QUEUE_PREFIX;
    const redisUrl = config.REDIS_URL;
    // Not a worker: a Redis outage should fail a page quickly rather than hang it. One client
    // of our own for every queue, so closing never waits for a Redis that is gone.
    this.redis = new Redis({ ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined); // reported as "unreachable" by report()
    this.queues = new Map(
      QUEUE_NAMES.map(
        (name) => [name, new Queue(name, { connection: this.redis, prefix })] as const,
      ),
    );
    for (const queue of this.queues.values()) queue.on('error', () => undefined);
  }

  async report(): Promise<QueueHealthReport> {
    const outbox = await this.outbox();
    try {
      const queues = await withTimeout(
        Promise.all([...this.queues.entries()].map(([name, queue]) => queueReport(name, queue))),
      );
      return { at: new Date(), redis: 'ok', queues, outbox };
    } catch {
      return { at: new Date(), redis: 'unreachable', queues: [], outbox };
    }
  }

  /**
   * Retries one failed job. A fulfilment job whose request has failed is retried through the
   * request (its failed steps run again in a new flow, as an officer's retry does); any other
   * failed job is put back on its queue as it was.
   */
  async retry(queueName: string, jobId: string, actor: string): Promise<{ retried: string }> {
    const queue = this.queue(queueName);
    const job = await withTimeout(queue.getJob(jobId));
    if (!job) throw new DomainError('not_found', `There is no job "${jobId}" on ${queueName}.`);
    if (!(await withTimeout(job.isFailed()))) {
      throw new DomainError('invalid_state', `Job "${jobId}" has not failed: nothing to retry.`);
    }
    const via = await this.retryJob(queueName as QueueName, job, actor);
    await this.txHost.withTransaction(() =>
      appendAdminEvent(this.txHost.tx, {
        actor,
        action: 'queue.job_retried',
        data: { queue: queueName, jobId, job: job.name, via },
      }),
    );
    return { retried: jobId };
  }

  /** Retries every failed job of a queue; returns how many were retried. */
  async retryAllFailed(queueName: string, actor: string): Promise<{ retried: number }> {
    const queue = this.queue(queueName);
    const failed = await withTimeout(queue.getFailed(0, -1));
    let retried = 0;
    for (const job of failed) {
      try {
        await this.retryJob(queueName as QueueName, job, actor);
        retried += 1;
      } catch {
        // Retried meanwhile by someone else, or its request moved on: nothing left to do.
      }
    }
    await this.txHost.withTransaction(() =>
      appendAdminEvent(this.txHost.tx, {
        actor,
        action: 'queue.failed_retried',
        data: { queue: queueName, retried, failed: failed.length },
      }),
    );
    return { retried };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private async retryJob(queueName: QueueName, job: Job, actor: string): Promise<string> {
    const requestId = await this.failedRequestOf(queueName, job);
    if (requestId) {
      await this.retryRequest.execute(requestId, actor);
      // The retry runs under new job ids; the old failed job would only confuse the page.
      await job.remove().catch(() => undefined);
      return 'request_retry';
    }
    await withTimeout(job.retry('failed'));
    return 'job_retry';
  }

  /** The request behind a fulfilment job, when that request is in the failed state. */
  private async failedRequestOf(queueName: QueueName, job: Job): Promise<string | null> {
    if (queueName !== 'fulfilment') return null;
    const data = job.data as { requestId?: string; stepId?: string };
    return failedRequestOfJob(this.txHost.tx, data.requestId ?? null, data.stepId ?? null);
  }

  private queue(name: string): Queue {
    const queue = this.queues.get(name as QueueName);
    if (!queue) {
      throw new DomainError(
        'not_found',
        `There is no queue "${name}"; the queues are ${QUEUE_NAMES.join(', ')}.`,
      );
    }
    return queue;
  }

  private async outbox(): Promise<QueueHealthReport['outbox']> {
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*)::int AS unrelayed,
              (extract(epoch FROM now() - min(created_at)) * 1000)::bigint AS oldest,
              count(*) FILTER (WHERE attempts > 0)::int AS retrying
       FROM outbox WHERE relayed_at IS NULL`,
    )) as Array<{ unrelayed: number; oldest: string | null; retrying: number }>;
    return {
      unrelayed: row.unrelayed,
      oldestUnrelayedMs: row.oldest === null ? null : Number(row.oldest),
      retrying: row.retrying,
    };
  }
}

async function queueReport(name: QueueName, queue: Queue): Promise<QueueReport> {
  const counts = (await queue.getJobCounts(...JOB_STATES)) as Record<JobState, number>;
  const [oldest] = await queue.getJobs(['waiting'], 0, 0, true);
  const failed = await queue.getFailed(0, FAILED_SHOWN - 1);
  return {
    name,
    counts,
    oldestWaitingMs: oldest ? Math.max(0, Date.now() - oldest.timestamp) : null,
    failed: failed.filter(Boolean).map(failedJob),
  };
}

function failedJob(job: Job): FailedJob {
  const data = (job.data ?? {}) as Record<string, unknown>;
  const refersTo: Record<string, string | number> = {};
  for (const key of PAYLOAD_IDS) {
    const value = data[key];
    if (typeof value === 'string' || typeof value === 'number') refersTo[key] = value;
  }
  return {
    id: String(job.id),
    name: job.name,
    refersTo,
    error: (job.failedReason ?? '').slice(0, 500),
    attemptsMade: job.attemptsMade,
    attemptsAllowed: job.opts.attempts ?? 1,
    failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
  };
}

/** A Redis call that fails or hangs becomes a 409 that says so, not a 500 or a hung page. */
function withTimeout<T>(promise: Promise<T>): Promise<T> {
  const unavailable = () =>
    new DomainError(
      'invalid_state',
      `The queues (Redis) did not answer within ${REDIS_TIMEOUT_MS / 1000} s; try again once Redis is back. Nothing is lost meanwhile: the work waits in Postgres.`,
    );
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(unavailable()), REDIS_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof DomainError ? error : unavailable());
      },
    );
  });
}
