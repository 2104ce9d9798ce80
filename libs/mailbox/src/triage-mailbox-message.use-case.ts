import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import {
  IntakeDocumentUpload,
  SubmitRequestCommand,
  LifecycleSettingsInForce,
  SubmitRequestUseCase,
  SubmittedRequest,
} from '@rightsdesk/intake';
import type { MailboxMessage } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import { MailboxMessages } from './mailbox-messages';

/** Longest reason an officer may give for filing a message away. */
export const FILED_REASON_MAX = 500;

/**
 * An officer deciding what a support message is: a request, entered through the same intake as
 * the console's letters and calls (manner "email to support", received when the message was
 * sent, its first PDF, JPEG or PNG kept as the intake document, the message itself kept on the
 * request), or not a request, filed with a reason. Each decision is on the audit trail; the
 * message is locked while it is decided, so two officers cannot both turn it into a request.
 */
@Injectable()
export class TriageMailboxMessageUseCase {
  constructor(
    private readonly messages: MailboxMessages,
    private readonly submit: SubmitRequestUseCase,
    private readonly trail: AuditTrail,
    private readonly lifecycle: LifecycleSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  turnIntoRequest(
    mailboxMessageId: string,
    command: SubmitRequestCommand,
    actor: string,
    /** A scan the officer attached on the form; else the message's first PDF, JPEG or PNG. */
    upload?: IntakeDocumentUpload,
  ): Promise<SubmittedRequest> {
    return this.txHost.withTransaction(async () => {
      const message = await this.draft(mailboxMessageId);
      const submitted = await this.submit.execute(command, {
        manner: 'email',
        actor,
        receivedAt: message.receivedAt,
        intakeDocument: upload ?? (await this.firstFile(message.id)),
      });
      await this.messages.update(message.id, {
        status: 'converted',
        requestId: submitted.id,
        triagedBy: actor,
      });
      await this.trail.append({
        requestId: submitted.id,
        actor,
        action: 'mailbox.message_converted',
        data: { mailboxMessageId: message.id },
      });
      return submitted;
    });
  }

  fileAsNotARequest(mailboxMessageId: string, reason: string, actor: string): Promise<void> {
    const trimmed = reason.trim();
    if (!trimmed || trimmed.length > FILED_REASON_MAX) {
      throw new DomainError('invalid_input', 'Say why this is not a request.', [
        { path: 'reason', message: `must be 1 to ${FILED_REASON_MAX} characters` },
      ]);
    }
    return this.txHost.withTransaction(async () => {
      const message = await this.draft(mailboxMessageId);
      await this.messages.update(message.id, {
        status: 'not_a_request',
        filedReason: trimmed,
        triagedBy: actor,
      });
      await this.trail.append({
        requestId: null,
        actor,
        action: 'mailbox.message_filed',
        data: { mailboxMessageId: message.id },
      });
    });
  }

  private async firstFile(id: string): Promise<IntakeDocumentUpload | undefined> {
    const file = await this.messages.openAttachment(id, 0, this.lifecycle.current().sealKey);
    return file ? { fileName: `support-message-${id}`, content: file.content } : undefined;
  }

  private async draft(id: string): Promise<MailboxMessage> {
    const message = /^[0-9a-f-]{36}$/i.test(id) ? await this.messages.lockById(id) : null;
    if (!message) throw new DomainError('not_found', 'There is no such support message.');
    if (message.status !== 'draft') {
      throw new DomainError('invalid_state', 'This support message was already dealt with.');
    }
    return message;
  }
}
