import { Inject, Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { LifecycleSettingsInForce } from '@rightsdesk/intake';
import { MailboxEntry, MailboxFailure, MailboxSession, MailboxUnavailable } from './mailbox-client';
import { MAILBOX_SETTINGS, MailboxSettings } from './mailbox-settings';
import { MailboxMessages, NewMailboxMessage } from './mailbox-messages';
import { InboundMessage, oversizedMessageId, readInboundMessage } from './inbound-message';
import { ThreadInboundMessageUseCase } from './thread-inbound-message.use-case';

/** imapflow's and the socket's codes for a connection that went away mid-read. */
const CONNECTION_LOST = /^(NoConnection|ETIMEOUT|ETIMEDOUT|ECONNRESET|EPIPE|ETHROTTLE)$/;

/** Messages taken in per pass; the loop runs again at once while a pass is full. */
const BATCH = 25;

/** What became of one message, for the log line (no address, no subject, no reference). */
type Outcome = 'threaded' | 'draft' | 'already stored';

/**
 * Reads new messages from the support mailbox (issue 14, part 3). Each message is read whole,
 * then stored sealed, threaded or left as a draft, and the folder's high-water mark moved past
 * it, all in one transaction; only after the commit is it flagged \Seen. A crash before the
 * commit leaves nothing written and the message is read again; a second poller reading it at
 * the same time finds it stored (unique Message-ID) and moves on. A mailbox that is down or
 * refuses the login costs nothing but a log line and a note for the queue health page.
 */
@Injectable()
export class PollMailboxUseCase {
  private readonly logger = new Logger('mailbox');
  private lastFailure: MailboxFailure | undefined;

  constructor(
    @Inject(MAILBOX_SETTINGS) private readonly settings: MailboxSettings | null,
    private readonly messages: MailboxMessages,
    private readonly threading: ThreadInboundMessageUseCase,
    private readonly lifecycle: LifecycleSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** How many messages this pass took in (stored or found already stored). */
  async runOnce(): Promise<number> {
    const settings = this.settings;
    if (!settings) return 0;
    let session: MailboxSession;
    try {
      session = await MailboxSession.open(settings);
    } catch (error) {
      if (!(error instanceof MailboxUnavailable)) throw error;
      await this.failed(settings.mailbox, error);
      return 0;
    }
    try {
      return await this.readNew(session, settings);
    } catch (error) {
      // The connection dropped mid-read: what was committed stays, the rest is read next time.
      const code = (error as { code?: string }).code;
      if (!code || !CONNECTION_LOST.test(code)) throw error;
      await this.failed(settings.mailbox, new MailboxUnavailable('unreachable', code));
      return 0;
    } finally {
      await session.close();
    }
  }

  private async readNew(session: MailboxSession, settings: MailboxSettings): Promise<number> {
    const position = await this.messages.position(settings.mailbox);
    const since = position?.uidValidity === session.uidValidity ? Number(position.lastUid) : 0;
    const entries = await session.entriesAfter(since, BATCH);
    if (this.lastFailure) this.logger.log('support mailbox: reading again');
    this.lastFailure = undefined;
    if (entries.length === 0) {
      await this.txHost.withTransaction(() => this.messages.recordRead(settings.mailbox));
      return 0;
    }
    for (const entry of entries) {
      const outcome = await this.takeIn(session, settings, entry);
      await session.markSeen(entry.uid);
      this.logger.log(`support mailbox: message ${entry.uid} ${outcome}`);
    }
    return entries.length === BATCH ? entries.length : 0;
  }

  private async takeIn(
    session: MailboxSession,
    settings: MailboxSettings,
    entry: MailboxEntry,
  ): Promise<Outcome> {
    const message: NewMailboxMessage & Partial<Pick<InboundMessage, 'quotedReferences'>> =
      entry.size > settings.maxMessageBytes
        ? this.oversized(entry, session.uidValidity)
        : await readInboundMessage(await session.source(entry.uid), entry.arrivedAt);
    if (message.problem) {
      this.logger.warn(
        `support mailbox: message ${entry.uid} is ${message.problem === 'too_big' ? `over ${settings.maxMessageBytes} bytes; left in the mailbox unread` : 'malformed (no sender); kept as text'}, for an officer to triage`,
      );
    }
    if (message.refusedAttachments.length) {
      this.logger.warn(
        `support mailbox: message ${entry.uid}: ${message.refusedAttachments.length} attachment(s) left out (${message.refusedAttachments.map((a) => a.reason).join(', ')})`,
      );
    }
    return this.txHost.withTransaction(async () => {
      const id = await this.messages.add(message, this.lifecycle.current().sealKey);
      await this.messages.advance(settings.mailbox, session.uidValidity, entry.uid);
      if (!id) return 'already stored';
      const threadedTo = await this.threading.thread({
        mailboxMessageId: id,
        receivedAt: message.receivedAt,
        quotedReferences: message.quotedReferences ?? [],
        attachmentCount: message.attachments.length,
        answer: message.content
          ? { text: message.content.text, attachments: message.attachments }
          : undefined,
      });
      return threadedTo ? 'threaded' : 'draft';
    });
  }

  /** A message over the cap is not fetched: staff see that it came, and read it in the mailbox. */
  private oversized(entry: MailboxEntry, uidValidity: string): NewMailboxMessage {
    return {
      messageId: oversizedMessageId(entry.messageId, uidValidity, entry.uid),
      receivedAt: entry.arrivedAt,
      byteSize: entry.size,
      problem: 'too_big',
      content: null,
      attachments: [],
      refusedAttachments: [],
    };
  }

  private async failed(mailbox: string, error: MailboxUnavailable): Promise<void> {
    if (this.lastFailure !== error.failure) {
      this.logger.warn(`support mailbox: cannot read it: ${FAILURE_WORDS[error.failure]}`);
    }
    this.lastFailure = error.failure;
    await this.txHost.withTransaction(() => this.messages.recordFailure(mailbox, error.failure));
  }
}

const FAILURE_WORDS: Record<MailboxFailure, string> = {
  unreachable: 'the mail server does not answer; will try again',
  login_refused: 'the mail server refused the login (check IMAP_USER and IMAP_PASSWORD)',
  folder_missing: 'the folder in IMAP_URL does not exist',
};
