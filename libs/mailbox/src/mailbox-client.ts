import { ImapFlow } from 'imapflow';
import type { MailboxSettings } from './mailbox-settings';

/** Why the mailbox could not be read, in words fit for a log line (no address, no password). */
export type MailboxFailure = 'unreachable' | 'login_refused' | 'folder_missing';

/** The mailbox could not be opened; nothing was read, nothing is lost. */
export class MailboxUnavailable extends Error {
  constructor(
    readonly failure: MailboxFailure,
    cause: string,
  ) {
    super(`${failure} (${cause})`);
  }
}

/** A message waiting in the folder, as the server lists it before its body is fetched. */
export interface MailboxEntry {
  uid: number;
  size: number;
  /** The Message-ID header from the server's envelope, when the message has one. */
  messageId: string | null;
  /** When the mailbox received it. */
  arrivedAt: Date;
}

const TIMEOUT_MS = 15_000;

/**
 * One IMAP session on the support mailbox's folder, over imapflow: list what came after a UID,
 * fetch one message whole, flag it read. A small wrapper so the rest of Rightsdesk never sees
 * imapflow, and so another reader of a mailbox (an archive) can use the same one.
 */
export class MailboxSession {
  /** Connects, logs in and opens the folder; MailboxUnavailable when any of it fails. */
  static async open(settings: MailboxSettings): Promise<MailboxSession> {
    const client = new ImapFlow({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: { user: settings.user, pass: settings.password },
      logger: false,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: 5 * 60_000,
    });
    // A dropped connection is reported by the command that was waiting; never crash the worker.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      const failed = error as { authenticationFailed?: boolean; code?: string; message: string };
      client.close();
      if (failed.authenticationFailed) throw new MailboxUnavailable('login_refused', 'login');
      throw new MailboxUnavailable('unreachable', failed.code ?? failed.message);
    }
    try {
      const folder = await client.mailboxOpen(settings.folder);
      return new MailboxSession(client, String(folder.uidValidity));
    } catch (error) {
      await client.logout().catch(() => client.close());
      throw new MailboxUnavailable('folder_missing', (error as Error).message);
    }
  }

  private constructor(
    private readonly client: ImapFlow,
    readonly uidValidity: string,
  ) {}

  /**
   * Messages with a UID above `uid`, oldest first, at most `limit`: their UIDs are searched
   * first, so a full folder costs one short answer, not an envelope per message.
   */
  async entriesAfter(uid: number, limit: number): Promise<MailboxEntry[]> {
    const found = await this.client.search({ uid: `${uid + 1}:*` }, { uid: true });
    // "n:*" names the last message even when its UID is below n (RFC 3501 6.4.8).
    const next = (found || [])
      .filter((candidate) => candidate > uid)
      .sort((a, b) => a - b)
      .slice(0, limit);
    if (next.length === 0) return [];
    const entries: MailboxEntry[] = [];
    const listed = this.client.fetch(
      next.join(','),
      { uid: true, size: true, envelope: true, internalDate: true },
      { uid: true },
    );
    for await (const message of listed) {
      entries.push({
        uid: message.uid,
        size: message.size ?? 0,
        messageId: message.envelope?.messageId ?? null,
        arrivedAt: new Date(message.internalDate ?? Date.now()),
      });
    }
    return entries.sort((a, b) => a.uid - b.uid);
  }

  /** The message as it was delivered, byte for byte. */
  async source(uid: number): Promise<Buffer> {
    const message = await this.client.fetchOne(String(uid), { source: true }, { uid: true });
    if (!message || !message.source) throw new Error(`message ${uid} is gone from the mailbox`);
    return message.source;
  }

  /** Flags the message \Seen, so a person looking at the mailbox sees it was taken in. */
  async markSeen(uid: number): Promise<void> {
    await this.client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
  }

  async close(): Promise<void> {
    await this.client.logout().catch(() => this.client.close());
  }
}
