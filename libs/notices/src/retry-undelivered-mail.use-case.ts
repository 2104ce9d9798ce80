import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { enqueueInOutbox } from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { MailSendClaims } from './mail-send-claims';
import { SendNoticeUseCase } from './send-notice.use-case';

/**
 * The mail sweep: a message whose tries all failed (the SMTP server down longer than the job's
 * retries), or whose attempt died before its end went out, is sent again when its own next try
 * is due, with a new job id, so it goes out once the server is back without anyone retrying a
 * queue; and a send whose attempt died after that point is marked for staff. Its schedule lives
 * in Postgres: a worker restart or an empty Redis changes nothing.
 */
@Injectable()
export class RetryUndeliveredMailUseCase {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly claims: MailSendClaims,
    private readonly send: SendNoticeUseCase,
  ) {}

  /** One batch of each; returns how many messages it acted on. */
  async runOnce(batchSize = 100): Promise<number> {
    const unconfirmed = await this.send.markUnconfirmed({}, batchSize);
    // Given back as due now: the batch below hands them out.
    await this.claims.releaseUncommitted({}, batchSize);
    const retried = await this.txHost.withTransaction(async () => {
      const due = await this.claims.takeDueRetries(batchSize);
      for (const { id, tries } of due) {
        await enqueueInOutbox(
          this.txHost.tx,
          outboxEntryFor(
            'notice.send',
            { v: 1, correspondenceId: id },
            jobIdFor('notice.send', id, `retry${tries}`),
          ),
        );
      }
      return due.length;
    });
    return unconfirmed + retried;
  }
}
