import { pipeline, Readable, Transform } from 'node:stream';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';

/** The stable Message-ID of a stored message: every sending of it carries the same one. */
export function noticeMessageId(correspondenceId: string): string {
  return `<${correspondenceId}@rightsdesk>`;
}

/**
 * Names the sending attempt in the message (a random id, nothing about the person): the archive
 * copy of one attempt is told from that of an earlier one the person's server refused.
 */
export const SEND_ATTEMPT_HEADER = 'X-Rightsdesk-Attempt';

export interface OutgoingMail {
  /** Stable Message-ID: a resend after a crash can be recognised as the same message. */
  messageId: string;
  from: string;
  to: string;
  /**
   * The archive mailbox (MAIL_ARCHIVE_ADDRESS): a blind copy in the same SMTP transaction, so it
   * exists exactly when the server accepted the message. Not a header: the bytes are the same.
   */
  bcc?: string;
  /** The sending attempt, written in SEND_ATTEMPT_HEADER. */
  attempt?: string;
  subject: string;
  text: string;
  html?: string;
  language: string;
  /**
   * Awaited just before the message's end ("<CRLF>.<CRLF>") is written: the last moment the
   * server cannot have delivered it. Rejecting stops the message there; the server discards it.
   */
  beforeEnd?: () => Promise<void>;
}

export interface MailResult {
  delivered: boolean;
  messageId: string;
  /** Server's reply, e.g. "250 OK: queued". */
  response?: string;
}

/**
 * Sends over SMTP with a pooled transport; a message's `beforeEnd` runs through a stream plugin
 * (nodemailer's supported hook on the message stream). With no SMTP_URL the transport is absent and callers
 * keep the message as correspondence instead (`captured`): nothing leaves the machine.
 */
export class MailTransport {
  private readonly transporter: Transporter | null;

  constructor(smtpUrl: string | undefined) {
    this.transporter = smtpUrl
      ? nodemailer.createTransport({
          url: smtpUrl,
          pool: true,
          maxConnections: 4,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
    this.transporter?.use('stream', (mail, done) => {
      const beforeEnd = (mail.data as GatedMailOptions).beforeEnd;
      if (beforeEnd) mail.message.processFunc((input) => gatedAtEnd(input, beforeEnd));
      done();
    });
  }

  get sends(): boolean {
    return this.transporter !== null;
  }

  async send(mail: OutgoingMail): Promise<MailResult> {
    if (!this.transporter) return { delivered: false, messageId: mail.messageId };
    const options: GatedMailOptions = {
      messageId: mail.messageId,
      from: mail.from,
      to: mail.to,
      bcc: mail.bcc,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: {
        'Content-Language': mail.language,
        'Auto-Submitted': 'auto-generated',
        ...(mail.attempt ? { [SEND_ATTEMPT_HEADER]: mail.attempt } : {}),
      },
      beforeEnd: mail.beforeEnd,
    };
    const info = await this.transporter.sendMail(options);
    // With a Bcc the server takes the message when any recipient is accepted: the person's
    // refusal is still a refusal (a bounce, or a try to repeat), whatever the archive got.
    const refusals = (info as { rejectedErrors?: Array<Error & { recipient?: string }> })
      .rejectedErrors;
    const refusal = refusals?.find((error) => error.recipient !== mail.bcc);
    if (refusal) throw refusal;
    return {
      delivered: true,
      messageId: info.messageId ?? mail.messageId,
      response: String(info.response ?? ''),
    };
  }

  close(): void {
    this.transporter?.close();
  }

  /** Nest calls this when the process stops. */
  onApplicationShutdown(): void {
    this.close();
  }
}

interface GatedMailOptions extends SendMailOptions {
  beforeEnd?: () => Promise<void>;
}

/**
 * The message as it is, with `beforeEnd` awaited once all of it has been read and before the
 * stream ends: nodemailer's SMTP connection writes the terminating dot only when its source
 * ends, and on a source error closes the connection without it.
 */
function gatedAtEnd(input: Readable, beforeEnd: () => Promise<void>): Readable {
  const gate = new Transform({
    transform: (chunk, _encoding, next) => next(null, chunk),
    flush: (finish) => {
      beforeEnd().then(() => finish(), finish);
    },
  });
  return pipeline(input, gate, () => undefined);
}
