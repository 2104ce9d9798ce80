import { EntityManager, In, IsNull } from 'typeorm';
import { StaffUser } from '@rightsdesk/persistence';

export interface AssignableStaff {
  id: string;
  name: string;
  role: 'admin' | 'privacy_officer';
}

/** Who requests can be given to: active admins and privacy officers (auditors only read). */
export async function assignableStaff(manager: EntityManager): Promise<AssignableStaff[]> {
  const members = await manager.getRepository(StaffUser).find({
    select: { id: true, name: true, role: true },
    where: { deactivatedAt: IsNull(), role: In(['admin', 'privacy_officer']) },
    order: { name: 'ASC' },
  });
  return members.map(({ id, name, role }) => ({
    id,
    name,
    role: role as AssignableStaff['role'],
  }));
}

/** The check the assign action makes: one of assignableStaff. */
export async function isAssignableStaff(manager: EntityManager, staffId: string): Promise<boolean> {
  const member = await manager
    .getRepository(StaffUser)
    .findOneBy({ id: staffId, deactivatedAt: IsNull(), role: In(['admin', 'privacy_officer']) });
  return member !== null;
}
