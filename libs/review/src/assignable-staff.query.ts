import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In, IsNull } from 'typeorm';
import { StaffUser } from '@rightsdesk/persistence';

export interface AssignableStaff {
  id: string;
  name: string;
  role: 'admin' | 'privacy_officer';
}

const ASSIGNABLE = { deactivatedAt: IsNull(), role: In(['admin', 'privacy_officer']) };

/** Who requests can be given to: active admins and privacy officers (auditors only read). */
@Injectable()
export class AssignableStaffQuery {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async list(): Promise<AssignableStaff[]> {
    const members = await this.txHost.tx.getRepository(StaffUser).find({
      select: { id: true, name: true, role: true },
      where: ASSIGNABLE,
      order: { name: 'ASC' },
    });
    return members.map(({ id, name, role }) => ({
      id,
      name,
      role: role as AssignableStaff['role'],
    }));
  }

  /** The check the assign action makes: one of list(). */
  async isAssignable(staffId: string): Promise<boolean> {
    const member = await this.txHost.tx
      .getRepository(StaffUser)
      .findOneBy({ id: staffId, ...ASSIGNABLE });
    return member !== null;
  }
}
