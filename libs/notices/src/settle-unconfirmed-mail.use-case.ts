import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '@rightsdesk/domain';
import { Correspondence, type CorrespondenceStatus } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import { isUuid } from './letters/print-queue';
import { redactPersonLinks } from './person-links';

/** Which message to settle; with `requestId`, only if it is that request's (else not found). */
export interface UnconfirmedMessage {
  id: string;
  requestId?: string;
}

/**
 * Staff settle an email that may have been sent (`unconfirmed`: its attempt died after claiming
 * it): having checked with the person, they confirm it arrived, or have it sent again. Only a
 * person decides to risk a second copy.
 */
@Injectable()
export class SettleUnconfirmedMailUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The person has it: recorded as sent when it was claimed, its secrets dropped, and any link
   * of theirs in the copy staff keep redacted.
   */
  confirm(
    which: UnconfirmedMessage,
    actor: string,
  ): Promise<Pick<Correspondence, 'id' | 'status'>> {
    return this.settle(which, actor, 'notice.confirmed_sent', (message) => ({
      status: 'sent',
      sentAt: () => 'send_claimed_at',
      sealedSecrets: null,
      error: null,
      bodyText: redactPersonLinks(message.bodyText),
      bodyHtml: message.bodyHtml === null ? null : redactPersonLinks(message.bodyHtml),
    }));
  }

  /** The person does not have it: the mail sweep sends it again (same Message-ID) at once. */
  resend(which: UnconfirmedMessage, actor: string): Promise<Pick<Correspondence, 'id' | 'status'>> {
    return this.settle(which, actor, 'notice.resend_ordered', () => ({
      status: 'pending',
      nextTryAt: () => 'now()',
      error: null,
    }));
  }

  private settle(
    { id, requestId }: UnconfirmedMessage,
    actor: string,
    action: string,
    changeOf: (
      message: Correspondence,
    ) => QueryDeepPartialEntity<Correspondence> & { status: CorrespondenceStatus },
  ): Promise<Pick<Correspondence, 'id' | 'status'>> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const message = isUuid(id)
        ? await manager
            .getRepository(Correspondence)
            .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!message || (requestId !== undefined && message.requestId !== requestId)) {
        throw new DomainError('not_found', `No message with id ${id}.`);
      }
      if (message.status !== 'unconfirmed') {
        throw new DomainError(
          'invalid_state',
          `This message is ${message.status}; only a message that may have been sent is settled by hand.`,
        );
      }
      const change = changeOf(message);
      await manager.update(Correspondence, { id }, change);
      await this.audit.append({
        requestId: message.requestId,
        actor,
        action,
        data: { notice: message.kind, channel: message.channel, correspondenceId: id },
      });
      return { id, status: change.status };
    });
  }
}
