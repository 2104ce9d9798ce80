import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { Correspondence, Letter, openFromBytes } from '@rightsdesk/persistence';
import { staffCopyOf } from '../notice-content';
import { isUuid } from './print-queue';

export interface CorrespondenceView {
  id: string;
  kind: string;
  channel: 'email' | 'postal';
  language: string;
  subject: string;
  createdAt: string;
  sentAt: string | null;
  /** pending, sent, captured or failed; for letters also the print queue's state. */
  status: string;
  letter: { id: string; status: string; pages: number; mailedOn: string | null } | null;
}

export type CorrespondenceCopy =
  | { contentType: 'application/pdf'; body: Buffer; fileName: string }
  | { contentType: 'text/plain; charset=utf-8' | 'text/html; charset=utf-8'; body: string };

/** What the company sent about a request, and the copy it kept (regs 7101: keep responses). */
@Injectable()
export class CorrespondenceCopiesQuery {
  private readonly key: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = config.packageEncryptionKey;
  }

  async list(requestId: string): Promise<CorrespondenceView[]> {
    const messages = await this.txHost.tx
      .getRepository(Correspondence)
      .find({ where: { requestId }, order: { createdAt: 'ASC' } });
    const letters = await this.txHost.tx.getRepository(Letter).find({
      select: { id: true, correspondenceId: true, status: true, pages: true, mailedOn: true },
      where: { requestId },
    });
    const letterOf = new Map(letters.map((letter) => [letter.correspondenceId, letter]));
    return messages.map((message) => {
      const letter = letterOf.get(message.id);
      return {
        id: message.id,
        kind: message.kind,
        channel: message.channel,
        language: message.language,
        subject: message.subject,
        createdAt: message.createdAt.toISOString(),
        sentAt: message.sentAt?.toISOString() ?? null,
        status: message.status,
        letter: letter
          ? { id: letter.id, status: letter.status, pages: letter.pages, mailedOn: letter.mailedOn }
          : null,
      };
    });
  }

  /** The stored copy: the letter's PDF, or the email's text (or HTML with `html`). */
  async copy(correspondenceId: string, html: boolean): Promise<CorrespondenceCopy> {
    const message = isUuid(correspondenceId)
      ? await this.txHost.tx.getRepository(Correspondence).findOneBy({ id: correspondenceId })
      : null;
    if (!message)
      throw new DomainError('not_found', `No correspondence with id ${correspondenceId}.`);
    if (message.channel === 'postal') {
      const letter = await this.txHost.tx
        .getRepository(Letter)
        .findOneBy({ correspondenceId: message.id });
      if (!letter) throw new DomainError('not_found', 'This letter has no stored copy.');
      return {
        contentType: 'application/pdf',
        body: openFromBytes(this.key, `${letter.id}:pdf`, letter.sealedPdf),
        fileName: `${letter.reference}-${message.kind}.pdf`,
      };
    }
    if (html && message.bodyHtml !== null)
      return { contentType: 'text/html; charset=utf-8', body: staffCopyOf(message.bodyHtml) };
    return { contentType: 'text/plain; charset=utf-8', body: staffCopyOf(message.bodyText) };
  }
}
