import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { StaffUser, type StaffNotifyBy } from '@rightsdesk/persistence';
import { StaffAudit } from './staff-audit';

export const STAFF_NOTIFY_CHOICES: readonly StaffNotifyBy[] = ['immediate', 'digest'];

/**
 * How a staff member hears of work that needs them (issue 14, part 5): an email each time, or
 * one daily digest. Each member sets their own, on their account page; the change is audited.
 */
@Injectable()
export class StaffNotifyChoice {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staffAudit: StaffAudit,
  ) {}

  async of(staffUserId: string): Promise<StaffNotifyBy> {
    const member = await this.txHost.tx
      .getRepository(StaffUser)
      .findOneByOrFail({ id: staffUserId });
    return member.notifyBy;
  }

  /** Saves the member's choice; anything but the two choices is refused with a 400. */
  async choose(member: { id: string }, choice: unknown): Promise<StaffNotifyBy> {
    if (!STAFF_NOTIFY_CHOICES.includes(choice as StaffNotifyBy)) {
      throw new DomainError('invalid_input', 'Choose immediate emails or a daily digest.', [
        { path: 'notifyBy', message: 'must be immediate or digest' },
      ]);
    }
    const notifyBy = choice as StaffNotifyBy;
    await this.txHost.withTransaction(async () => {
      await this.txHost.tx.update(StaffUser, { id: member.id }, { notifyBy });
      await this.staffAudit.record(member, 'staff.notify_by_changed', { notifyBy });
    });
    return notifyBy;
  }
}
