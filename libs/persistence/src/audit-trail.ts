import { EntityManager } from 'typeorm';
import { GENESIS_HASH, eventHash } from './audit-chain';
import { RequestEvent } from './entities';

/** Any constant works; it names the lock that serialises appends to the one global chain. */
const AUDIT_CHAIN_LOCK = 7_301_924;

export interface AuditEntry {
  requestId: string;
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
 * Appends one row to the hash-chained audit trail inside the caller's transaction, so the event
 * exists exactly when the change it records does.
 */
export async function appendAuditEvent(
  manager: EntityManager,
  entry: AuditEntry,
): Promise<RequestEvent> {
  // Transaction-scoped lock: the next seq and prev_hash are read and written with no fork.
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [last] = (await manager.query(
    'SELECT seq, hash FROM request_events ORDER BY seq DESC LIMIT 1',
  )) as Array<{ seq: string; hash: string }>;
  const fields = {
    seq: String(last ? BigInt(last.seq) + 1n : 1n),
    requestId: entry.requestId,
    at: entry.at ?? new Date(),
    actor: entry.actor,
    action: entry.action,
    fromStatus: entry.fromStatus ?? null,
    toStatus: entry.toStatus ?? null,
    reason: entry.reason ?? null,
    data: entry.data ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const event = manager.create(RequestEvent, { ...fields, hash: eventHash(fields) });
  return manager.save(event);
}
