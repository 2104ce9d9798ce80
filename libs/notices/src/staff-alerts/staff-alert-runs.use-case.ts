import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { OPEN_STATUSES } from '@rightsdesk/domain';
import { PolicyInForce } from '@rightsdesk/live-config';
import { StaffAlerts } from './staff-alerts';
import { StaffAlertLine } from './staff-alert-words';
import { companyClock } from './company-clock';

type Notification = StaffAlertLine & { id: string };

/**
 * The daily staff notification runs, from the worker's background loops: once the digest hour
 * has come in the company's time zone, each open request due within the days an admin set
 * (Policy settings, Staff notifications; STAFF_DUE_SOON_DAYS by default) is told
 * to its assignee (or the admins), and every member with notifications not yet mailed gets one
 * digest email. Keys per member and day (a due-soon notification per request and day, a digest
 * per day) make a restart or two workers at once send nothing twice.
 */
@Injectable()
export class StaffAlertRuns {
  private readonly digestHour: number;
  private readonly timeZone: string;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly alerts: StaffAlerts,
    private readonly policy: PolicyInForce,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.digestHour = config.STAFF_DIGEST_HOUR;
    this.timeZone = config.COMPANY_TIME_ZONE;
  }

  /** Both runs, due-soon first so today's digest lists it. Returns the emails queued. */
  async runOnce(now = new Date()): Promise<number> {
    const clock = companyClock(now, this.timeZone);
    if (clock.hour < this.digestHour) return 0;
    return (await this.dueSoon(now, clock.day)) + (await this.digests(now, clock.day));
  }

  /** Records today's due-soon notifications; mails them to members who chose immediate emails. */
  async dueSoon(now: Date, day: string): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const fresh = new Map<string, Notification[]>();
      for (const { requestId, staffUserId } of await this.dueSoonRequests(now)) {
        const recorded = await this.alerts.record(
          staffUserId,
          'due_soon',
          requestId,
          `due_soon:${requestId}:${day}`,
        );
        if (recorded) fresh.set(staffUserId, [...(fresh.get(staffUserId) ?? []), recorded]);
      }
      let mailed = 0;
      for (const member of await this.alerts.recipients([...fresh.keys()])) {
        if (member.notifyBy !== 'immediate') continue;
        const lines = fresh.get(member.id) ?? [];
        if (await this.alerts.mail(member, lines, `due_soon:${day}`, false)) mailed += 1;
      }
      return mailed;
    });
  }

  /** One digest per member and day, listing what was not yet mailed to them. */
  async digests(now: Date, day: string): Promise<number> {
    let mailed = 0;
    for (const staffUserId of await this.membersWithUnmailed(now)) {
      const sent = await this.txHost.withTransaction(async () => {
        const [member] = await this.alerts.recipients([staffUserId]);
        const lines = await this.unmailed(staffUserId, now);
        if (!member || lines.length === 0) return false;
        return this.alerts.mail(member, lines, `digest:${day}`, true, day);
      });
      if (sent) mailed += 1;
    }
    return mailed;
  }

  /** Open requests due within the window, each with whoever should hear: assignee or admins. */
  private async dueSoonRequests(
    now: Date,
  ): Promise<Array<{ requestId: string; staffUserId: string }>> {
    return (await this.txHost.tx.query(
      `SELECT r.id AS "requestId", u.id AS "staffUserId"
         FROM requests r
         JOIN staff_users u ON u.deactivated_at IS NULL
              AND (u.id = r.assignee_id OR (r.assignee_id IS NULL AND u.role = 'admin'))
        WHERE r.status = ANY($1::text[]) AND r.due_at IS NOT NULL
          AND r.due_at <= $2::timestamptz + make_interval(days => $3::int)
        ORDER BY r.due_at, r.id`,
      [OPEN_STATUSES, now, (await this.policy.read()).effective.values.notifications.dueSoonDays],
    )) as Array<{ requestId: string; staffUserId: string }>;
  }

  private async membersWithUnmailed(now: Date): Promise<string[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT DISTINCT staff_user_id AS id FROM staff_notifications
        WHERE correspondence_id IS NULL AND created_at <= $1`,
      [now],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  /** The member's notifications not yet mailed, locked so two digests cannot both take them. */
  private async unmailed(staffUserId: string, now: Date): Promise<Notification[]> {
    return (await this.txHost.tx.query(
      `SELECT id, kind, request_id AS "requestId", reference FROM staff_notifications
        WHERE staff_user_id = $1 AND correspondence_id IS NULL AND created_at <= $2
        ORDER BY created_at, id
        FOR UPDATE`,
      [staffUserId, now],
    )) as Notification[];
  }
}
