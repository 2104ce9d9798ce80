import { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerSession } from 'smtp-server';

/** Where a mail server files what it accepted for a local mailbox (a Dovecot over LMTP). */
export interface MailboxStore {
  deliverRaw(to: string, raw: Buffer, from?: string): Promise<void>;
}

/**
 * A real SMTP server on a free local port that keeps every message it receives, parsed; with an
 * archive, it also files each message it accepts for the archive address in that mailbox, once
 * the whole message is in and before it answers 250, as the company's mail server would.
 */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  /** Recipients refused for good, as a real server refuses an unknown mailbox (550). */
  readonly unknownMailboxes = new Set<string>();
  /** Recipients refused for now (451), as a busy or greylisting server does. */
  readonly busyMailboxes = new Set<string>();
  /**
   * While true, the server is out of service: new connections and messages on connections already
   * open are turned away with 421, as a server going down for maintenance does.
   */
  outOfService = false;
  private archive: { address: string; store: MailboxStore } | undefined;
  private readonly server: SMTPServer;
  private waiters: Array<() => void> = [];

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session, done) => done(this.outOfServiceReply()),
      onMailFrom: (_address, _session, done) => done(this.outOfServiceReply()),
      onRcptTo: (address, _session, done) => {
        const mailbox = address.address.toLowerCase();
        if (this.unknownMailboxes.has(mailbox)) {
          return done(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
        }
        if (this.busyMailboxes.has(mailbox)) {
          return done(Object.assign(new Error('4.7.1 Try again later'), { responseCode: 451 }));
        }
        done();
      },
      onData: (stream, session, done) => {
        // A message cut off before its end rejects here: it is neither kept nor filed.
        buffer(stream)
          .then(async (raw) => {
            await this.fileArchiveCopy(raw, session);
            this.messages.push(await simpleParser(raw));
            this.waiters.forEach((wake) => wake());
            done();
          })
          .catch(done);
      },
    });
    // A sender killed mid-session resets its connection; a real server carries on, and so does
    // this one (without a listener the reset would end the process running the test).
    this.server.on('error', () => undefined);
  }

  /** Files every message accepted for `address` in `store` from now on. */
  fileArchiveCopies(address: string, store: MailboxStore): void {
    this.archive = { address: address.toLowerCase(), store };
  }

  /** A store that cannot take the copy makes the whole message a temporary failure (451). */
  private async fileArchiveCopy(raw: Buffer, session: SMTPServerSession): Promise<void> {
    const archive = this.archive;
    const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
    if (!archive || !recipients.includes(archive.address)) return;
    const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined;
    await archive.store.deliverRaw(archive.address, raw, from).catch((error: Error) => {
      throw Object.assign(new Error(`4.3.0 Archive copy not filed: ${error.message}`), {
        responseCode: 451,
      });
    });
  }

  private outOfServiceReply(): Error | undefined {
    return this.outOfService
      ? Object.assign(new Error('4.3.2 Service not available'), { responseCode: 421 })
      : undefined;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Waits until a message matching `predicate` has arrived. */
  async waitFor(predicate: (mail: ParsedMail) => boolean, timeoutMs = 30_000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching email within ${timeoutMs} ms (${this.messages.length} received)`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1_000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
  }

  get listening(): boolean {
    return this.server.server.listening;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The six-digit code of the English verification email for a request, as a person reads it. */
  async verificationCode(reference: string): Promise<string> {
    const mail = await this.waitFor(
      (message) =>
        (message.subject?.includes(reference) ?? false) &&
        (message.subject?.includes('verification code') ?? false),
    );
    const code = /Your code is (\d{6})/.exec(mail.text ?? '')?.[1];
    if (!code) throw new Error(`the verification email for ${reference} holds no code`);
    return code;
  }
}
