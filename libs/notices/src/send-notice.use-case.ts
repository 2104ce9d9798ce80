import { DataSource } from 'typeorm';
import { Correspondence, appendAuditEvent } from '@rightsdesk/persistence';
import { MailTransport } from './mail-transport';

/**
 * Sends one stored message, or keeps it as `captured` when no SMTP server is configured. A
 * message already sent is never sent again; its stable Message-ID lets a receiver drop the rare
 * duplicate left by a crash between the server's "250 OK" and our write.
 */
export class SendNoticeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly from: string,
  ) {}

  async execute(correspondenceId: string): Promise<void> {
    const repository = this.dataSource.getRepository(Correspondence);
    const message = await repository.findOneByOrFail({ id: correspondenceId });
    if (message.status === 'sent' || message.status === 'captured') return;

    const messageId = `<${message.id}@rightsdesk>`;
    let result;
    try {
      result = await this.transport.send({
        messageId,
        from: this.from,
        to: message.recipient,
        subject: message.subject,
        text: message.bodyText,
        html: message.bodyHtml ?? undefined,
        language: message.language,
      });
    } catch (error) {
      // Recorded for staff; the job's retries with backoff try again.
      await repository.update(
        { id: message.id },
        { error: (error as Error).message.slice(0, 500) },
      );
      throw error;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        Correspondence,
        { id: message.id },
        {
          status: result.delivered ? 'sent' : 'captured',
          messageId: result.messageId,
          sentAt: new Date(),
          error: null,
        },
      );
      await appendAuditEvent(manager, {
        requestId: message.requestId,
        actor: 'worker',
        action: result.delivered ? 'notice.sent' : 'notice.captured',
        data: { notice: message.kind, channel: message.channel, correspondenceId: message.id },
      });
    });
  }
}
