import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { Job, UnrecoverableError } from 'bullmq';
import { AmbiguousPersonError } from '@rightsdesk/connectors';
import { FailFulfilmentStepUseCase } from '@rightsdesk/fulfilment';
import { JOB_QUEUES, JobName, JobPayloads, stalledJobPolicy } from '@rightsdesk/queue';
import { JobHandlerTable, JobHandlers } from './job-handler';

/**
 * A crashed worker's jobs go back to the queue once their lock lapses and a stall check sees it:
 * by default a 15 s lock (renewed at half of it while a job runs; every job streams, so renewal
 * never starves) and a check every 10 s (JOB_LOCK_MS, JOB_STALL_CHECK_MS) bring a killed
 * worker's job back within about half a minute, not the minute of BullMQ's defaults. Workers
 * start once configured (see onApplicationBootstrap), so not even their first stall check runs
 * with BullMQ's defaults.
 */
const WORKER_OPTIONS = { autorun: false };

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
    // Read by the worker at each start and stall check: a stall spends one of the job's tries.
    Object.assign(this.worker.opts, stalledJobPolicy(this.config.JOB_ATTEMPTS), {
      lockDuration: this.config.JOB_LOCK_MS,
      stalledInterval: this.config.JOB_STALL_CHECK_MS,
    });
    this.worker
      .run()
      .catch((error: Error) => this.logger.error({ error: error.message }, 'worker stopped'));
  }

  /**
   * Every failure of a job ends here, but only a job BullMQ has failed for good (out of tries,
   * started too often because its workers kept dying, or refused outright) is recorded; the
   * others wait for their next try. The state is asked of Redis rather than worked out from the
   * counters, so every way BullMQ gives up is covered.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    try {
      if ((await job.getState()) !== 'failed') return;
      await this.recordFinalFailure(job, error.message);
    } catch (recording) {
      this.logger.error(
        { jobId: job.id, job: job.name, error: (recording as Error).message },
        'could not record the failure',
      );
    }
  }

  /** What a job failed for good leaves behind, for staff to see and act on. */
  protected abstract recordFinalFailure(job: Job, message: string): Promise<void>;

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
      // Trying again finds the same people: the officer chooses, so the request stops now.
      if (error instanceof AmbiguousPersonError) throw new UnrecoverableError(error.message);
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

  /** The request shows what failed (step, source, error) and an officer can retry it. */
  protected async recordFinalFailure(job: Job, message: string): Promise<void> {
    if (job.name === 'fulfilment.step') {
      await this.failures.execute((job.data as JobPayloads['fulfilment.step']).stepId, message);
      return;
    }
    // A step that failed for good fails its flow's final job too ("child <key> failed"): that
    // records the step and its own error, as the step's handler does, whichever comes first.
    const child = /^child \S*:(fulfilment\.step\.[^:\s]+) failed$/.exec(message);
    const failedStep = child && (await Job.fromId(this.worker, child[1]));
    if (failedStep) {
      await this.failures.execute(
        (failedStep.data as JobPayloads['fulfilment.step']).stepId,
        failedStep.failedReason || message,
      );
      return;
    }
    const { requestId } = job.data as { requestId?: string };
    if (requestId) await this.failures.failRequest(requestId, job.name, message);
  }
}

@Processor('notices', WORKER_OPTIONS)
export class NoticesProcessor extends CatalogueProcessor {
  protected readonly logger = new Logger('notices');

  /**
   * A notice belongs to its request whatever state the request is in, so the request is not
   * failed for it: the failure is logged for staff, and the outbox replay, which finds the
   * notice still unrendered or unsent in Postgres, puts the failed job back later.
   */
  protected async recordFinalFailure(job: Job, message: string): Promise<void> {
    this.logger.error(
      { jobId: job.id, job: job.name, attempts: job.attemptsMade, error: message },
      'notice job failed for good; the outbox replay will try it again',
    );
  }
}
