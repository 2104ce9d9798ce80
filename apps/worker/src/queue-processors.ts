import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { Job } from 'bullmq';
import { JOB_QUEUES, JobName } from '@rightsdesk/queue';
import { JOB_HANDLERS, JobHandlers } from './job-handler';

/** Dispatches a job to its handler; logs carry the job id and name, never the payload's people. */
abstract class CatalogueProcessor extends WorkerHost implements OnApplicationBootstrap {
  protected abstract readonly logger: Logger;
  constructor(
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
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

@Processor('fulfilment')
export class FulfilmentProcessor extends CatalogueProcessor {
  protected readonly logger = new Logger('fulfilment');
}

@Processor('notices')
export class NoticesProcessor extends CatalogueProcessor {
  protected readonly logger = new Logger('notices');
}
