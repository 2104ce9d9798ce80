import { EntityManager } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { StaffUser } from '@rightsdesk/persistence';
import { hashPassword } from './password-hasher';
import { normalizeEmail, passwordProblem } from './password-policy';
import { recordStaffAction } from './staff-audit';
import { StaffRole } from './staff-role';

export interface NewStaffMember {
  email: string;
  name: string;
  role: StaffRole;
}

/**
 * Creates a member with a password (the first admin, from the `create-admin` command). Fails
 * with invalid_input for a weak password and invalid_state if the address is taken.
 */
export async function createStaffWithPassword(
  dataSource: Pick<EntityManager, 'transaction'>,
  member: NewStaffMember,
  password: string,
): Promise<StaffUser> {
  const email = normalizeEmail(member.email);
  const problem = passwordProblem(password, email);
  if (problem) throw new DomainError('invalid_input', problem);
  const passwordHash = await hashPassword(password);
  return dataSource.transaction(async (manager) => {
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
    await recordStaffAction(manager, 'cli', 'staff.created', {
      staffUserId: user.id,
      role: member.role,
      via: 'command',
    });
    return user;
  });
}

/**
 * The demo's members: created, or given a fresh password and their role back, on each start, so
 * the credentials printed are always the ones that work. Their other sessions end.
 */
export async function provisionDemoStaff(
  dataSource: Pick<EntityManager, 'transaction'>,
  member: NewStaffMember,
  password: string,
): Promise<StaffUser> {
  const email = normalizeEmail(member.email);
  const passwordHash = await hashPassword(password);
  return dataSource.transaction(async (manager) => {
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
    await recordStaffAction(manager, 'cli', 'staff.demo_provisioned', {
      staffUserId: user.id,
      role: member.role,
    });
    return user;
  });
}
