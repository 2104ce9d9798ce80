import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { StaffAlerts } from '@rightsdesk/notices';
import { AuditTrail } from '@rightsdesk/requests';
import { keyedHash } from './secret-tokens';
import { VerificationSettingsInForce } from './verification-settings';

/** What a person may have had in the last hour across requests: codes sent or wrong guesses. */
type PersonLimit = 'codes' | 'guesses';

/**
 * Limits on one person's verification codes across every request filed in their name (regs 7060:
 * detect and throttle repeated failed attempts). Per-request limits alone let whoever files five
 * requests in someone's name send them five times the codes and make five times the guesses. The
 * person is their email address as a keyed hash. Each check holds a transaction lock on the
 * person, so concurrent requests cannot all slip under; each refusal is an entry staff see on
 * the request's timeline, and officers and admins get an alert naming the reference.
 */
@Injectable()
export class PersonCodeLimits {
  constructor(
    private readonly settings: VerificationSettingsInForce,
    private readonly trail: AuditTrail,
    private readonly alerts: StaffAlerts,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** The person a code goes to; null without an email address (nothing to limit). */
  identityOf(email: string | null | undefined): string | null {
    const address = email?.trim().toLowerCase();
    return address ? keyedHash(this.settings.current().tokenKey, 'identity', address) : null;
  }

  /**
   * Seconds until the person may be sent another code or take another guess, or 0 when they may
   * now. Over the limit, records the alert on the request.
   */
  async wait(requestId: string, identityHash: string, limit: PersonLimit): Promise<number> {
    const settings = this.settings.current();
    const max =
      limit === 'codes' ? settings.codesPerPersonPerHour : settings.guessesPerPersonPerHour;
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `person-codes:${identityHash}`,
    ]);
    const [{ used, oldest }] = (await this.txHost.tx.query(
      `SELECT ${limit === 'codes' ? 'count(*)' : 'coalesce(sum(attempts), 0)'}::int AS used,
              min(created_at) AS oldest
         FROM verification_challenges
        WHERE identity_hash = $1 AND created_at > now() - interval '1 hour'`,
      [identityHash],
    )) as Array<{ used: number; oldest: Date | null }>;
    if (used < max) return 0;
    await this.trail.append({
      requestId,
      actor: 'system',
      action: 'verification.person_limited',
      data: { limit, inLastHour: used, max },
    });
    await this.alerts.codeLimitReached(requestId, limit);
    const until = (oldest ? new Date(oldest).getTime() : Date.now()) + 3600_000;
    return Math.max(1, Math.ceil((until - Date.now()) / 1000));
  }
}

/** The 429 a person over their limit reads: what happened, and when to try again. */
export function personLimitedError(limit: PersonLimit, retryAfterSeconds: number): DomainError {
  const what =
    limit === 'codes'
      ? 'Too many codes were sent to this email address in the last hour'
      : 'Too many wrong codes were entered for this email address in the last hour';
  return new DomainError(
    'rate_limited',
    `${what}; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    [],
    retryAfterSeconds,
  );
}
