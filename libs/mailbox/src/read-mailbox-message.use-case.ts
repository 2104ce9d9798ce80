import { Injectable } from '@nestjs/common';
import { redactPersonLinks } from '@rightsdesk/notices';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { LifecycleSettingsInForce } from '@rightsdesk/intake';
import type { MailboxMessage } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import type { InboundMessageContent } from './inbound-message';
import { MailboxAttachmentSummary, MailboxMessages } from './mailbox-messages';

/** A support message as an officer reads it. */
export interface OpenedMailboxMessage {
  message: MailboxMessage;
  /** Null when it was too big to read: it stays in the mailbox. */
  content: InboundMessageContent | null;
  attachments: MailboxAttachmentSummary[];
}

/**
 * Staff opening a sealed support message or one of its files; each opening is on the audit
 * trail (regs 7101: who handled the person's records), in the same transaction as the read.
 */
@Injectable()
export class ReadMailboxMessageUseCase {
  constructor(
    private readonly messages: MailboxMessages,
    private readonly trail: AuditTrail,
    private readonly lifecycle: LifecycleSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  open(id: string, actor: string): Promise<OpenedMailboxMessage> {
    return this.txHost.withTransaction(async () => {
      const message = await this.found(id);
      const sealed = this.messages.contentOf(message, this.lifecycle.current().sealKey);
      // A reply quoting our email quotes the person's own status link: staff read it redacted.
      const content = sealed && { ...sealed, text: redactPersonLinks(sealed.text) };
      await this.trail.append({
        requestId: message.requestId,
        actor,
        action: 'mailbox.message_read',
        data: { mailboxMessageId: message.id },
      });
      return { message, content, attachments: await this.messages.attachmentsOf(message.id) };
    });
  }

  attachment(
    id: string,
    position: number,
    actor: string,
  ): Promise<{ contentType: string; content: Buffer }> {
    return this.txHost.withTransaction(async () => {
      const message = await this.found(id);
      const file = await this.messages.openAttachment(
        message.id,
        position,
        this.lifecycle.current().sealKey,
      );
      if (!file) throw new DomainError('not_found', 'This support message has no such file.');
      await this.trail.append({
        requestId: message.requestId,
        actor,
        action: 'mailbox.attachment_downloaded',
        data: { mailboxMessageId: message.id, position, contentType: file.contentType },
      });
      return file;
    });
  }

  private async found(id: string): Promise<MailboxMessage> {
    const message = /^[0-9a-f-]{36}$/i.test(id) ? await this.messages.findById(id) : null;
    if (!message) throw new DomainError('not_found', 'There is no such support message.');
    return message;
  }
}
