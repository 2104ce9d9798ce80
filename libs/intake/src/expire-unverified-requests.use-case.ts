import { DataSource } from 'typeorm';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { transitionRequest } from '@rightsdesk/persistence';

/**
 * Closes requests whose identity was never confirmed in the configured time, and tells the
 * person. Rows are claimed with SKIP LOCKED so several workers can run this at once.
 */
export class ExpireUnverifiedRequestsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: RenderNoticeUseCase,
  ) {}

  /** Expires up to `limit` overdue requests; returns how many. */
  async runOnce(now = new Date(), limit = 100): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id FROM requests
         WHERE status = 'pending_verification' AND verification_expires_at < $1
         ORDER BY verification_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      )) as Array<{ id: string }>;
      for (const { id } of rows) {
        await transitionRequest(manager, id, 'expire', {
          actor: 'system',
          reason: 'identity was not confirmed in time',
        });
        await this.notices.renderInto(manager, id, 'request_expired');
      }
      return rows.length;
    });
  }
}
