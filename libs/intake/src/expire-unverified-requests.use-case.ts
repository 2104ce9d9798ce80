import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { RequestRepository } from '@rightsdesk/requests';

/**
 * Closes requests whose identity was never confirmed in the configured time, and tells the
 * person. Rows are claimed with SKIP LOCKED so several workers can run this at once.
 */
@Injectable()
export class ExpireUnverifiedRequestsUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly notices: RenderNoticeUseCase,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Expires up to `limit` overdue requests; returns how many. */
  async runOnce(now = new Date(), limit = 100): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const ids = await this.requests.claimUnverifiedPast(now, limit);
      for (const id of ids) {
        await this.requests.transition(id, 'expire', {
          actor: 'system',
          reason: 'identity was not confirmed in time',
        });
        await this.notices.renderInto(this.txHost.tx, id, 'request_expired');
      }
      return ids.length;
    });
  }
}
