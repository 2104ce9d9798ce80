import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import {
  Correspondence,
  Letter,
  LetterBatch,
  openFromBytes,
  sealToBytes,
} from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import type { LetterInput } from './letter-input';
import { isUuid } from './print-queue';

/** What happened to letters after printing: mailed, or returned undelivered. */
@Injectable()
export class LetterDeliveryUseCase {
  private readonly key: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = config.packageEncryptionKey;
  }

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
      await this.forgetPrintedCodes(letters.map((letter) => letter.id));
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

  /**
   * A mailed letter that printed a code keeps, from now on, the copy with the code named in words
   * (as emailed codes are kept): the post has the code, and a batch printed again for the
   * records must not show staff a working one.
   */
  private async forgetPrintedCodes(letterIds: readonly string[]): Promise<void> {
    const manager = this.txHost.tx;
    const letters = await manager.getRepository(Letter).find({
      select: { id: true, sealedInput: true },
      where: { id: In([...letterIds]) },
    });
    for (const letter of letters) {
      const sealedAs = `${letter.id}:input`;
      const input = JSON.parse(
        openFromBytes(this.key, sealedAs, letter.sealedInput).toString('utf8'),
      ) as LetterInput;
      if (!input.afterMailing) continue;
      const { afterMailing, ...printed } = input;
      const kept = Buffer.from(JSON.stringify({ ...printed, content: afterMailing }));
      await manager.update(
        Letter,
        { id: letter.id },
        { sealedInput: sealToBytes(this.key, sealedAs, kept) },
      );
    }
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
