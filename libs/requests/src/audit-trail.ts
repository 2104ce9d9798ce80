import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditEntry, appendAuditEvent } from '@rightsdesk/persistence';

/**
 * The audit trail of requests (request_events): one row per event, written in the current
 * transaction, so the event exists exactly when the change it records does.
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async append(entry: AuditEntry): Promise<void> {
    await appendAuditEvent(this.txHost.tx, entry);
  }
}
