import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { AuditTrail, MessageAttachmentUpload, RequestMessages } from '@rightsdesk/requests';
import { CheckedIntakeDocument, IntakeDocumentSummary, IntakeDocuments } from './intake-document';
import { LifecycleSettingsInForce } from './lifecycle-settings';

/**
 * Staff reading the letter or call note attached to a request, or a file the person sent with
 * an answer: what it is, for the request's page, and the file itself, each opening recorded on the request's audit trail (regs 7101:
 * who handled the person's records), in the same transaction as the read.
 */
@Injectable()
export class ReadIntakeDocumentUseCase {
  constructor(
    private readonly documents: IntakeDocuments,
    private readonly messages: RequestMessages,
    private readonly trail: AuditTrail,
    private readonly settings: LifecycleSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  summary(requestId: string): Promise<IntakeDocumentSummary | null> {
    return this.documents.summaryOf(requestId);
  }

  download(requestId: string, actor: string): Promise<CheckedIntakeDocument> {
    return this.txHost.withTransaction(async () => {
      const document = await this.documents.open(requestId, this.settings.current().sealKey);
      if (!document) {
        throw new DomainError('not_found', 'This request has no attached letter or note.');
      }
      await this.trail.append({
        requestId,
        actor,
        action: 'intake.document_downloaded',
        data: { contentType: document.contentType, byteSize: document.content.length },
      });
      return document;
    });
  }

  /** A file the person sent with an answer, unsealed for staff; the opening is audited. */
  downloadAnswerFile(
    requestId: string,
    fileId: string,
    actor: string,
  ): Promise<MessageAttachmentUpload> {
    return this.txHost.withTransaction(async () => {
      const key = this.settings.current().sealKey;
      const file = await this.messages.openAttachment(requestId, fileId, key);
      if (!file) throw new DomainError('not_found', 'This request has no such file.');
      await this.trail.append({
        requestId,
        actor,
        action: 'answer.file_downloaded',
        data: { fileId, contentType: file.contentType, byteSize: file.content.length },
      });
      return file;
    });
  }
}
