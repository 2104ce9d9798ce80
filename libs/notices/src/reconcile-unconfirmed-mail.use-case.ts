import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Correspondence } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MailArchive } from './mail-archive';
import { noticeMessageId } from './mail-transport';
import { redactPersonLinks } from './person-links';

/**
 * Settles the emails a crash left `unconfirmed` (their attempt died after its commit point, with
 * no 250 recorded) by the archive mailbox, which the mail server gives a Bcc copy of every email
 * it accepts: a copy there from that attempt means the person has it; none once the settle time has passed means
 * the server never took it, so it is sent again, once, with the same Message-ID. While the archive
 * cannot be read nothing is concluded; with no archive configured, staff settle them by hand.
 */
@Injectable()
export class ReconcileUnconfirmedMailUseCase {
  private readonly settleMs: number;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly archive: MailArchive,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settleMs = config.MAIL_ARCHIVE_SETTLE_MS;
  }

  /** One batch; returns how many messages it settled. Throws MailArchiveUnreadable. */
  async runOnce(batchSize = 50): Promise<number> {
    if (!this.archive.readable) return 0;
    const due = await this.dueForCheck(batchSize);
    if (due.length === 0) return 0;
    const held = await this.archive.holding(
      due.map((message) => ({
        messageId: noticeMessageId(message.id),
        attempt: message.sendAttempt ?? '',
      })),
    );
    for (const message of due) {
      if (held.has(noticeMessageId(message.id))) await this.confirm(message);
      else if (message.archiveResentAt === null) await this.sendAgain(message);
      else await this.leaveToStaff(message);
    }
    return due.length;
  }

  /** Unconfirmed emails past the settle time whose last commit point was not yet looked up. */
  private dueForCheck(batchSize: number): Promise<Correspondence[]> {
    return this.txHost.tx
      .getRepository(Correspondence)
      .createQueryBuilder('c')
      .where(`c.status = 'unconfirmed' AND c.channel = 'email'`)
      .andWhere(`c.send_committed_at < now() - make_interval(secs => :settleMs / 1000.0)`, {
        settleMs: this.settleMs,
      })
      .andWhere('(c.archive_checked_at IS NULL OR c.archive_checked_at < c.send_committed_at)')
      .orderBy('c.send_committed_at')
      .limit(batchSize)
      .getMany();
  }

  /** The archive has it: the server accepted it, so the person has it. */
  private confirm(message: Correspondence): Promise<void> {
    return this.settle(message, 'notice.archive_confirmed', {
      status: 'sent',
      sentAt: () => 'send_committed_at',
      sealedSecrets: null,
      error: null,
      bodyText: redactPersonLinks(message.bodyText),
      bodyHtml: message.bodyHtml === null ? null : redactPersonLinks(message.bodyHtml),
    });
  }

  /** Not there after the settle time: never accepted. The mail sweep sends it now, as a try. */
  private sendAgain(message: Correspondence): Promise<void> {
    return this.settle(
      message,
      'notice.archive_resend',
      {
        status: 'pending',
        nextTryAt: () => 'now()',
        error: null,
        archiveResentAt: () => 'now()',
      },
      // Once, even if another worker's check sent it again while this one read the archive.
      'archive_resent_at IS NULL',
    );
  }

  /** Sent again once already and still unconfirmed: a person decides on a third copy. */
  private leaveToStaff(message: Correspondence): Promise<void> {
    return this.settle(message, 'notice.archive_missing', {
      error:
        'Not in the mail archive, and its second sending also stopped before the mail server ' +
        'answered. Check with the person, then resend or confirm.',
    });
  }

  /**
   * Applies `change` if the message is still as it was read (staff, or another worker, may have
   * settled it since), with its audit event, in one transaction.
   */
  private async settle(
    message: Correspondence,
    action: string,
    change: QueryDeepPartialEntity<Correspondence>,
    onlyIf = 'true',
  ): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const updated = await this.txHost.tx
        .createQueryBuilder()
        .update(Correspondence)
        .set({ ...change, archiveCheckedAt: () => 'now()' })
        .where(`id = :id AND status = 'unconfirmed'`, { id: message.id })
        .andWhere('(archive_checked_at IS NULL OR archive_checked_at < send_committed_at)')
        .andWhere(onlyIf)
        .execute();
      if (updated.affected !== 1) return;
      await this.audit.append({
        requestId: message.requestId,
        actor: 'worker',
        action,
        data: { notice: message.kind, channel: message.channel, correspondenceId: message.id },
      });
    });
  }
}
