import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { FlowProducer, JobsOptions, Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { jobOptions } from './job-defaults';
import { JOB_QUEUES, JobPayloads, jobIdFor } from './job-catalogue';
import { redisConnectionOptions } from './redis-connection';

/**
 * A request's fulfilment as one BullMQ flow: a child job per step (action and data source) and a
 * parent that runs once every child has finished. A child that fails for good fails the parent,
 * so a request never completes with a step missing. Job ids carry the request (or step) and the
 * retry generation: adding the same flow twice is harmless.
 */
@Injectable()
export class FulfilmentFlow implements OnApplicationShutdown {
  private readonly producer: FlowProducer;
  private readonly options: JobsOptions;

  constructor(
    @InjectQueue('fulfilment') private readonly queue: Queue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.producer = new FlowProducer({
      connection: redisConnectionOptions(config.REDIS_URL),
      prefix: config.QUEUE_PREFIX,
    });
    this.options = jobOptions({ attempts: config.JOB_ATTEMPTS, backoffMs: config.JOB_BACKOFF_MS });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
  }

  async add(requestId: string, generation: number, stepIds: readonly string[]): Promise<void> {
    const parentId = jobIdFor('fulfilment.complete', requestId, `g${generation}`);
    // A redelivered start job finds its flow already there.
    if (await this.queue.getJob(parentId)) return;
    const parent: JobPayloads['fulfilment.complete'] = { v: 1, requestId };
    await this.producer.add({
      name: 'fulfilment.complete',
      queueName: JOB_QUEUES['fulfilment.complete'],
      data: parent,
      opts: { ...this.options, jobId: parentId },
      children: stepIds.map((stepId) => {
        const data: JobPayloads['fulfilment.step'] = { v: 1, stepId };
        return {
          name: 'fulfilment.step',
          queueName: JOB_QUEUES['fulfilment.step'],
          data,
          opts: {
            ...this.options,
            jobId: jobIdFor('fulfilment.step', stepId, `g${generation}`),
            failParentOnFailure: true,
          },
        };
      }),
    });
  }
}
