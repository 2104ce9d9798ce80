import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { RequestsModule } from '@rightsdesk/requests';
import { CompanyInForce } from './company-identity';
import { CorrespondenceQueue } from './correspondence-queue';
import { CorrespondenceCopiesQuery } from './letters/correspondence-copies.query';
import { LetterDeliveryUseCase } from './letters/letter-delivery.use-case';
import { PrintQueue } from './letters/print-queue';
import { MailArchive } from './mail-archive';
import { MailSendClaims } from './mail-send-claims';
import { MailTransport } from './mail-transport';
import { ReconcileUnconfirmedMailUseCase } from './reconcile-unconfirmed-mail.use-case';
import { RenderNoticeUseCase } from './render-notice.use-case';
import { RetryUndeliveredMailUseCase } from './retry-undelivered-mail.use-case';
import { SendNoticeUseCase } from './send-notice.use-case';
import { SettleUnconfirmedMailUseCase } from './settle-unconfirmed-mail.use-case';
import { StaffAlertRuns } from './staff-alerts/staff-alert-runs.use-case';
import { StaffAlerts } from './staff-alerts/staff-alerts';
import { WorkWaitingQuery } from './staff-alerts/work-waiting.query';

const USE_CASES = [
  CompanyInForce,
  CorrespondenceQueue,
  RenderNoticeUseCase,
  SendNoticeUseCase,
  MailSendClaims,
  RetryUndeliveredMailUseCase,
  SettleUnconfirmedMailUseCase,
  ReconcileUnconfirmedMailUseCase,
  PrintQueue,
  LetterDeliveryUseCase,
  CorrespondenceCopiesQuery,
  StaffAlerts,
  StaffAlertRuns,
  WorkWaitingQuery,
];

/**
 * Notices to people: rendering (email or letter) in the transaction of the change they report,
 * sending, the print queue and the copies the company keeps; and staff notifications, mailed
 * through the same claimed send. Reads the configuration and the
 * letterhead and data map in force (global modules).
 */
@Module({
  imports: [RequestsModule],
  providers: [
    ...USE_CASES,
    {
      // SMTP: pooled connections, opened on the first message (none with no SMTP_URL).
      provide: MailTransport,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new MailTransport(config.SMTP_URL),
    },
    {
      // The archive mailbox, read only when all of MAIL_ARCHIVE_IMAP_* are set.
      provide: MailArchive,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new MailArchive(
          config.MAIL_ARCHIVE_IMAP_URL && config.MAIL_ARCHIVE_IMAP_USER
            ? {
                url: config.MAIL_ARCHIVE_IMAP_URL,
                user: config.MAIL_ARCHIVE_IMAP_USER,
                password: config.MAIL_ARCHIVE_IMAP_PASSWORD ?? '',
              }
            : null,
        ),
    },
  ],
  exports: [...USE_CASES, MailTransport, MailArchive],
})
export class NoticesModule {}
