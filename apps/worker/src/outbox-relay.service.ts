import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { OutboxRelay } from '@rightsdesk/queue';

/** Runs the outbox relay for the life of the worker process. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly relay: OutboxRelay;

  constructor(
    dataSource: DataSource,
    @InjectQueue('fulfilment') fulfilment: Queue,
    @InjectQueue('notices') notices: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.relay = new OutboxRelay(dataSource, { fulfilment, notices }, new Logger('outbox'));
  }

  onApplicationBootstrap(): void {
    this.relay.start(this.config.OUTBOX_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
