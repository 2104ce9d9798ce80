import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

export interface AuditEntry {
  /** Null for staff actions about no request (sign-in, staff users, API keys). */
  requestId: string | null;
  actor: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  /** Facts only: ids, counts, field names. Never personal data in clear. */
  data?: Record<string, unknown>;
  at?: Date;
}

/**
 * The audit trail (request_events): one row per event, written in the current transaction, so
 * the event exists exactly when the change it records does. The sealer chains it shortly after
 * (sealAuditChain, audit-sealer.ts beside this file).
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO request_events (request_id, at, actor, action, from_status, to_status, reason, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.requestId,
        entry.at ?? new Date(),
        entry.actor,
        entry.action,
        entry.fromStatus ?? null,
        entry.toStatus ?? null,
        entry.reason ?? null,
        JSON.stringify(entry.data ?? {}),
      ],
    );
  }
}
