import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { MailTransport } from '@rightsdesk/notices';
import { StaffMail, StaffMailer } from '@rightsdesk/staff';

/**
 * Staff password links go out through the same SMTP set-up as notices (SMTP_URL, MAIL_FROM).
 * Without SMTP_URL nothing is sent: the log says so (without the address or the link).
 */
@Injectable()
export class StaffMailTransport implements StaffMailer, OnApplicationShutdown {
  private readonly logger = new Logger('staff-mail');
  private readonly transport: MailTransport;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = new MailTransport(config.SMTP_URL);
    this.from = config.MAIL_FROM;
  }

  get delivers(): boolean {
    return this.transport.sends;
  }

  async send(mail: StaffMail): Promise<void> {
    if (!this.transport.sends) {
      this.logger.warn(`staff email "${mail.subject}" not sent: SMTP_URL is not set`);
      return;
    }
    await this.transport.send({
      messageId: `<staff-${randomUUID()}@rightsdesk>`,
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      language: 'en',
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
