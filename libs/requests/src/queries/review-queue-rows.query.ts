import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AnswerChannel, Manner, Regime, RequestStatus, RequestType } from '@rightsdesk/domain';

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

/**
 * A WHERE clause over requests `r` (and their person `s`) built from parts, with numbered
 * parameters: everything a person typed is bound, never written into the SQL.
 */
export class QueueConditions {
  private readonly parts: string[] = ['TRUE'];
  readonly values: unknown[] = [];
  /** Whether a condition reads the person's identity (s.*), so counts must join it too. */
  joinsSubject = false;

  add(sql: string): void {
    this.parts.push(`(${sql})`);
  }

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  sql(): string {
    return this.parts.join(' AND ');
  }

  clone(): QueueConditions {
    const copy = new QueueConditions();
    copy.parts.splice(0, copy.parts.length, ...this.parts);
    copy.values.push(...this.values);
    copy.joinsSubject = this.joinsSubject;
    return copy;
  }
}

/** The review queue's two reads: a keyset page of rows, and the counts per status. */
@Injectable()
export class ReviewQueueRowsQuery {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Up to `limit` rows in (sort column, id) order; the caller adds the keyset condition. */
  page(where: QueueConditions, sort: 'due' | 'received', limit: number): Promise<QueueRawRow[]> {
    const column = sort === 'due' ? 'r.due_at' : 'r.received_at';
    const direction = sort === 'due' ? 'ASC' : 'DESC';
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

  countByStatus(where: QueueConditions): Promise<Array<{ status: RequestStatus; count: number }>> {
    return this.txHost.tx.query(
      `SELECT r.status, count(*)::int AS count FROM requests r
       ${where.joinsSubject ? 'JOIN subject_identities s ON s.id = r.subject_id' : ''}
       WHERE ${where.sql()} GROUP BY r.status`,
      where.values,
    ) as Promise<Array<{ status: RequestStatus; count: number }>>;
  }
}
