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
import { sealAuditChain } from '@rightsdesk/persistence';
import { ExpireUnverifiedRequestsUseCase } from '@rightsdesk/intake';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { OutboxRelay, PeriodicTask } from '@rightsdesk/queue';

/**
 * The worker's background loops: relaying the job outbox from Postgres to BullMQ, sealing new
 * audit events into the hash chain, and expiring requests never verified. Several workers may
 * run them all; each row is claimed by one of them.
 */
@Injectable()
export class BackgroundLoops implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly tasks: PeriodicTask[];

  constructor(
    dataSource: DataSource,
    @InjectQueue('fulfilment') fulfilment: Queue,
    @InjectQueue('notices') notices: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    render: RenderNoticeUseCase,
  ) {
    const relay = new OutboxRelay(dataSource, { fulfilment, notices });
    const expiry = new ExpireUnverifiedRequestsUseCase(dataSource, render);
    this.tasks = [
      new PeriodicTask('outbox relay', () => relay.relayOnce(), new Logger('outbox')),
      new PeriodicTask('audit sealer', () => sealAuditChain(dataSource), new Logger('audit')),
      new PeriodicTask('verification expiry', () => expiry.runOnce(), new Logger('expiry')),
    ];
  }

  onApplicationBootstrap(): void {
    for (const task of this.tasks) task.start(this.config.OUTBOX_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.tasks.map((task) => task.stop()));
  }
}
