import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { QueueName } from './job-catalogue';
import { redisConnectionOptions } from './redis-connection';

/**
 * `live`: some job will still run (waiting in the outbox, or waiting, delayed, active or waiting
 * for its children in BullMQ); `none`: every job finished, failed for good or is gone;
 * `unknown`: Redis did not answer.
 */
export type JobLiveness = 'live' | 'none' | 'unknown';

/** BullMQ states in which a job has finished for good (`unknown`: removed or never added). */
const FINISHED_STATES = new Set(['completed', 'failed', 'unknown']);
const REDIS_TIMEOUT_MS = 3_000;

/**
 * Whether any of some jobs, named by id, is still going to run: read in the caller's
 * transaction (an outbox row not yet relayed counts) and then in BullMQ. The api's own Redis
 * client, made on first use and quick to give up, so an outage answers `unknown` rather than
 * hanging a page.
 */
@Injectable()
export class LiveJobs implements OnApplicationShutdown {
  private redis: Redis | undefined;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async of(queueName: QueueName, jobIds: readonly string[]): Promise<JobLiveness> {
    if (jobIds.length === 0) return 'none';
    const [unrelayed] = (await this.txHost.tx.query(
      'SELECT 1 FROM outbox WHERE job_id = ANY ($1::text[]) AND relayed_at IS NULL LIMIT 1',
      [jobIds],
    )) as unknown[];
    if (unrelayed) return 'live';
    const queue = this.queue(queueName);
    try {
      const states = await withTimeout(Promise.all(jobIds.map((id) => queue.getJobState(id))));
      return states.every((state) => FINISHED_STATES.has(state)) ? 'none' : 'live';
    } catch {
      return 'unknown';
    }
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      if (!this.redis) {
        this.redis = new Redis({
          ...redisConnectionOptions(this.config.REDIS_URL),
          maxRetriesPerRequest: 1,
        });
        this.redis.on('error', () => undefined); // answered as `unknown` by of()
      }
      queue = new Queue(name, { connection: this.redis, prefix: this.config.QUEUE_PREFIX });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Redis did not answer')), REDIS_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
