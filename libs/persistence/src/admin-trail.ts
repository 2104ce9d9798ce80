import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

export interface AdminAuditEntry {
  /** "system", or who acted: a staff member's id or an API key's name. */
  actor: string;
  action: string;
  /** Facts only: versions, setting keys, job ids, counts. Never personal data. */
  data?: Record<string, unknown>;
}

export const ADMIN_GENESIS_HASH = '0'.repeat(64);

/**
 * Appends one row to the administrative trail inside the caller's transaction, chained to the
 * previous row. Administrative changes are rare, so one transaction-scoped lock serialises the
 * chain; the requests' trail seals asynchronously instead because intake is hot.
 */
export async function appendAdminEvent(
  manager: EntityManager,
  entry: AdminAuditEntry,
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('admin_events'))`);
  const [last] = (await manager.query(
    'SELECT hash FROM admin_events ORDER BY seq DESC LIMIT 1',
  )) as Array<{ hash: string }>;
  const at = new Date();
  const prevHash = last?.hash ?? ADMIN_GENESIS_HASH;
  const data = entry.data ?? {};
  await manager.query(
    `INSERT INTO admin_events (at, actor, action, data, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      at,
      entry.actor,
      entry.action,
      JSON.stringify(data),
      prevHash,
      adminEventHash({ at, actor: entry.actor, action: entry.action, data, prevHash }),
    ],
  );
}

/** sha256 over the previous hash and a canonical (sorted-key) JSON of the row. */
export function adminEventHash(event: {
  at: Date;
  actor: string;
  action: string;
  data: Record<string, unknown>;
  prevHash: string;
}): string {
  const body = canonical({
    at: event.at.toISOString(),
    actor: event.actor,
    action: event.action,
    data: event.data,
  });
  return createHash('sha256').update(event.prevHash).update('\n').update(body).digest('hex');
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}
