import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { QueueName } from './job-catalogue';

/**
 * The catalogue's BullMQ queues by name, where the outbox relay and replay put jobs. Provided
 * where the queues are registered (the worker).
 */
@Injectable()
export class JobQueues implements Record<QueueName, Queue> {
  constructor(
    @InjectQueue('fulfilment') readonly fulfilment: Queue,
    @InjectQueue('notices') readonly notices: Queue,
  ) {}
}
