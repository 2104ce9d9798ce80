import { OnApplicationShutdown } from '@nestjs/common';
import { FlowProducer } from 'bullmq';
import { MailTransport } from '@rightsdesk/notices';

/**
 * Long-lived connections the handlers share, closed when the worker stops. The company's
 * databases are reached per data map version, through DataMapStore.
 */
export class WorkerResources implements OnApplicationShutdown {
  constructor(
    readonly mail: MailTransport,
    readonly flows: FlowProducer,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.mail.close();
    await this.flows.close();
  }
}
