import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { IntakeModule } from '@rightsdesk/intake';
import { RequestsModule } from '@rightsdesk/requests';
import { MailboxMessages } from './mailbox-messages';
import { MailboxTriageQuery } from './mailbox-triage.query';
import { MAILBOX_SETTINGS, mailboxSettingsFrom } from './mailbox-settings';
import { PollMailboxUseCase } from './poll-mailbox.use-case';
import { ReadMailboxMessageUseCase } from './read-mailbox-message.use-case';
import { ThreadInboundMessageUseCase } from './thread-inbound-message.use-case';
import { TriageMailboxMessageUseCase } from './triage-mailbox-message.use-case';

const USE_CASES = [
  PollMailboxUseCase,
  ThreadInboundMessageUseCase,
  ReadMailboxMessageUseCase,
  TriageMailboxMessageUseCase,
];

/**
 * The support mailbox: reading it (the worker's poller), threading replies onto requests, and
 * the console's triage of the rest. Needs DatabaseModule, ConfigModule and LiveConfigModule in
 * the root module.
 */
@Module({
  imports: [RequestsModule, IntakeModule],
  providers: [
    ...USE_CASES,
    MailboxTriageQuery,
    MailboxMessages,
    {
      provide: MAILBOX_SETTINGS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => mailboxSettingsFrom(config),
    },
  ],
  exports: [...USE_CASES, MailboxTriageQuery, MAILBOX_SETTINGS],
})
export class MailboxModule {}
