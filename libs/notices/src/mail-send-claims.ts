import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import type { Correspondence } from '@rightsdesk/persistence';

/**
 * The send claims on correspondence, every time from the database's clock. A claim is committed
 * before the SMTP server is spoken to, and its commit point just before the message's end is
 * written (the server delivers nothing before that end, RFC 5321 4.1.1.4). A claim whose attempt
 * stopped before its commit point is sent again; one stopped after it may already be out, and is
 * never sent blindly.
 */
@Injectable()
export class MailSendClaims {
  private readonly leaseMs: number;
  private readonly backoffMs: number;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.leaseMs = config.MAIL_SEND_LEASE_MS;
    this.backoffMs = config.MAIL_RETRY_BACKOFF_MS;
  }

  /** Claims a pending message for `attempt`; false when it is not pending (sent, being sent, …). */
  async claim(id: string, attempt: string): Promise<boolean> {
    const [rows] = (await this.txHost.tx.query(
      `UPDATE correspondence
          SET status = 'sending', send_attempt = $2, send_claimed_at = now(),
              send_committed_at = NULL, send_tries = send_tries + 1, next_try_at = NULL
        WHERE id = $1 AND status = 'pending'
        RETURNING id`,
      [id, attempt],
    )) as [unknown[], number];
    return rows.length === 1;
  }

  /**
   * The commit point of `attempt`, just before the message's end goes to the server; false when
   * the claim is no longer the attempt's (its lease ran out and it was given back): the attempt
   * must then stop before the end, and the message goes out with the attempt that has it now.
   */
  async commit(id: string, attempt: string): Promise<boolean> {
    const [rows] = (await this.txHost.tx.query(
      `UPDATE correspondence SET send_committed_at = now()
        WHERE id = $1 AND send_attempt = $2 AND status = 'sending'
        RETURNING id`,
      [id, attempt],
    )) as [unknown[], number];
    return rows.length === 1;
  }

  /**
   * Claims older than the lease whose attempt stopped before its commit point (a killed worker,
   * a lost connection): the server cannot have delivered them, so they are pending again and due
   * at once; the try they used counts. Returns the messages given back.
   */
  async releaseUncommitted(scope: AbandonedScope = {}, batchSize = 100): Promise<string[]> {
    const [rows] = (await this.txHost.tx.query(
      `UPDATE correspondence c SET status = 'pending', next_try_at = now()
        WHERE c.id IN (
          SELECT id FROM correspondence
           WHERE status = 'sending' AND send_committed_at IS NULL
             AND ($2::uuid IS NULL OR id = $2::uuid)
             AND send_claimed_at < now() - make_interval(secs => $1::double precision / 1000)
           ORDER BY send_claimed_at
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
        RETURNING c.id`,
      [this.leaseMs, scope.id ?? null, batchSize],
    )) as [Array<{ id: string }>, number];
    return rows.map((row) => row.id);
  }

  /**
   * The attempt ended without the server accepting the message: pending again, with the
   * retry sweep's next try after a backoff that doubles with each try (up to a day).
   */
  async release(id: string, attempt: string, error: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE correspondence
          SET status = 'pending', error = $3,
              next_try_at = now() + least(
                make_interval(secs => $4::double precision / 1000 * 2 ^ least(send_tries - 1, 20)),
                interval '1 day')
        WHERE id = $1 AND send_attempt = $2 AND status = 'sending'`,
      [id, attempt, error.slice(0, 500), this.backoffMs],
    );
  }

  /**
   * Claims past their commit point and older than the lease whose attempt never came back (a
   * killed worker, a lost connection after the server's answer), or the claim of an `attempt`
   * that cannot tell what the server did: marked `unconfirmed` for staff, never resent. Returns
   * the messages marked.
   */
  async markAbandoned(scope: AbandonedScope = {}, batchSize = 100): Promise<AbandonedSend[]> {
    const [rows] = (await this.txHost.tx.query(
      `UPDATE correspondence c
          SET status = 'unconfirmed',
              error = 'May have been sent at ' || to_char(c.send_committed_at AT TIME ZONE 'UTC',
                'YYYY-MM-DD HH24:MI:SS "UTC"') || ': the sending attempt stopped before recording '
                || 'whether the mail server accepted it. Check with the person, then resend or confirm.'
        WHERE c.id IN (
          SELECT id FROM correspondence
           WHERE status = 'sending' AND send_committed_at IS NOT NULL
             AND ($2::uuid IS NULL OR id = $2::uuid)
             AND (send_attempt = $4::uuid
                  OR send_claimed_at < now() - make_interval(secs => $1::double precision / 1000))
           ORDER BY send_claimed_at
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
        RETURNING c.id, c.request_id AS "requestId", c.kind, c.channel,
                  c.send_claimed_at AS "claimedAt"`,
      [this.leaseMs, scope.id ?? null, batchSize, scope.attempt ?? null],
    )) as [AbandonedSend[], number];
    return rows;
  }

  /** Failed messages whose next try is due, taken off the schedule as they are handed out. */
  async takeDueRetries(batchSize: number): Promise<Array<{ id: string; tries: number }>> {
    const [rows] = (await this.txHost.tx.query(
      `UPDATE correspondence c SET next_try_at = NULL
        WHERE c.id IN (
          SELECT id FROM correspondence
           WHERE status = 'pending' AND next_try_at IS NOT NULL AND next_try_at <= now()
           ORDER BY next_try_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING c.id, c.send_tries AS tries`,
      [batchSize],
    )) as [Array<{ id: string; tries: number }>, number];
    return rows;
  }
}

/** One message (`id`), and the attempt that gave up on it (`attempt`); none: every message. */
export interface AbandonedScope {
  id?: string;
  attempt?: string;
}

export interface AbandonedSend {
  id: string;
  requestId: string;
  kind: string;
  channel: Correspondence['channel'];
  claimedAt: Date;
}
