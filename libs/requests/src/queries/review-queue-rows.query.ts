import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  AnswerChannel,
  Manner,
  OPEN_STATUSES,
  Regime,
  RequestStatus,
  RequestType,
} from '@rightsdesk/domain';
import { QueueConditions } from './queue-conditions';

/** One row of the review queue as stored (requests r, their person s, the assignee a). */
export interface QueueRawRow {
  id: string;
  reference: string;
  type: RequestType;
  status: RequestStatus;
  regime: Regime;
  manner: Manner;
  answer_channel: AnswerChannel;
  received_at: Date;
  due_at: Date;
  due_on: string | null;
  extended: boolean;
  assignee_id: string | null;
  assignee_name: string | null;
  email: string;
  name: string | null;
}

/** What the review queue lists, every filter already resolved to values by the use case. */
export interface QueueCriteria {
  types: readonly string[];
  regimes: readonly string[];
  manners: readonly string[];
  channels: readonly string[];
  /** A staff member's requests, the unassigned ones, or none (a system's own queue). */
  assignee?: { staffId: string } | 'unassigned' | 'nobody';
  /** Requests whose clock runs and that are past due at `now` (true), or all others (false). */
  overdue?: boolean;
  /** Requests whose clock runs and that are due by then. */
  dueBy?: Date;
  now: Date;
  /** A person's requests by their email (lower-cased, as stored), or one reference. */
  search?: { email: string } | { reference: string };
  /** The statuses listed. */
  statuses: readonly RequestStatus[];
  /** The statuses counted, whatever status was picked. */
  countedStatuses: readonly RequestStatus[];
  sort: 'due' | 'received';
  /** The last row of the page before, for the keyset on (sort column, id). */
  after?: { at: Date; id: string };
}

// Status lists come from a closed enum and are written into the SQL as literals, so the planner
// can use the partial index of open requests.
const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The review queue's two reads: a keyset page of rows on (due_at, id) or (received_at, id), so
 * page 2,000 costs what page 1 does, and the counts per status under the same filters.
 */
@Injectable()
export class ReviewQueueRowsQuery {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Up to `limit` rows in (sort column, id) order, after the cursor if there is one. */
  page(criteria: QueueCriteria, limit: number): Promise<QueueRawRow[]> {
    const where = narrowed(criteria);
    where.add(`r.status IN (${quoted(criteria.statuses)})`);
    const column = criteria.sort === 'due' ? 'r.due_at' : 'r.received_at';
    const direction = criteria.sort === 'due' ? 'ASC' : 'DESC';
    if (criteria.after) {
      const at = where.param(criteria.after.at);
      const id = where.param(criteria.after.id);
      where.add(`(${column}, r.id) ${criteria.sort === 'due' ? '>' : '<'} (${at}, ${id})`);
    }
    const bound = where.param(limit);
    return this.txHost.tx.query(
      `SELECT r.id, r.reference, r.type, r.status, r.regime, r.manner, r.answer_channel,
              r.received_at, r.due_at, r.due_rule->>'dueOn' AS due_on,
              r.original_due_at IS NOT NULL AS extended, r.assignee_id, a.name AS assignee_name,
              s.email, s.name
         FROM requests r JOIN subject_identities s ON s.id = r.subject_id
         LEFT JOIN staff_users a ON a.id = r.assignee_id
        WHERE ${where.sql()}
        ORDER BY ${column} ${direction}, r.id ${direction}
        LIMIT ${bound}`,
      where.values,
    ) as Promise<QueueRawRow[]>;
  }

  /**
   * Requests per counted status. Bounded by the scope: the open view counts open requests only,
   * through the (status, due_at) index, so years of closed history never slow it down.
   */
  countByStatus(criteria: QueueCriteria): Promise<Array<{ status: RequestStatus; count: number }>> {
    const where = narrowed(criteria);
    where.add(`r.status IN (${quoted(criteria.countedStatuses)})`);
    return this.txHost.tx.query(
      `SELECT r.status, count(*)::int AS count FROM requests r
       ${where.joinsSubject ? 'JOIN subject_identities s ON s.id = r.subject_id' : ''}
       WHERE ${where.sql()} GROUP BY r.status`,
      where.values,
    ) as Promise<Array<{ status: RequestStatus; count: number }>>;
  }
}

/** Every condition but the status ones, which the counts per status must ignore. */
function narrowed(criteria: QueueCriteria): QueueConditions {
  const where = new QueueConditions();
  const any = (column: string, values: readonly string[]) => {
    if (values.length > 0) where.add(`${column} = ANY(${where.param(values)}::text[])`);
  };
  any('r.type', criteria.types);
  any('r.regime', criteria.regimes);
  any('r.manner', criteria.manners);
  any('r.answer_channel', criteria.channels);
  const { assignee } = criteria;
  if (assignee === 'unassigned') where.add('r.assignee_id IS NULL');
  else if (assignee === 'nobody') where.add('FALSE');
  else if (assignee) where.add(`r.assignee_id = ${where.param(assignee.staffId)}`);
  const clockRunning = `r.status IN (${quoted(OPEN_STATUSES)})`;
  if (criteria.overdue === true)
    where.add(`${clockRunning} AND r.due_at < ${where.param(criteria.now)}`);
  if (criteria.overdue === false)
    where.add(`NOT (${clockRunning} AND r.due_at < ${where.param(criteria.now)})`);
  if (criteria.dueBy) where.add(`${clockRunning} AND r.due_at <= ${where.param(criteria.dueBy)}`);
  if (criteria.search && 'email' in criteria.search) {
    // Emails are stored lower-cased at intake (subject_identities_email_idx).
    where.add(`s.email = ${where.param(criteria.search.email)}`);
    where.joinsSubject = true;
  } else if (criteria.search) {
    where.add(`r.reference = ${where.param(criteria.search.reference)}`);
  }
  return where;
}
