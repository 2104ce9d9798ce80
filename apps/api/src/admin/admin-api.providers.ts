import { OnApplicationShutdown, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueHealth } from '@rightsdesk/queue';
import type { AppConfig } from '@rightsdesk/config';
import { RetryFulfilmentUseCase } from '@rightsdesk/fulfilment';

/** Closes the queue-health connections with the app. */
class ClosingQueueHealth extends QueueHealth implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/** What only the api needs for administration: queue health, with an officer's retry. */
export function adminApiProviders(config: AppConfig): Provider[] {
  return [
    {
      provide: QueueHealth,
      inject: [DataSource, RetryFulfilmentUseCase],
      useFactory: (dataSource: DataSource, retry: RetryFulfilmentUseCase) =>
        new ClosingQueueHealth(dataSource, config.REDIS_URL, config.QUEUE_PREFIX, (id, actor) =>
          retry.execute(id, actor),
        ),
    },
  ];
}
