import { Inject, Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomBytes } from 'node:crypto';
import { EntityManager, IsNull, MoreThan } from 'typeorm';
import { StaffPasswordToken, StaffUser } from '@rightsdesk/persistence';
import { keyedHash } from '@rightsdesk/verification';
import { hashPassword } from './password-hasher';
import { normalizeEmail, passwordProblem } from './password-policy';
import { SignInThrottle } from './sign-in-throttle';
import { StaffAudit } from './staff-audit';
import { STAFF_MAILER, StaffMailer } from './staff-mailer';
import { StaffSessions } from './staff-sessions';
import { STAFF_SETTINGS, StaffSettings } from './staff-settings';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** Reset emails one member may be sent per hour; more are silently not sent. */
const RESETS_PER_HOUR = 3;

export type SetPasswordOutcome =
  | { kind: 'done'; email: string; purpose: 'reset' | 'invite' }
  | { kind: 'invalid' }
  | { kind: 'weak'; message: string };

/**
 * Password links: a reset asked for on the sign-in page, or an invitation from an admin. The
 * token is 256 random bits, stored only as a keyed hash, works once and expires (reset: 30
 * minutes, invitation: 72 hours). Asking for a reset never says whether the address has an
 * account (OWASP Forgot Password cheat sheet): the same answer, the same time.
 */
@Injectable()
export class StaffPasswordLinks {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staffAudit: StaffAudit,
    private readonly sessions: StaffSessions,
    @Inject(STAFF_SETTINGS) private readonly settings: StaffSettings,
    @Inject(STAFF_MAILER) private readonly mailer: StaffMailer,
  ) {}

  private readonly logger = new Logger('staff-mail');

  /** The reason only: never the address or the link. */
  private onMailError(error: Error): void {
    this.logger.error(
      `password reset email not sent: ${(error as { code?: string }).code ?? error.name}`,
    );
  }

  /** Starts a reset for the address if it belongs to an active member; says nothing either way. */
  async requestReset(email: string, now = new Date()): Promise<void> {
    const user = await this.txHost.tx
      .getRepository(StaffUser)
      .findOneBy({ email: normalizeEmail(email) });
    if (!user || user.deactivatedAt) return;
    const recent = await this.txHost.tx.getRepository(StaffPasswordToken).countBy({
      staffUserId: user.id,
      purpose: 'reset',
      createdAt: MoreThan(new Date(now.getTime() - 3600_000)),
    });
    if (recent >= RESETS_PER_HOUR) return;
    const url = await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const link = await this.issue(manager, user.id, 'reset', now);
      await this.staffAudit.record(null, 'staff.password_reset_requested', {
        staffUserId: user.id,
      });
      return link;
    });
    // Not awaited: the answer must not take longer when the address has an account.
    this.mailer
      .send({
        to: user.email,
        subject: `Reset your ${this.settings.companyName} privacy console password`,
        text: [
          `Hello ${user.name},`,
          '',
          'Someone (we hope you) asked to reset your password for the privacy console.',
          `Choose a new password here within ${this.settings.resetMinutes} minutes; the link works once:`,
          '',
          url,
          '',
          'If you did not ask, ignore this email: your password stays as it is.',
        ].join('\n'),
      })
      .catch((error: Error) => this.onMailError(error));
  }

  /**
   * An invitation link for a new member (or a member an admin lets set a new password), in the
   * caller's transaction. Earlier unused links of the member stop working.
   */
  async issue(
    manager: EntityManager,
    staffUserId: string,
    purpose: 'reset' | 'invite',
    now = new Date(),
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const lifetimeMs =
      purpose === 'invite'
        ? this.settings.inviteHours * 3600_000
        : this.settings.resetMinutes * 60_000;
    await manager
      .getRepository(StaffPasswordToken)
      .update({ staffUserId, usedAt: IsNull() }, { usedAt: now });
    await manager.getRepository(StaffPasswordToken).save({
      staffUserId,
      tokenHash: this.hashOf(token),
      purpose,
      expiresAt: new Date(now.getTime() + lifetimeMs),
    });
    return this.urlFor(token);
  }

  urlFor(token: string): string {
    return `${this.settings.publicUrl.replace(/\/$/, '')}/console/password/reset/${token}`;
  }

  /** The member a link is for, while it works; null when unknown, used, expired or deactivated. */
  async open(
    token: string,
    now = new Date(),
  ): Promise<{ user: StaffUser; purpose: 'reset' | 'invite' } | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const row = await this.txHost.tx
      .getRepository(StaffPasswordToken)
      .findOneBy({ tokenHash: this.hashOf(token), usedAt: IsNull() });
    if (!row || row.expiresAt <= now) return null;
    const user = await this.txHost.tx.getRepository(StaffUser).findOneBy({ id: row.staffUserId });
    if (!user || user.deactivatedAt) return null;
    return { user, purpose: row.purpose };
  }

  /**
   * Sets the password through a link: the link is used up, every session of the member ends
   * (whoever knew the old password is out), and the account's sign-in lockout is lifted.
   */
  async setPassword(
    token: string,
    password: string,
    now = new Date(),
  ): Promise<SetPasswordOutcome> {
    if (!TOKEN_PATTERN.test(token)) return { kind: 'invalid' };
    const opened = await this.open(token, now);
    if (!opened) return { kind: 'invalid' };
    const problem = passwordProblem(password, opened.user.email);
    if (problem) return { kind: 'weak', message: problem };
    const passwordHash = await hashPassword(password);
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      // Single use, even when the form is sent twice at once: only one update finds it unused.
      const claimed = (await manager.query(
        `UPDATE staff_password_tokens SET used_at = $2
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING staff_user_id, purpose`,
        [this.hashOf(token), now],
      )) as [Array<{ staff_user_id: string; purpose: 'reset' | 'invite' }>, number];
      const [row] = claimed[0];
      if (!row) return { kind: 'invalid' as const };
      await manager.update(
        StaffUser,
        { id: row.staff_user_id },
        { passwordHash, passwordChangedAt: now },
      );
      await this.sessions.endAllFor(row.staff_user_id, 'password_changed', manager);
      await new SignInThrottle(this.settings.lockout).clear(
        manager,
        keyedHash(this.settings.tokenKey, 'staff-sign-in', opened.user.email),
      );
      await this.staffAudit.record(
        { id: row.staff_user_id },
        row.purpose === 'invite' ? 'staff.password_set' : 'staff.password_reset',
        {},
      );
      return { kind: 'done' as const, email: opened.user.email, purpose: row.purpose };
    });
  }

  private hashOf(token: string): string {
    return keyedHash(this.settings.tokenKey, 'staff-password-link', token);
  }
}
