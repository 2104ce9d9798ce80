import { DatePeriod, SqlRunner, endOfDaySql, startOfDaySql } from './report-sql';

/** A row of the audit trail with its request's reference (null for a staff action). */
export interface AuditEventRow {
  seq: string;
  chain_seq: string | null;
  request_id: string | null;
  reference: string | null;
  at: Date;
  actor: string;
  /** The staff member's or API key's name the actor id stands for, if it stands for one. */
  actor_name?: string | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  prev_hash: string | null;
  hash: string | null;
}

/** One audit row by its seq, with its request's reference: where a broken chain is named. */
export async function auditEventWithReference(
  db: SqlRunner,
  seq: string,
): Promise<Pick<AuditEventRow, 'seq' | 'chain_seq' | 'at' | 'action' | 'reference'>> {
  const [row] = (await db.query(
    `SELECT e.seq::text, e.chain_seq::text, e.at, e.action, r.reference
         FROM request_events e LEFT JOIN requests r ON r.id = e.request_id WHERE e.seq = $1`,
    [seq],
  )) as Array<Pick<AuditEventRow, 'seq' | 'chain_seq' | 'at' | 'action' | 'reference'>>;
  return row;
}

/** The audit rows of the period (by event time, in the time zone) in chain order, at most `limit`. */
export async function auditEventsInPeriod(
  db: SqlRunner,
  period: DatePeriod,
  timeZone: string,
  limit: number,
): Promise<AuditEventRow[]> {
  return (await db.query(
    `SELECT e.seq::text, e.chain_seq::text, e.request_id, r.reference, e.at, e.actor, e.action,
       e.from_status, e.to_status, e.reason, e.data, e.prev_hash, e.hash,
       COALESCE(s.name, 'API key “' || k.name || '”') AS actor_name
     FROM request_events e LEFT JOIN requests r ON r.id = e.request_id
       LEFT JOIN staff_users s ON e.actor = 'staff:' || s.id::text
       LEFT JOIN api_keys k ON e.actor = 'api:' || k.id::text
     WHERE e.at >= ${startOfDaySql('$1', '$3')} AND e.at < ${endOfDaySql('$2', '$3')}
     ORDER BY e.chain_seq NULLS LAST, e.seq LIMIT $4`,
    [period.from, period.to, timeZone, limit],
  )) as AuditEventRow[];
}
