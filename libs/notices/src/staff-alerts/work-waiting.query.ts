import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { OPEN_STATUSES } from '@rightsdesk/domain';
import { PolicyInForce } from '@rightsdesk/live-config';

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
 * them, those of them due within the due-soon days in force (for admins, unassigned ones too, as the
 * due-soon emails say), and failed ones of theirs (admins: unassigned too). One indexed query.
 */
@Injectable()
export class WorkWaitingQuery {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly policy: PolicyInForce,
  ) {}

  async for(member: WorkWaitingFor): Promise<WorkWaitingCounts> {
    const dueSoonDays = (await this.policy.read()).effective.values.notifications.dueSoonDays;
    const [counts] = (await this.txHost.tx.query(
      `SELECT count(*) FILTER (WHERE r.assignee_id = $1)::int AS assigned,
              count(*) FILTER (WHERE r.due_at <= now() + make_interval(days => $4::int))::int
                AS "dueSoon",
              count(*) FILTER (WHERE r.status = 'failed')::int AS failed
         FROM requests r
        WHERE (r.assignee_id = $1 OR ($3 AND r.assignee_id IS NULL))
          AND r.status = ANY($2::text[])`,
      [member.id, OPEN_STATUSES, member.role === 'admin', dueSoonDays],
    )) as Array<{ assigned: number; dueSoon: number; failed: number }>;
    return { ...counts, dueSoonDays };
  }
}
