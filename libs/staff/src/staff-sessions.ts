import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { StaffSession, StaffUser } from '@rightsdesk/persistence';
import { keyedHash } from '@rightsdesk/verification';
import { StaffAudit } from './staff-audit';
import { StaffPrincipal } from './staff-principal';
import { isStaffRole } from './staff-role';
import { STAFF_SETTINGS, StaffSettings } from './staff-settings';

/** The console's session cookie (HttpOnly, SameSite=Lax, Secure over https). */
export const STAFF_SESSION_COOKIE = 'rd_staff';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** Last use is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export type SessionEndReason =
  | 'sign_out'
  | 'sign_out_everywhere'
  | 'deactivated'
  | 'password_changed'
  | 'reset_by_admin'
  | 'role_changed'
  | 'second_factor_changed';

/**
 * Staff sessions: a random 256-bit token in the cookie, only its keyed hash in the database, so
 * a copy of the table opens nothing. Each use checks the idle and absolute ends and the member
 * still being active; ending a session takes effect on the very next request.
 */
@Injectable()
export class StaffSessions {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(STAFF_SETTINGS) private readonly settings: StaffSettings,
    private readonly staffAudit: StaffAudit,
  ) {}

  /** Starts a session for a member who has just proved who they are. */
  async start(
    staffUserId: string,
    manager: EntityManager = this.txHost.tx,
    now = new Date(),
  ): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.settings.absoluteHours * 3600_000);
    const saved = await manager.getRepository(StaffSession).save({
      staffUserId,
      tokenHash: this.hashOf(token),
      lastSeenAt: now,
      idleExpiresAt: this.idleEnd(now, expiresAt),
      expiresAt,
    });
    return { token, sessionId: saved.id, expiresAt };
  }

  /** The member behind a cookie, or null when it is malformed, unknown, ended or expired. */
  async authenticate(token: string | undefined, now = new Date()): Promise<StaffPrincipal | null> {
    if (!token || !TOKEN_PATTERN.test(token)) return null;
    const session = await this.txHost.tx
      .getRepository(StaffSession)
      .findOneBy({ tokenHash: this.hashOf(token), endedAt: IsNull() });
    if (!session) return null;
    if (session.idleExpiresAt <= now || session.expiresAt <= now) return null;
    const user = await this.txHost.tx
      .getRepository(StaffUser)
      .findOneBy({ id: session.staffUserId });
    if (!user || user.deactivatedAt || !isStaffRole(user.role)) return null;
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await this.txHost.tx
        .getRepository(StaffSession)
        .update(
          { id: session.id },
          { lastSeenAt: now, idleExpiresAt: this.idleEnd(now, session.expiresAt) },
        );
    }
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionId: session.id,
      csrfToken: this.csrfTokenFor(session.id),
    };
  }

  /**
   * The form token of a session: an HMAC of its id, so it needs no storage, differs per
   * session, and cannot be computed by anyone without the server's key (OWASP CSRF
   * cheat sheet, "synchronizer token" bound to the session).
   */
  csrfTokenFor(sessionId: string): string {
    return createHmac('sha256', this.settings.tokenKey)
      .update('staff-csrf\0')
      .update(sessionId)
      .digest('base64url');
  }

  /** Constant-time check of a presented form token against the session's. */
  csrfMatches(staff: StaffPrincipal, presented: unknown): boolean {
    if (typeof presented !== 'string') return false;
    const expected = Buffer.from(staff.csrfToken);
    const given = Buffer.from(presented);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  async end(
    sessionId: string,
    reason: SessionEndReason,
    manager: EntityManager = this.txHost.tx,
  ): Promise<void> {
    await manager
      .getRepository(StaffSession)
      .update({ id: sessionId, endedAt: IsNull() }, { endedAt: new Date(), endedReason: reason });
  }

  /** Ends every open session of a member (sign out everywhere, deactivation, new password). */
  async endAllFor(
    staffUserId: string,
    reason: SessionEndReason,
    manager: EntityManager = this.txHost.tx,
  ): Promise<number> {
    const result = await manager
      .getRepository(StaffSession)
      .update({ staffUserId, endedAt: IsNull() }, { endedAt: new Date(), endedReason: reason });
    return result.affected ?? 0;
  }

  /** Signing out of this browser, recorded in the audit trail. */
  async signOut(staff: StaffPrincipal): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await this.end(staff.sessionId, 'sign_out', manager);
      await this.staffAudit.record(staff, 'staff.signed_out', { sessionId: staff.sessionId });
    });
  }

  /** Signing out of every browser (a lost laptop), recorded; returns how many sessions ended. */
  async signOutEverywhere(staff: StaffPrincipal): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const ended = await this.endAllFor(staff.id, 'sign_out_everywhere', manager);
      await this.staffAudit.record(staff, 'staff.signed_out_everywhere', {
        sessionsEnded: ended,
      });
      return ended;
    });
  }

  /** Sessions still usable, newest first (the account page lists them). */
  async openSessionsOf(staffUserId: string, now = new Date()): Promise<StaffSession[]> {
    const sessions = await this.txHost.tx.getRepository(StaffSession).find({
      where: { staffUserId, endedAt: IsNull() },
      order: { lastSeenAt: 'DESC' },
    });
    return sessions.filter((session) => session.idleExpiresAt > now && session.expiresAt > now);
  }

  get idleMinutes(): number {
    return this.settings.idleMinutes;
  }

  get absoluteHours(): number {
    return this.settings.absoluteHours;
  }

  private idleEnd(now: Date, absoluteEnd: Date): Date {
    return new Date(
      Math.min(now.getTime() + this.settings.idleMinutes * 60_000, absoluteEnd.getTime()),
    );
  }

  private hashOf(token: string): string {
    return keyedHash(this.settings.tokenKey, 'staff-session', token);
  }
}
