import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Correspondence, openFromBytes } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import { SECRET_PLACEHOLDERS } from './notice-content';
import { MailTransport } from './mail-transport';

/**
 * Sends one stored message, or keeps it as `captured` when no SMTP server is configured. A
 * message already sent is never sent again; its stable Message-ID lets a receiver drop the rare
 * duplicate left by a crash between the server's "250 OK" and our write.
 */
@Injectable()
export class SendNoticeUseCase {
  private readonly from: string;
  private readonly key: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly transport: MailTransport,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.from = config.MAIL_FROM;
    this.key = config.packageEncryptionKey;
  }

  async execute(correspondenceId: string): Promise<void> {
    const repository = this.txHost.tx.getRepository(Correspondence);
    const message = await repository.findOneByOrFail({ id: correspondenceId });
    if (['sent', 'captured', 'bounced'].includes(message.status)) return;
    // Letters are printed and mailed by staff through the print queue, never emailed.
    if (message.channel === 'postal') return;

    const messageId = `<${message.id}@rightsdesk>`;
    const fill = this.secretFiller(message);
    let result;
    try {
      result = await this.transport.send({
        messageId,
        from: this.from,
        to: message.recipient,
        subject: message.subject,
        text: fill(message.bodyText),
        html: message.bodyHtml === null ? undefined : fill(message.bodyHtml),
        language: message.language,
      });
    } catch (error) {
      const code = smtpReplyCode(error);
      if (code !== undefined && code >= 500) {
        // A permanent refusal (RFC 5321 4.2.1: 5yz), e.g. "550 mailbox unavailable": trying
        // again cannot help. Recorded as a bounce on the request instead of retried.
        await this.recordBounce(message, code, error as Error);
        return;
      }
      // Recorded for staff; the job's retries with backoff try again (4yz, timeouts, refused).
      await repository.update(
        { id: message.id },
        { error: (error as Error).message.slice(0, 500) },
      );
      throw error;
    }
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await manager.update(
        Correspondence,
        { id: message.id },
        {
          status: result.delivered ? 'sent' : 'captured',
          messageId: result.messageId,
          sentAt: new Date(),
          error: null,
          // Sent: the working code and link are no longer needed anywhere. Kept (no SMTP
          // server, a development set-up): the stored copy is the message, code included.
          sealedSecrets: null,
          ...(result.delivered
            ? {}
            : {
                bodyText: fill(message.bodyText),
                bodyHtml: message.bodyHtml === null ? null : fill(message.bodyHtml),
              }),
        },
      );
      await this.audit.append({
        requestId: message.requestId,
        actor: 'worker',
        action: result.delivered ? 'notice.sent' : 'notice.captured',
        data: { notice: message.kind, channel: message.channel, correspondenceId: message.id },
      });
    });
  }

  private async recordBounce(message: Correspondence, code: number, error: Error): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await manager.update(
        Correspondence,
        { id: message.id },
        // The code and link are useless now; the reply names the address problem, not the person.
        {
          status: 'bounced',
          error: `Bounced: ${error.message}`.slice(0, 500),
          sealedSecrets: null,
        },
      );
      await this.audit.append({
        requestId: message.requestId,
        actor: 'worker',
        action: 'notice.bounced',
        data: {
          notice: message.kind,
          channel: message.channel,
          correspondenceId: message.id,
          code,
        },
      });
    });
  }

  /** Replaces the placeholders with the sealed secrets; without secrets, leaves text as is. */
  private secretFiller(message: Correspondence): (text: string) => string {
    if (!message.sealedSecrets) return (text) => text;
    const secrets = JSON.parse(
      openFromBytes(this.key, message.id, message.sealedSecrets).toString('utf8'),
    ) as Record<keyof typeof SECRET_PLACEHOLDERS, string>;
    return (text) =>
      Object.entries(SECRET_PLACEHOLDERS).reduce(
        (filled, [name, placeholder]) =>
          filled.split(placeholder).join(secrets[name as keyof typeof SECRET_PLACEHOLDERS] ?? ''),
        text,
      );
  }
}

/** The SMTP reply code nodemailer attaches to a refused command, if the server gave one. */
function smtpReplyCode(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 200 && code < 600 ? code : undefined;
}
