import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { IntakeDocument, openFromBytes, sealToBytes } from '@rightsdesk/persistence';
import { ScannedDocumentType, scannedDocumentTypeOf } from './document-signature';

/** The scanned letter or call note as staff upload it; what the browser called it is not asked. */
export interface IntakeDocumentUpload {
  fileName: string;
  content: Buffer;
}

/** An upload whose bytes were read: its type is what the file is, not what it claimed. */
export interface CheckedIntakeDocument extends IntakeDocumentUpload {
  contentType: ScannedDocumentType;
}

/** What staff see of an attached document on the request's page. */
export interface IntakeDocumentSummary {
  fileName: string;
  contentType: ScannedDocumentType;
  byteSize: number;
  attachedAt: Date;
}

/** A scan of a few letter pages fits; a whole photo album does not. */
export const INTAKE_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The form field (and the issue path) of the attachment. */
export const INTAKE_DOCUMENT_FIELD = 'document';

/** Why an attachment is refused, for the form to say in its own words. */
export type IntakeDocumentProblem = 'empty' | 'too_big' | 'wrong_type';

const PROBLEM_TEXT: Record<IntakeDocumentProblem, string> = {
  empty: 'is empty',
  too_big: 'must be at most 10 MB',
  wrong_type: 'must be a PDF, JPEG or PNG file',
};

/** What is wrong with an attachment, judged by its bytes; undefined when it may be kept. */
export function intakeDocumentProblem(
  upload: IntakeDocumentUpload,
): IntakeDocumentProblem | undefined {
  if (upload.content.length === 0) return 'empty';
  if (upload.content.length > INTAKE_DOCUMENT_MAX_BYTES) return 'too_big';
  return scannedDocumentTypeOf(upload.content) ? undefined : 'wrong_type';
}

/**
 * Checks the attachment by its bytes before anything is written, so a refused file leaves no
 * request behind: a PDF, JPEG or PNG by its magic number, not empty, at most the size cap.
 */
export function checkIntakeDocument(upload: IntakeDocumentUpload): CheckedIntakeDocument {
  const problem = intakeDocumentProblem(upload);
  const contentType = scannedDocumentTypeOf(upload.content);
  if (problem || !contentType) {
    const message = PROBLEM_TEXT[problem ?? 'wrong_type'];
    throw new DomainError('invalid_input', `The attached letter or note ${message}.`, [
      { path: INTAKE_DOCUMENT_FIELD, message },
    ]);
  }
  return { ...upload, fileName: upload.fileName.slice(0, 255), contentType };
}

/** Attached letters and call notes (intake_documents), in the current transaction. */
@Injectable()
export class IntakeDocuments {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Seals the file with AES-256-GCM bound to its request; it is never sent on to anyone. */
  async store(
    requestId: string,
    document: CheckedIntakeDocument,
    key: Buffer,
    attachedBy: string,
  ): Promise<void> {
    const sealed = sealToBytes(key, requestId, document.content);
    await this.txHost.tx.insert(IntakeDocument, {
      requestId,
      fileName: document.fileName,
      contentType: document.contentType,
      byteSize: document.content.length,
      iv: sealed.subarray(0, 12),
      authTag: sealed.subarray(12, 28),
      ciphertext: sealed.subarray(28),
      attachedBy,
    });
  }

  async summaryOf(requestId: string): Promise<IntakeDocumentSummary | null> {
    const row = await this.txHost.tx.findOne(IntakeDocument, {
      where: { requestId },
      select: { fileName: true, contentType: true, byteSize: true, createdAt: true },
    });
    return row
      ? {
          fileName: row.fileName,
          contentType: row.contentType as ScannedDocumentType,
          byteSize: row.byteSize,
          attachedAt: row.createdAt,
        }
      : null;
  }

  /** The file itself, unsealed; null when the request has none. */
  async open(requestId: string, key: Buffer): Promise<CheckedIntakeDocument | null> {
    const row = await this.txHost.tx.findOne(IntakeDocument, { where: { requestId } });
    if (!row) return null;
    const content = openFromBytes(
      key,
      requestId,
      Buffer.concat([row.iv, row.authTag, row.ciphertext]),
    );
    return {
      fileName: row.fileName,
      contentType: row.contentType as ScannedDocumentType,
      content,
    };
  }
}
