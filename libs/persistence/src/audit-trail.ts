import { EntityManager } from 'typeorm';

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
 * Appends one row to the audit trail inside the caller's transaction, so the event exists
 * exactly when the change it records does. The sealer chains it shortly after (sealAuditChain).
 */
export async function appendAuditEvent(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
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
