import { ImapFlow } from 'imapflow';
import { SEND_ATTEMPT_HEADER } from './mail-transport';

/** Where and as whom the archive mailbox is read (MAIL_ARCHIVE_IMAP_*). */
export interface MailArchiveSettings {
  url: string;
  user: string;
  password: string;
}

/** One sending of a message: its Message-ID and the attempt that sent it. */
export interface ArchivedSending {
  messageId: string;
  attempt: string;
}

/** The archive mailbox could not be read: nothing may be concluded about any message now. */
export class MailArchiveUnreadable extends Error {
  constructor(cause: Error) {
    super(`the mail archive cannot be read (${cause.message}); unconfirmed email is left as it is`);
  }
}

/**
 * The archive mailbox over IMAP: the mail server files in it a Bcc copy of every email it
 * accepted from us, so a Message-ID found there is an email the person was sent. Read only,
 * one short session per batch; it is never read as support mail.
 */
export class MailArchive {
  constructor(private readonly settings: MailArchiveSettings | null) {}

  /** Whether the archive can be read at all (all three MAIL_ARCHIVE_IMAP_* set). */
  get readable(): boolean {
    return this.settings !== null;
  }

  /**
   * The Message-IDs of `sendings` the archive holds a copy of, from that very attempt. Throws
   * MailArchiveUnreadable if any search cannot be made: a partial answer would read as "never
   * accepted".
   */
  async holding(sendings: readonly ArchivedSending[]): Promise<Set<string>> {
    const client = this.client();
    // Failures surface through the awaited commands; without a listener they would end the worker.
    client.on('error', () => undefined);
    const held = new Set<string>();
    try {
      await client.connect();
      const lock = await client.getMailboxLock('INBOX', { readOnly: true });
      try {
        for (const { messageId, attempt } of sendings) {
          // An empty value would match every copy that has the header.
          if (attempt === '') continue;
          const found = await client.search({
            header: { 'message-id': messageId, [SEND_ATTEMPT_HEADER.toLowerCase()]: attempt },
          });
          if (found === false || found === undefined) throw new Error('the search was refused');
          if (found.length > 0) held.add(messageId);
        }
      } finally {
        lock.release();
      }
    } catch (error) {
      throw new MailArchiveUnreadable(error as Error);
    } finally {
      await client.logout().catch(() => client.close());
    }
    return held;
  }

  private client(): ImapFlow {
    if (!this.settings) throw new Error('The mail archive is not configured.');
    const url = new URL(this.settings.url);
    const secure = url.protocol === 'imaps:';
    return new ImapFlow({
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 993 : 143,
      secure,
      auth: { user: this.settings.user, pass: this.settings.password },
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }
}
