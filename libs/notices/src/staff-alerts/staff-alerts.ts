import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import type { StaffNotificationKind, StaffNotifyBy } from '@rightsdesk/persistence';
import { CorrespondenceQueue } from '../correspondence-queue';
import { StaffAlertLine, staffAlertEmail } from './staff-alert-words';

/** Who hears of an event about a request. */
type Audience = 'assignee_or_admins' | 'officers_and_admins';

interface Recipient {
  id: string;
  email: string;
  notifyBy: StaffNotifyBy;
}

/**
 * Tells staff of work that needs them (issue 14, part 5): a request assigned to them, a step
 * that failed, a reply from the person, a person asked for too many codes. Each is written in the
 * transaction of the change that caused it; a member who chose immediate emails gets one queued
 * in that same transaction (correspondence + send job, so exactly once), the others read it in
 * their daily digest (StaffAlertRuns). Only references and console links, never personal data.
 */
@Injectable()
export class StaffAlerts {
  private readonly consoleUrl: string;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly correspondence: CorrespondenceQueue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.consoleUrl = `${config.PUBLIC_URL.replace(/\/+$/, '')}/console`;
  }

  /** The request was assigned to `assigneeId` (by someone else or by themselves). */
  async assigned(requestId: string, assigneeId: string): Promise<void> {
    await this.notify('assigned', requestId, `assigned:${requestId}:${randomUUID()}`, [assigneeId]);
  }

  /** A fulfilment step or a notice failed: the assignee, or every admin when nobody has it. */
  async stepFailed(requestId: string, what: string): Promise<void> {
    const key = `step_failed:${requestId}:${what}:${randomUUID()}`;
    await this.notify(
      'step_failed',
      requestId,
      key,
      await this.audience(requestId, 'assignee_or_admins'),
    );
  }

  /**
   * Notify about a reply: the person answered on a request (an email read from the mailbox, an
   * answer on the status page, a letter entered by staff). Call it in the transaction that stores
   * the reply, with the reply's own id: the same reply stored twice notifies once.
   */
  async notifyAboutReply(requestId: string, replyId: string): Promise<void> {
    const key = `reply:${requestId}:${replyId}`;
    await this.notify(
      'reply',
      requestId,
      key,
      await this.audience(requestId, 'assignee_or_admins'),
    );
  }

  /**
   * Someone asked for more codes (or guessed more) for one person than the hourly limit allows:
   * every officer and admin hears of it once per request, limit and hour (issue 13, finding 14).
   */
  async codeLimitReached(requestId: string, limit: string, now = new Date()): Promise<void> {
    const hour = now.toISOString().slice(0, 13);
    const key = `code_limit:${requestId}:${limit}:${hour}`;
    await this.notify(
      'code_limit',
      requestId,
      key,
      await this.audience(requestId, 'officers_and_admins'),
    );
  }

  /**
   * Records the notification for each member (once per member and key) and mails it at once to
   * those who chose immediate emails. Returns the recorded notifications per member.
   */
  async notify(
    kind: StaffNotificationKind,
    requestId: string,
    dedupeKey: string,
    staffUserIds: readonly string[],
  ): Promise<void> {
    for (const member of await this.recipients(staffUserIds)) {
      const recorded = await this.record(member.id, kind, requestId, dedupeKey);
      if (recorded && member.notifyBy === 'immediate') {
        await this.mail(member, [recorded], `notification:${recorded.id}`, false);
      }
    }
  }

  /**
   * One email to `member` listing `notifications`, under a key unique per member: a second call
   * with the same key (another worker, a restart) mails nothing. Returns false when it did.
   */
  async mail(
    member: Recipient,
    notifications: ReadonlyArray<StaffAlertLine & { id: string }>,
    dedupeKey: string,
    digest: boolean,
    day?: string,
  ): Promise<boolean> {
    const email = staffAlertEmail(notifications, { consoleUrl: this.consoleUrl, digest, day });
    const correspondenceId = await this.correspondence.queueStaffEmail(this.txHost.tx, {
      staffUserId: member.id,
      dedupeKey,
      kind: digest ? 'staff_digest' : `staff_${notifications[0].kind}`,
      recipient: member.email,
      ...email,
    });
    if (!correspondenceId) return false;
    await this.txHost.tx.query(
      `UPDATE staff_notifications SET correspondence_id = $1 WHERE id = ANY($2::uuid[])`,
      [correspondenceId, notifications.map((notification) => notification.id)],
    );
    return true;
  }

  /** Active members among `ids`, with how they want to hear. */
  async recipients(ids: readonly string[]): Promise<Recipient[]> {
    if (ids.length === 0) return [];
    return (await this.txHost.tx.query(
      `SELECT id, email, notify_by AS "notifyBy" FROM staff_users
        WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL AND role <> 'auditor'
        ORDER BY id`,
      [ids],
    )) as Recipient[];
  }

  /** The assignee, or else every admin; or every officer and admin. */
  private async audience(requestId: string, audience: Audience): Promise<string[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT u.id FROM staff_users u
        WHERE u.deactivated_at IS NULL AND (
          CASE WHEN $2 = 'officers_and_admins' THEN u.role IN ('admin', 'privacy_officer')
               ELSE u.id = (SELECT assignee_id FROM requests WHERE id = $1)
                    OR (u.role = 'admin'
                        AND (SELECT assignee_id FROM requests WHERE id = $1) IS NULL)
          END)`,
      [requestId, audience],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  /** The new notification, or null when this member already has one under the key. */
  async record(
    staffUserId: string,
    kind: StaffNotificationKind,
    requestId: string,
    dedupeKey: string,
  ): Promise<(StaffAlertLine & { id: string }) | null> {
    // An INSERT answers its rows as they are (an UPDATE answers [rows, count]).
    const rows = (await this.txHost.tx.query(
      `INSERT INTO staff_notifications (staff_user_id, kind, request_id, reference, dedupe_key)
       SELECT $1, $2, r.id, r.reference, $4 FROM requests r WHERE r.id = $3
       ON CONFLICT (staff_user_id, dedupe_key) DO NOTHING
       RETURNING id, kind, request_id AS "requestId", reference`,
      [staffUserId, kind, requestId, dedupeKey],
    )) as Array<StaffAlertLine & { id: string }>;
    return rows[0] ?? null;
  }
}
