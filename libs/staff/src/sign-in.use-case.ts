import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { StaffUser, openFromBytes } from '@rightsdesk/persistence';
import { keyedHash } from '@rightsdesk/verification';
import { lockoutCheck } from './lockout-rules';
import { verifyAgainstDecoy, verifyPassword } from './password-hasher';
import { normalizeEmail } from './password-policy';
import { SignInThrottle } from './sign-in-throttle';
import { StaffSessions } from './staff-sessions';
import { STAFF_SETTINGS, StaffSettings } from './staff-settings';
import { StaffAudit } from './staff-audit';
import { verifyTotp } from './totp';

/** How long the second step may take after the password was accepted. */
const SECOND_STEP_MS = 5 * 60_000;

export type SignInOutcome =
  | { kind: 'signed_in'; token: string; staffUserId: string }
  /** Password right, a TOTP code is needed: `challenge` goes in a short-lived cookie. */
  | { kind: 'second_factor'; challenge: string }
  /** Wrong email, password or code: one message for all, so nobody learns who has an account. */
  | { kind: 'refused' }
  | { kind: 'locked'; retryAfterSeconds: number }
  /** The second step's five minutes ran out (or its cookie was tampered with). */
  | { kind: 'challenge_expired' };

/**
 * Staff sign-in: email and password (argon2id), then a TOTP code when the member enrolled one.
 * Failures count per account (a keyed hash of the typed email) and lock it for a while at the
 * limit (lockout-rules.ts); an unknown email is counted and answered exactly like a known one.
 */
@Injectable()
export class SignInUseCase {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staffAudit: StaffAudit,
    private readonly sessions: StaffSessions,
    @Inject(STAFF_SETTINGS) private readonly settings: StaffSettings,
  ) {
    this.throttle = new SignInThrottle(settings.lockout);
  }

  async withPassword(email: string, password: string, now = new Date()): Promise<SignInOutcome> {
    const subject = this.subjectOf(email);
    const check = await this.throttle.check(this.txHost.tx, subject, now);
    if (check.locked) return { kind: 'locked', retryAfterSeconds: check.retryAfterSeconds };
    const user = await this.txHost.tx
      .getRepository(StaffUser)
      .findOneBy({ email: normalizeEmail(email) });
    const usable = user && !user.deactivatedAt && user.passwordHash;
    const passwordRight = usable
      ? await verifyPassword(user.passwordHash as string, password)
      : await verifyAgainstDecoy(password);
    if (!user || !usable || !passwordRight) {
      return this.failed(subject, user ?? null, 'password', now);
    }
    if (user.totpEnabledAt)
      return { kind: 'second_factor', challenge: this.challengeFor(user, now) };
    return this.complete(user, subject, now, 'password');
  }

  async withCode(
    challenge: string | undefined,
    code: string,
    now = new Date(),
  ): Promise<SignInOutcome> {
    const userId = this.openChallenge(challenge, now);
    if (!userId) return { kind: 'challenge_expired' };
    const user = await this.txHost.tx.getRepository(StaffUser).findOneBy({ id: userId });
    if (!user || user.deactivatedAt || !user.totpEnabledAt || !user.totpSecret) {
      return { kind: 'challenge_expired' };
    }
    const subject = this.subjectOf(user.email);
    const check = await this.throttle.check(this.txHost.tx, subject, now);
    if (check.locked) return { kind: 'locked', retryAfterSeconds: check.retryAfterSeconds };
    const secret = openFromBytes(this.settings.sealKey, user.id, user.totpSecret);
    const lastUsed = user.totpLastCounter === null ? null : Number(user.totpLastCounter);
    const counter = verifyTotp(secret, code, now, lastUsed);
    if (counter === null) return this.failed(subject, user, 'second_factor', now);
    // Only one use of a time step wins, even when two sign-ins race with the same code.
    const claimed = await this.txHost.tx.query(
      `UPDATE staff_users SET totp_last_counter = $2
       WHERE id = $1 AND (totp_last_counter IS NULL OR totp_last_counter < $2) RETURNING id`,
      [user.id, counter],
    );
    if ((claimed as [unknown[], number])[1] === 0)
      return this.failed(subject, user, 'second_factor', now);
    return this.complete(user, subject, now, 'password_and_totp');
  }

  private async complete(
    user: StaffUser,
    subject: string,
    now: Date,
    method: string,
  ): Promise<SignInOutcome> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await this.throttle.clear(manager, subject);
      const session = await this.sessions.start(user.id, manager, now);
      await manager.update(StaffUser, { id: user.id }, { lastSignInAt: now });
      await this.staffAudit.record(user, 'staff.signed_in', {
        sessionId: session.sessionId,
        method,
      });
      return { kind: 'signed_in' as const, token: session.token, staffUserId: user.id };
    });
  }

  private async failed(
    subject: string,
    user: StaffUser | null,
    step: 'password' | 'second_factor',
    now: Date,
  ): Promise<SignInOutcome> {
    return this.txHost.withTransaction(async () => {
      const state = await this.throttle.fail(this.txHost.tx, subject, now);
      const check = lockoutCheck(state, now);
      // Only failures against a real account are audited: an unknown address is no one's event.
      if (user) {
        await this.staffAudit.record(
          null,
          check.locked ? 'staff.locked_out' : 'staff.sign_in_failed',
          {
            staffUserId: user.id,
            step,
          },
        );
      }
      return check.locked
        ? { kind: 'locked' as const, retryAfterSeconds: check.retryAfterSeconds }
        : { kind: 'refused' as const };
    });
  }

  private subjectOf(email: string): string {
    return keyedHash(this.settings.tokenKey, 'staff-sign-in', normalizeEmail(email));
  }

  /** `<user id>.<expiry ms>.<hmac>`: proves the password step passed, for five minutes. */
  private challengeFor(user: StaffUser, now: Date): string {
    const body = `${user.id}.${now.getTime() + SECOND_STEP_MS}`;
    return `${body}.${this.sign(body)}`;
  }

  private openChallenge(challenge: string | undefined, now: Date): string | null {
    const match = /^([0-9a-f-]{36})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(challenge ?? '');
    if (!match) return null;
    const expected = Buffer.from(this.sign(`${match[1]}.${match[2]}`));
    const given = Buffer.from(match[3]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return Number(match[2]) > now.getTime() ? match[1] : null;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.settings.tokenKey)
      .update('staff-second-step\0')
      .update(body)
      .digest('base64url');
  }
}
