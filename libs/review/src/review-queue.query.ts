import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import {
  AnswerChannel,
  CLOSED_STATUSES,
  Manner,
  OPEN_STATUSES,
  REQUEST_REFERENCE_PATTERN,
  REQUEST_STATUSES,
  Regime,
  RequestStatus,
  RequestType,
  TimeLeft,
  addDays,
  calendarDateIn,
  endOfDayIn,
  isOpen,
  timeLeft,
} from '@rightsdesk/domain';
import { QueueConditions, QueueRawRow, ReviewQueueRowsQuery } from '@rightsdesk/requests';
import { DeadlineUrgency, deadlineUrgency } from './deadline-urgency';
import { QueueFilter, decodeCursor, encodeCursor } from './queue-filter.schema';
import { Reviewer } from './reviewer';

export interface QueueRow {
  id: string;
  reference: string;
  type: RequestType;
  status: RequestStatus;
  regime: Regime;
  manner: Manner;
  answerChannel: AnswerChannel;
  receivedAt: string;
  dueAt: string;
  dueOn: string | null;
  extended: boolean;
  timeLeft: TimeLeft | null;
  urgency: DeadlineUrgency;
  assignee: { id: string; name: string } | null;
  /** Who the request is about, for staff eyes only. */
  subject: { email: string; name: string | null };
}

export interface QueuePage {
  rows: QueueRow[];
  /**
   * Requests per status under the same filters, for every status of the view's scope (open,
   * closed or all, plus any status picked), whatever status was picked, "hide unverified" aside.
   */
  countsByStatus: Partial<Record<RequestStatus, number>>;
  /** Opaque; pass as `cursor` for the next page. Null on the last page. */
  nextCursor: string | null;
}

/** Statuses hidden by "hide unverified": the person has not (yet) proved who they are. */
export const UNVERIFIED_STATUSES: readonly RequestStatus[] = [
  'received',
  'pending_verification',
  'expired',
];

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The review queue (issue 6 item 3): filtered, searched, counted per status, and paged by keyset
 * on (due_at, id) or (received_at, id), so page 2,000 costs what page 1 does. Status lists are
 * written into the SQL as literals (they come from a closed enum) so the planner can use the
 * partial index of open requests; everything the caller typed is a bound parameter.
 */
@Injectable()
export class ReviewQueueQuery {
  constructor(
    private readonly rows: ReviewQueueRowsQuery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get timeZone(): string {
    return this.config.COMPANY_TIME_ZONE;
  }

  async page(filter: QueueFilter, reviewer: Reviewer, now = new Date()): Promise<QueuePage> {
    const where = new QueueConditions();
    this.narrow(where, filter, reviewer, now);
    const counted = where.clone();
    // Counting is bounded by the scope: the open view (the default) counts open requests only,
    // through the (status, due_at) index, so years of closed history never slow it down.
    const scope = this.countScope(filter);
    counted.add(`r.status IN (${quoted(scope)})`);
    where.add(`r.status IN (${quoted(this.statusesOf(filter))})`);

    if (filter.cursor) {
      const column = filter.sort === 'due' ? 'r.due_at' : 'r.received_at';
      const cursor = decodeCursor(filter.cursor);
      const at = where.param(new Date(cursor.at));
      const id = where.param(cursor.id);
      where.add(`(${column}, r.id) ${filter.sort === 'due' ? '>' : '<'} (${at}, ${id})`);
    }
    const rows = await this.rows.page(where, filter.sort, filter.limit + 1);
    const more = rows.length > filter.limit;
    const shown = rows.slice(0, filter.limit);
    const last = shown[shown.length - 1];
    return {
      rows: shown.map((row) => this.present(row, now)),
      countsByStatus: await this.counts(counted, scope),
      nextCursor:
        more && last
          ? encodeCursor({
              at: (filter.sort === 'due' ? last.due_at : last.received_at).toISOString(),
              id: last.id,
            })
          : null,
    };
  }

  /** The statuses listed: exactly those asked for, else open, closed or all (minus unverified). */
  private statusesOf(filter: QueueFilter): RequestStatus[] {
    if (filter.status.length > 0) return filter.status;
    const base =
      filter.state === 'open'
        ? OPEN_STATUSES
        : filter.state === 'closed'
          ? CLOSED_STATUSES
          : REQUEST_STATUSES;
    const shown = filter.hideUnverified
      ? base.filter((status) => !UNVERIFIED_STATUSES.includes(status))
      : [...base];
    // An empty IN () is invalid SQL; a status no row has lists nothing, as asked.
    return shown.length > 0 ? shown : ['expired'];
  }

  private countScope(filter: QueueFilter): RequestStatus[] {
    const base =
      filter.state === 'open'
        ? OPEN_STATUSES
        : filter.state === 'closed'
          ? CLOSED_STATUSES
          : REQUEST_STATUSES;
    return REQUEST_STATUSES.filter(
      (status) => base.includes(status) || filter.status.includes(status),
    );
  }

  /** Every filter but the status ones, which the counts per status must ignore. */
  private narrow(where: QueueConditions, filter: QueueFilter, reviewer: Reviewer, now: Date): void {
    const any = (column: string, values: readonly string[]) => {
      if (values.length > 0) where.add(`${column} = ANY(${where.param(values)}::text[])`);
    };
    any('r.type', filter.type);
    any('r.regime', filter.regime);
    any('r.manner', filter.manner);
    any('r.answer_channel', filter.channel);
    if (filter.assignee === 'none') where.add('r.assignee_id IS NULL');
    else if (filter.assignee === 'me') {
      // A system has no queue of its own: "me" matches nothing rather than everything.
      if (reviewer.kind === 'staff') where.add(`r.assignee_id = ${where.param(reviewer.id)}`);
      else where.add('FALSE');
    } else if (filter.assignee) where.add(`r.assignee_id = ${where.param(filter.assignee)}`);
    const clockRunning = `r.status IN (${quoted(OPEN_STATUSES)})`;
    if (filter.overdue === true) where.add(`${clockRunning} AND r.due_at < ${where.param(now)}`);
    if (filter.overdue === false)
      where.add(`NOT (${clockRunning} AND r.due_at < ${where.param(now)})`);
    if (filter.dueWithinDays !== undefined) {
      // "Due within 3 days" runs to the end of the third company-calendar day from today.
      const until = endOfDayIn(
        addDays(calendarDateIn(now, this.timeZone), filter.dueWithinDays),
        this.timeZone,
      );
      where.add(`${clockRunning} AND r.due_at <= ${where.param(until)}`);
    }
    if (filter.q) this.search(where, filter.q);
  }

  /** An email finds that person's requests; anything else is read as a reference. */
  private search(where: QueueConditions, q: string): void {
    if (q.includes('@')) {
      // Emails are stored lower-cased at intake (subject_identities_email_idx).
      where.add(`s.email = ${where.param(q.toLowerCase())}`);
      where.joinsSubject = true;
      return;
    }
    const reference = normalizeReference(q);
    where.add(`r.reference = ${where.param(reference)}`);
  }

  private async counts(
    where: QueueConditions,
    scope: readonly RequestStatus[],
  ): Promise<Partial<Record<RequestStatus, number>>> {
    const rows = await this.rows.countByStatus(where);
    const counts: Partial<Record<RequestStatus, number>> = Object.fromEntries(
      scope.map((status) => [status, 0]),
    );
    for (const row of rows) counts[row.status] = row.count;
    return counts;
  }

  private present(row: QueueRawRow, now: Date): QueueRow {
    const left = isOpen(row.status) ? timeLeft(row.due_at, now, this.timeZone) : null;
    return {
      id: row.id,
      reference: row.reference,
      type: row.type,
      status: row.status,
      regime: row.regime,
      manner: row.manner,
      answerChannel: row.answer_channel,
      receivedAt: row.received_at.toISOString(),
      dueAt: row.due_at.toISOString(),
      dueOn: row.due_on,
      extended: row.extended,
      timeLeft: left,
      urgency: deadlineUrgency(left),
      assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
      subject: { email: row.email, name: row.name },
    };
  }
}

/** `rd-7k3m-q9xd`, `7K3MQ9XD` and `RD-7K3M-Q9XD` all name the same request. */
export function normalizeReference(text: string): string {
  const compact = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const body = compact.startsWith('RD') && compact.length === 10 ? compact.slice(2) : compact;
  const reference = `RD-${body.slice(0, 4)}-${body.slice(4)}`;
  return REQUEST_REFERENCE_PATTERN.test(reference) ? reference : text.trim();
}
