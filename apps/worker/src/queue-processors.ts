import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { Job } from 'bullmq';
import { FailFulfilmentStepUseCase } from '@rightsdesk/fulfilment';
import { JOB_QUEUES, JobName, JobPayloads } from '@rightsdesk/queue';
import { JobHandlerTable, JobHandlers } from './job-handler';

/**
 * A crashed worker's jobs go back to the queue once their lock lapses and a stall check sees it:
 * a 15 s lock (renewed every 7.5 s while a job runs; every job streams, so renewal never starves)
 * and a check every 10 s bring a killed worker's job back within about half a minute, not the
 * minute of BullMQ's defaults.
 */
const WORKER_OPTIONS = { lockDuration: 15_000, stalledInterval: 10_000 };

/** Dispatches a job to its handler; logs carry the job id and name, never the payload's people. */
abstract class CatalogueProcessor extends WorkerHost implements OnApplicationBootstrap {
  protected abstract readonly logger: Logger;
  private readonly handlers: JobHandlers;

  constructor(
    @Inject(JobHandlerTable) table: JobHandlerTable,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.handlers = table.handlers;
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job): Promise<void> {
    const name = job.name as JobName;
    const handler = this.handlers[name] as ((payload: unknown) => Promise<void>) | undefined;
    if (!handler || JOB_QUEUES[name] !== job.queueName) {
      throw new Error(`no handler for job "${job.name}" on queue "${job.queueName}"`);
    }
    const started = Date.now();
    try {
      await handler(job.data);
      this.logger.log(
        { jobId: job.id, job: job.name, attempt: job.attemptsMade + 1, ms: Date.now() - started },
        'job done',
      );
    } catch (error) {
      this.logger.warn(
        {
          jobId: job.id,
          job: job.name,
          attempt: job.attemptsMade + 1,
          error: (error as Error).message,
        },
        'job failed',
      );
      throw error;
    }
  }
}

@Processor('fulfilment', WORKER_OPTIONS)
export class FulfilmentProcessor extends CatalogueProcessor {
  protected readonly logger = new Logger('fulfilment');

  constructor(
    @Inject(JobHandlerTable) table: JobHandlerTable,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly failures: FailFulfilmentStepUseCase,
  ) {
    super(table, config);
  }

  /**
   * After a job's last retry, the request shows what failed (step, source, error) and an
   * officer can retry it; earlier failures only wait for the next attempt.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    try {
      if (job.name === 'fulfilment.step') {
        await this.failures.execute(
          (job.data as JobPayloads['fulfilment.step']).stepId,
          error.message,
        );
      } else {
        const { requestId } = job.data as { requestId?: string };
        if (requestId) await this.failures.failRequest(requestId, job.name, error.message);
      }
    } catch (recording) {
      this.logger.error(
        { jobId: job.id, job: job.name, error: (recording as Error).message },
        'could not record the failure',
      );
    }
  }
}

@Processor('notices', WORKER_OPTIONS)
export class NoticesProcessor extends CatalogueProcessor {
  protected readonly logger = new Logger('notices');
}
