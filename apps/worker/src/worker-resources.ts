import { OnApplicationShutdown } from '@nestjs/common';
import { FlowProducer } from 'bullmq';
import { SourceRegistry } from '@rightsdesk/fulfilment';
import { MailTransport } from '@rightsdesk/notices';

/** Long-lived connections the handlers share, closed when the worker stops. */
export class WorkerResources implements OnApplicationShutdown {
  constructor(
    readonly sources: SourceRegistry,
    readonly mail: MailTransport,
    readonly flows: FlowProducer,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.mail.close();
    await this.flows.close();
    await this.sources.close();
  }
}
