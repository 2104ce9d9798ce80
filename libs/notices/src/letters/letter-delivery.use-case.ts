import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { Correspondence, Letter, LetterBatch } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import { isUuid } from './print-queue';

/** What happened to letters after printing: mailed, or returned undelivered. */
@Injectable()
export class LetterDeliveryUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
  ) {}

  /** Every letter of the batch went to the post on `mailedOn`: its notice counts as sent. */
  async markMailed(batchId: string, mailedOn: string, actor: string): Promise<LetterBatch> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const batch = isUuid(batchId)
        ? await manager
            .getRepository(LetterBatch)
            .findOne({ where: { id: batchId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!batch) throw new DomainError('not_found', `No letter batch with id ${batchId}.`);
      if (batch.status !== 'open') {
        throw new DomainError(
          'invalid_state',
          `This batch is already ${batch.status} (on ${batch.mailedOn}); it cannot be mailed again.`,
        );
      }
      const letters = await manager.getRepository(Letter).find({
        select: { id: true, requestId: true, correspondenceId: true, kind: true },
        where: { batchId },
      });
      await manager.update(LetterBatch, { id: batchId }, { status: 'mailed', mailedOn });
      await manager.update(Letter, { batchId }, { status: 'mailed', mailedOn });
      await manager.update(
        Correspondence,
        { id: In(letters.map((letter) => letter.correspondenceId)) },
        { status: 'sent', sentAt: new Date(`${mailedOn}T12:00:00Z`), error: null },
      );
      for (const letter of letters) {
        await this.audit.append({
          requestId: letter.requestId,
          actor,
          action: 'notice.mailed',
          data: { notice: letter.kind, channel: 'postal', letterId: letter.id, batchId, mailedOn },
        });
      }
      return { ...batch, status: 'mailed', mailedOn };
    });
  }

  /** The post brought a letter back undelivered: the request is flagged for staff. */
  async recordReturned(letterId: string, reason: string, actor: string): Promise<Letter> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const letter = isUuid(letterId)
        ? await manager
            .getRepository(Letter)
            .findOne({ where: { id: letterId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!letter) throw new DomainError('not_found', `No letter with id ${letterId}.`);
      if (letter.status !== 'mailed') {
        throw new DomainError(
          'invalid_state',
          `Only a mailed letter can come back; this one is ${letter.status}.`,
        );
      }
      const returnedAt = new Date();
      await manager.update(
        Letter,
        { id: letter.id },
        { status: 'returned', returnedAt, returnReason: reason },
      );
      await manager.update(
        Correspondence,
        { id: letter.correspondenceId },
        { status: 'failed', error: `Returned undelivered: ${reason}` },
      );
      await this.audit.append({
        requestId: letter.requestId,
        actor,
        action: 'notice.returned',
        data: { notice: letter.kind, channel: 'postal', letterId: letter.id, reason },
      });
      return { ...letter, status: 'returned', returnedAt, returnReason: reason };
    });
  }
}
