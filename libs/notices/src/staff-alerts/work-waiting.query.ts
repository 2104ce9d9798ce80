import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { OPEN_STATUSES } from '@rightsdesk/domain';

/** The counts the console shows (the staff principal's `waiting`). */
export interface WorkWaitingCounts {
  assigned: number;
  dueSoon: number;
  failed: number;
  dueSoonDays: number;
}

/** Who is asking: their id and whether they are an admin (who also answer for unassigned work). */
export interface WorkWaitingFor {
  id: string;
  role: string;
}

/**
 * What needs a staff member, counted for the console's navigation: open requests assigned to
 * them, those of them due within STAFF_DUE_SOON_DAYS (for admins, unassigned ones too, as the
 * due-soon emails say), and failed ones of theirs (admins: unassigned too). One indexed query.
 */
@Injectable()
export class WorkWaitingQuery {
  private readonly dueSoonDays: number;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.dueSoonDays = config.STAFF_DUE_SOON_DAYS;
  }

  async for(member: WorkWaitingFor): Promise<WorkWaitingCounts> {
    const [counts] = (await this.txHost.tx.query(
      `SELECT count(*) FILTER (WHERE r.assignee_id = $1)::int AS assigned,
              count(*) FILTER (WHERE r.due_at <= now() + make_interval(days => $4::int))::int
                AS "dueSoon",
              count(*) FILTER (WHERE r.status = 'failed')::int AS failed
         FROM requests r
        WHERE (r.assignee_id = $1 OR ($3 AND r.assignee_id IS NULL))
          AND r.status = ANY($2::text[])`,
      [member.id, OPEN_STATUSES, member.role === 'admin', this.dueSoonDays],
    )) as Array<{ assigned: number; dueSoon: number; failed: number }>;
    return { ...counts, dueSoonDays: this.dueSoonDays };
  }
}
