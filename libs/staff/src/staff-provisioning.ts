import { Injectable, Module } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { StaffUser } from '@rightsdesk/persistence';
import { RequestsModule } from '@rightsdesk/requests';
import { hashPassword } from './password-hasher';
import { normalizeEmail, passwordProblem } from './password-policy';
import { StaffAudit } from './staff-audit';
import { StaffRole } from './staff-role';

export interface NewStaffMember {
  email: string;
  name: string;
  role: StaffRole;
}

/** Staff members made by the command line, each in one transaction with its audit row. */
@Injectable()
export class StaffProvisioning {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staffAudit: StaffAudit,
  ) {}

  /**
   * Creates a member with a password (the first admin, from the `create-admin` command). Fails
   * with invalid_input for a weak password and invalid_state if the address is taken.
   */
  async createWithPassword(member: NewStaffMember, password: string): Promise<StaffUser> {
    const email = normalizeEmail(member.email);
    const problem = passwordProblem(password, email);
    if (problem) throw new DomainError('invalid_input', problem);
    const passwordHash = await hashPassword(password);
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const existing = await manager.getRepository(StaffUser).findOneBy({ email });
      if (existing) {
        throw new DomainError('invalid_state', `${email} already has a staff account.`);
      }
      const user = await manager.getRepository(StaffUser).save({
        email,
        name: member.name.trim(),
        role: member.role,
        passwordHash,
        passwordChangedAt: new Date(),
      });
      await this.staffAudit.record('cli', 'staff.created', {
        staffUserId: user.id,
        role: member.role,
        via: 'command',
      });
      return user;
    });
  }

  /**
   * The demo's members: created, or given a fresh password and their role back, on each start,
   * so the credentials printed are always the ones that work. Their other sessions end.
   */
  async provisionDemo(member: NewStaffMember, password: string): Promise<StaffUser> {
    const email = normalizeEmail(member.email);
    const passwordHash = await hashPassword(password);
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const existing = await manager.getRepository(StaffUser).findOneBy({ email });
      const user = await manager.getRepository(StaffUser).save({
        ...(existing ?? {}),
        email,
        name: existing?.name ?? member.name,
        role: member.role,
        passwordHash,
        passwordChangedAt: new Date(),
        deactivatedAt: null,
      });
      await manager.query(
        `UPDATE staff_sessions SET ended_at = now(), ended_reason = 'password_changed'
         WHERE staff_user_id = $1 AND ended_at IS NULL`,
        [user.id],
      );
      await this.staffAudit.record('cli', 'staff.demo_provisioned', {
        staffUserId: user.id,
        role: member.role,
      });
      return user;
    });
  }
}

/**
 * Staff records that need only the database: the audit of staff actions and the command line's
 * members. StaffModule brings it; the command line imports it alone (no settings, no mail).
 */
@Module({
  imports: [RequestsModule],
  providers: [StaffAudit, StaffProvisioning],
  exports: [StaffAudit, StaffProvisioning],
})
export class StaffRecordsModule {}
