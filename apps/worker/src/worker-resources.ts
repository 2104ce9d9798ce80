import { OnApplicationShutdown } from '@nestjs/common';
import { FlowProducer } from 'bullmq';

/**
 * Long-lived connections the handlers share, closed when the worker stops. The company's
 * databases are reached per data map version, through DataMapStore.
 */
export class WorkerResources implements OnApplicationShutdown {
  constructor(readonly flows: FlowProducer) {}

  async onApplicationShutdown(): Promise<void> {
    await this.flows.close();
  }
}
