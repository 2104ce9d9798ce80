import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { AuditSealer } from '@rightsdesk/requests';
import { FailAbandonedFulfilmentUseCase } from '@rightsdesk/fulfilment';
import { ExpireUnverifiedRequestsUseCase } from '@rightsdesk/intake';
import { MAILBOX_SETTINGS, MailboxSettings, PollMailboxUseCase } from '@rightsdesk/mailbox';
import {
  ReconcileUnconfirmedMailUseCase,
  RetryUndeliveredMailUseCase,
  StaffAlertRuns,
} from '@rightsdesk/notices';
import { OutboxRelay, OutboxReplay, PeriodicTask } from '@rightsdesk/queue';
import { PurgeExpiredRecordsUseCase } from '@rightsdesk/reports';

/** Retention is counted in months: an hourly sweep is on time to the hour. */
const RETENTION_SWEEP_MS = 3_600_000;
/** Failed mail is sent again within this long of its next try (a partial index keeps it cheap). */
const MAIL_SWEEP_MS = 5_000;
/** The daily staff runs start within a minute of the digest hour. */
const STAFF_ALERTS_MS = 60_000;

/**
 * The worker's background loops: relaying the job outbox from Postgres to BullMQ, sealing new
 * audit events into the hash chain, sending again the mail whose tries all failed, settling
 * unconfirmed mail by the archive mailbox, expiring requests never verified, failing visibly a
 * request in progress that no job is left to run, telling staff once a day of requests due soon
 * (and their digests), replaying unfinished jobs a Redis restart may have lost, and reading the
 * support mailbox when IMAP_URL is set. Several workers may run them all; each row is claimed by
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
    abandoned: FailAbandonedFulfilmentUseCase,
    staffAlerts: StaffAlertRuns,
    mailbox: PollMailboxUseCase,
    @Inject(MAILBOX_SETTINGS) mailboxSettings: MailboxSettings | null,
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
        // Returns 0: a failed request needs nothing more this minute.
        new PeriodicTask(
          'abandoned fulfilment',
          async () => (await abandoned.runOnce(), 0),
          new Logger('fulfilment'),
        ),
        60_000,
      ],
      [
        // Keyed per member and day, so any number of workers mail once.
        new PeriodicTask(
          'staff notifications',
          async () => (await staffAlerts.runOnce(), 0),
          new Logger('staff-alerts'),
        ),
        STAFF_ALERTS_MS,
      ],
      [
        // Returns 0: one pass per interval, never a tight loop over jobs Redis already has.
        new PeriodicTask(
          'outbox replay',
          async () => (await replay.replayOnce(), 0),
          new Logger('replay'),
        ),
        config.QUEUE_REPLAY_MS,
      ],
      [
        // Retention (regs 7101): purge closed requests' personal data once they are old enough.
        new PeriodicTask(
          'retention purge',
          async () => (await retention.purgeFiledSupportMessages(), retention.runOnce()),
          new Logger('retention'),
        ),
        RETENTION_SWEEP_MS,
      ],
    ];
    const logger = new Logger('mailbox');
    if (mailboxSettings) {
      this.tasks.push([
        new PeriodicTask('support mailbox', () => mailbox.runOnce(), logger),
        mailboxSettings.pollMs,
      ]);
    } else {
      logger.log('support mailbox: off (IMAP_URL is not set)');
    }
  }

  onApplicationBootstrap(): void {
    for (const [task, intervalMs] of this.tasks) task.start(intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.tasks.map(([task]) => task.stop()));
  }
}
