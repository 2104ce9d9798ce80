import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { AuditSealer } from '@rightsdesk/requests';
import { ExpireUnverifiedRequestsUseCase } from '@rightsdesk/intake';
import { ReconcileUnconfirmedMailUseCase, RetryUndeliveredMailUseCase } from '@rightsdesk/notices';
import { OutboxRelay, OutboxReplay, PeriodicTask } from '@rightsdesk/queue';
import { PurgeExpiredRecordsUseCase } from '@rightsdesk/reports';

/** Retention is counted in months: an hourly sweep is on time to the hour. */
const RETENTION_SWEEP_MS = 3_600_000;
/** Failed mail is sent again within this long of its next try (a partial index keeps it cheap). */
const MAIL_SWEEP_MS = 5_000;

/**
 * The worker's background loops: relaying the job outbox from Postgres to BullMQ, sealing new
 * audit events into the hash chain, sending again the mail whose tries all failed, settling
 * unconfirmed mail by the archive mailbox, expiring requests never verified, and replaying unfinished
 * jobs a Redis restart may have lost. Several workers may run them all; each row is claimed by
 * one of them (a replayed job id BullMQ already has is ignored).
 */
@Injectable()
export class BackgroundLoops implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly tasks: Array<[PeriodicTask, number]>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    relay: OutboxRelay,
    replay: OutboxReplay,
    sealer: AuditSealer,
    expiry: ExpireUnverifiedRequestsUseCase,
    retention: PurgeExpiredRecordsUseCase,
    mail: RetryUndeliveredMailUseCase,
    archive: ReconcileUnconfirmedMailUseCase,
  ) {
    const poll = config.OUTBOX_POLL_MS;
    // Often enough that an unconfirmed email waits little past its settle time.
    const archiveCheckMs = Math.min(30_000, Math.max(1_000, config.MAIL_ARCHIVE_SETTLE_MS / 4));
    this.tasks = [
      [new PeriodicTask('outbox relay', () => relay.relayOnce(), new Logger('outbox')), poll],
      [new PeriodicTask('audit sealer', () => sealer.sealOnce(), new Logger('audit')), poll],
      [new PeriodicTask('mail sweep', () => mail.runOnce(), new Logger('mail')), MAIL_SWEEP_MS],
      [
        // Idle (no query) unless MAIL_ARCHIVE_IMAP_* are set; logs one line while it cannot read.
        new PeriodicTask('mail archive check', () => archive.runOnce(), new Logger('mail')),
        archiveCheckMs,
      ],
      // Slow loops: nothing here is urgent to the second, and each scans more rows.
      [
        new PeriodicTask('verification expiry', () => expiry.runOnce(), new Logger('expiry')),
        60_000,
      ],
      [
        // Returns 0: one batch per interval, never a tight loop over jobs Redis already has.
        new PeriodicTask(
          'outbox replay',
          async () => (await replay.replayOnce(), 0),
          new Logger('replay'),
        ),
        config.QUEUE_REPLAY_MS,
      ],
      [
        // Retention (regs 7101): purge closed requests' personal data once they are old enough.
        new PeriodicTask('retention purge', () => retention.runOnce(), new Logger('retention')),
        RETENTION_SWEEP_MS,
      ],
    ];
  }

  onApplicationBootstrap(): void {
    for (const [task, intervalMs] of this.tasks) task.start(intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.tasks.map(([task]) => task.stop()));
  }
}
