import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { StaffUser } from '@rightsdesk/persistence';
import { normalizeEmail } from './password-policy';
import { StaffPasswordLinks } from './staff-password-links';
import { StaffPrincipal } from './staff-principal';
import { STAFF_ROLE_LABELS, StaffRole, isStaffRole } from './staff-role';
import { StaffSessions } from './staff-sessions';
import { StaffAudit } from './staff-audit';
import { NewStaffMember, StaffProvisioning } from './staff-provisioning';

export interface StaffListEntry {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  active: boolean;
  hasPassword: boolean;
  secondFactor: boolean;
  lastSignInAt: Date | null;
  openSessions: number;
  createdAt: Date;
}

/**
 * Staff administration (issue 6, item 5): invite members with a role, change roles,
 * deactivate and reactivate, end someone's sessions. There is always at least one active
 * admin: the last one can be neither demoted nor deactivated, so nobody locks the company out.
 */
@Injectable()
export class StaffDirectory {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staffAudit: StaffAudit,
    private readonly sessions: StaffSessions,
    private readonly links: StaffPasswordLinks,
    private readonly provisioning: StaffProvisioning,
  ) {}

  async list(): Promise<StaffListEntry[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT u.id, u.email, u.name, u.role, u.deactivated_at, u.password_hash IS NOT NULL AS has_password,
              u.totp_enabled_at IS NOT NULL AS second_factor, u.last_sign_in_at, u.created_at,
              (SELECT count(*)::int FROM staff_sessions s
                WHERE s.staff_user_id = u.id AND s.ended_at IS NULL
                  AND s.idle_expires_at > now() AND s.expires_at > now()) AS open_sessions
       FROM staff_users u ORDER BY u.deactivated_at IS NOT NULL, lower(u.name), u.email`,
    )) as Array<{
      id: string;
      email: string;
      name: string;
      role: StaffRole;
      deactivated_at: Date | null;
      has_password: boolean;
      second_factor: boolean;
      last_sign_in_at: Date | null;
      created_at: Date;
      open_sessions: number;
    }>;
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      active: row.deactivated_at === null,
      hasPassword: row.has_password,
      secondFactor: row.second_factor,
      lastSignInAt: row.last_sign_in_at,
      openSessions: row.open_sessions,
      createdAt: row.created_at,
    }));
  }

  /**
   * Staff members' names for recorded actors (`staff:<id>`), so pages name who did something;
   * an actor with no row (a member since removed) is simply absent.
   */
  async namesOf(actors: readonly (string | null | undefined)[]): Promise<Record<string, string>> {
    const ids = [
      ...new Set(
        actors
          .filter((actor): actor is string => actor?.startsWith('staff:') ?? false)
          .map((actor) => actor.slice('staff:'.length))
          .filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
      ),
    ];
    if (ids.length === 0) return {};
    const members = await this.txHost.tx
      .getRepository(StaffUser)
      .find({ select: { id: true, name: true }, where: { id: In(ids) } });
    return Object.fromEntries(members.map((member) => [`staff:${member.id}`, member.name]));
  }

  async find(id: string): Promise<StaffUser> {
    if (!/^[0-9a-f-]{36}$/i.test(id))
      throw new DomainError('not_found', 'There is no such staff member.');
    const user = await this.txHost.tx.getRepository(StaffUser).findOneBy({ id });
    if (!user) throw new DomainError('not_found', 'There is no such staff member.');
    return user;
  }

  /** Adds a member who sets their own password through the returned invitation link. */
  async invite(
    admin: StaffPrincipal,
    member: NewStaffMember,
  ): Promise<{ user: StaffUser; inviteUrl: string }> {
    const email = normalizeEmail(member.email);
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await this.refuseTaken(manager, email);
      const user = await manager
        .getRepository(StaffUser)
        .save({ email, name: member.name.trim(), role: member.role, passwordHash: null })
        .catch((error: unknown) => refuseDuplicate(error, email));
      const inviteUrl = await this.links.issue(manager, user.id, 'invite');
      await this.staffAudit.record(admin, 'staff.invited', {
        staffUserId: user.id,
        role: member.role,
      });
      return { user, inviteUrl };
    });
  }

  /** A new invitation link for a member who never set a password or lost theirs. */
  async reinvite(
    admin: StaffPrincipal,
    id: string,
  ): Promise<{ user: StaffUser; inviteUrl: string }> {
    const user = await this.find(id);
    if (user.deactivatedAt) {
      throw new DomainError('invalid_state', 'Reactivate this member before sending a new link.');
    }
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const inviteUrl = await this.links.issue(manager, user.id, 'invite');
      await this.staffAudit.record(admin, 'staff.reinvited', { staffUserId: user.id });
      return { user, inviteUrl };
    });
  }

  /** A member created with a password (the `create-admin` command). Fails if the address is taken. */
  createWithPassword(member: NewStaffMember, password: string): Promise<StaffUser> {
    return this.provisioning.createWithPassword(member, password);
  }

  async changeRole(admin: StaffPrincipal, id: string, role: unknown): Promise<StaffUser> {
    if (!isStaffRole(role)) {
      throw new DomainError('invalid_input', 'Choose a role: Admin, Privacy officer or Auditor.');
    }
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const user = await this.lockMember(manager, id);
      if (user.role === role) return user;
      if (user.role === 'admin') await this.refuseLastAdmin(manager, user, 'change the role of');
      await manager.update(StaffUser, { id }, { role });
      await this.staffAudit.record(admin, 'staff.role_changed', {
        staffUserId: id,
        from: user.role,
        to: role,
      });
      return { ...user, role };
    });
  }

  async deactivate(admin: StaffPrincipal, id: string): Promise<StaffUser> {
    if (id === admin.id) {
      throw new DomainError('invalid_state', 'You cannot deactivate yourself; ask another admin.');
    }
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const user = await this.lockMember(manager, id);
      if (user.deactivatedAt) return user;
      if (user.role === 'admin') await this.refuseLastAdmin(manager, user, 'deactivate');
      const now = new Date();
      await manager.update(StaffUser, { id }, { deactivatedAt: now });
      const ended = await this.sessions.endAllFor(id, 'deactivated', manager);
      await this.staffAudit.record(admin, 'staff.deactivated', {
        staffUserId: id,
        sessionsEnded: ended,
      });
      return { ...user, deactivatedAt: now };
    });
  }

  async reactivate(admin: StaffPrincipal, id: string): Promise<StaffUser> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const user = await this.lockMember(manager, id);
      if (!user.deactivatedAt) return user;
      await manager.update(StaffUser, { id }, { deactivatedAt: null });
      await this.staffAudit.record(admin, 'staff.reactivated', { staffUserId: id });
      return { ...user, deactivatedAt: null };
    });
  }

  /** Ends every session of a member (a lost laptop): they must sign in again. */
  async endSessions(admin: StaffPrincipal, id: string): Promise<number> {
    await this.find(id);
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const ended = await this.sessions.endAllFor(id, 'reset_by_admin', manager);
      await this.staffAudit.record(admin, 'staff.sessions_ended', {
        staffUserId: id,
        sessionsEnded: ended,
      });
      return ended;
    });
  }

  private async lockMember(manager: EntityManager, id: string): Promise<StaffUser> {
    await this.find(id);
    // Every change that could remove an admin locks all active admins first, in one order, so
    // two admins demoting each other at once cannot both succeed.
    await manager.query(
      `SELECT id FROM staff_users WHERE role = 'admin' AND deactivated_at IS NULL ORDER BY id FOR UPDATE`,
    );
    return manager.getRepository(StaffUser).findOneByOrFail({ id });
  }

  private async refuseLastAdmin(
    manager: EntityManager,
    user: StaffUser,
    what: string,
  ): Promise<void> {
    if (user.deactivatedAt) return;
    const [{ admins }] = (await manager.query(
      `SELECT count(*)::int AS admins FROM staff_users WHERE role = 'admin' AND deactivated_at IS NULL`,
    )) as Array<{ admins: number }>;
    if (admins <= 1) {
      throw new DomainError(
        'invalid_state',
        `You cannot ${what} the last active admin: make someone else an admin first.`,
      );
    }
  }

  private async refuseTaken(manager: EntityManager, email: string): Promise<void> {
    const existing = await manager.getRepository(StaffUser).findOneBy({ email });
    if (existing) {
      throw new DomainError(
        'invalid_state',
        `${email} already has a staff account (${STAFF_ROLE_LABELS[existing.role as StaffRole] ?? existing.role}${existing.deactivatedAt ? ', deactivated' : ''}).`,
      );
    }
  }
}

/** Two admins adding one address at once: the unique index answers for the slower one. */
function refuseDuplicate(error: unknown, email: string): never {
  if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
    throw new DomainError('invalid_state', `${email} already has a staff account.`);
  }
  throw error;
}
