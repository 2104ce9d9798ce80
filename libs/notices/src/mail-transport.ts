import nodemailer, { Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** Stable Message-ID: a resend after a crash can be recognised as the same message. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  language: string;
}

export interface MailResult {
  delivered: boolean;
  messageId: string;
  /** Server's reply, e.g. "250 OK: queued". */
  response?: string;
}

/**
 * Sends over SMTP with a pooled transport. With no SMTP_URL the transport is absent and callers
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
  }

  get sends(): boolean {
    return this.transporter !== null;
  }

  async send(mail: OutgoingMail): Promise<MailResult> {
    if (!this.transporter) return { delivered: false, messageId: mail.messageId };
    const info = await this.transporter.sendMail({
      messageId: mail.messageId,
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
    });
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
