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
import { QueueCriteria, QueueRawRow, ReviewQueueRowsQuery } from '@rightsdesk/requests';
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
  subject: { email: string | null; name: string | null };
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

/**
 * The review queue (issue 6 item 3): filtered, searched, counted per status, and paged by keyset
 * on (due_at, id) or (received_at, id). This decides what the filter means (which statuses, whose
 * queue, which day "due within" ends, what a search names); ReviewQueueRowsQuery holds the SQL.
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
    const scope = this.countScope(filter);
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    const criteria: QueueCriteria = {
      types: filter.type,
      regimes: filter.regime,
      manners: filter.manner,
      channels: filter.channel,
      assignee: this.assigneeOf(filter, reviewer),
      overdue: filter.overdue,
      // "Due within 3 days" runs to the end of the third company-calendar day from today.
      dueBy:
        filter.dueWithinDays === undefined
          ? undefined
          : endOfDayIn(
              addDays(calendarDateIn(now, this.timeZone), filter.dueWithinDays),
              this.timeZone,
            ),
      now,
      search: filter.q ? searchOf(filter.q) : undefined,
      statuses: this.statusesOf(filter),
      countedStatuses: scope,
      sort: filter.sort,
      after: cursor ? { at: new Date(cursor.at), id: cursor.id } : undefined,
    };
    const rows = await this.rows.page(criteria, filter.limit + 1);
    const more = rows.length > filter.limit;
    const shown = rows.slice(0, filter.limit);
    const last = shown[shown.length - 1];
    return {
      rows: shown.map((row) => this.present(row, now)),
      countsByStatus: await this.counts(criteria, scope),
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

  /** Counting is bounded by the view's scope (open, closed or all) plus any status picked. */
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

  private assigneeOf(filter: QueueFilter, reviewer: Reviewer): QueueCriteria['assignee'] {
    if (filter.assignee === 'none') return 'unassigned';
    if (filter.assignee === 'me') {
      // A system has no queue of its own: "me" matches nothing rather than everything.
      return reviewer.kind === 'staff' ? { staffId: reviewer.id } : 'nobody';
    }
    return filter.assignee ? { staffId: filter.assignee } : undefined;
  }

  private async counts(
    criteria: QueueCriteria,
    scope: readonly RequestStatus[],
  ): Promise<Partial<Record<RequestStatus, number>>> {
    const rows = await this.rows.countByStatus(criteria);
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

/** An email finds that person's requests; anything else is read as a reference. */
function searchOf(q: string): QueueCriteria['search'] {
  return q.includes('@') ? { email: q.toLowerCase() } : { reference: normalizeReference(q) };
}

/** `rd-7k3m-q9xd`, `7K3MQ9XD` and `RD-7K3M-Q9XD` all name the same request. */
export function normalizeReference(text: string): string {
  const compact = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const body = compact.startsWith('RD') && compact.length === 10 ? compact.slice(2) : compact;
  const reference = `RD-${body.slice(0, 4)}-${body.slice(4)}`;
  return REQUEST_REFERENCE_PATTERN.test(reference) ? reference : text.trim();
}
