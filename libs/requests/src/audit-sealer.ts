import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { GENESIS_HASH, eventHash } from '@rightsdesk/persistence';

/** Names the lock that makes one sealer at a time extend the chain. */
const AUDIT_SEAL_LOCK = 7_301_924;

interface UnsealedRow {
  seq: string;
  request_id: string | null;
  at: Date;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

/**
 * Extends the hash chain over committed, unsealed audit rows, in seq order, up to `limit` rows in
 * one transaction. Returns how many rows it sealed (0 when another sealer holds the lock).
 *
 * Only committed rows are visible here, so a row whose transaction commits late is simply
 * sealed at a later chain position: the chain records the order in which events became durable.
 */
export function sealAuditChain(dataSource: DataSource, limit = 1000): Promise<number> {
  return dataSource.transaction((manager) => sealInTransaction(manager, limit));
}

/** One sealing run inside the transaction `manager` belongs to (see sealAuditChain). */
async function sealInTransaction(manager: EntityManager, limit: number): Promise<number> {
  const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
    AUDIT_SEAL_LOCK,
  ])) as Array<{
    locked: boolean;
  }>;
  if (!locked) return 0;
  const rows = (await manager.query(
    `SELECT seq, request_id, at, actor, action, from_status, to_status, reason, data
     FROM request_events WHERE chain_seq IS NULL ORDER BY seq LIMIT $1`,
    [limit],
  )) as UnsealedRow[];
  if (rows.length === 0) return 0;
  const [head] = (await manager.query(
    'SELECT chain_seq, hash FROM request_events WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1',
  )) as Array<{ chain_seq: string; hash: string }>;
  let position = head ? BigInt(head.chain_seq) : 0n;
  let previous = head?.hash ?? GENESIS_HASH;
  const seqs: string[] = [];
  const positions: string[] = [];
  const prevHashes: string[] = [];
  const hashes: string[] = [];
  for (const row of rows) {
    position += 1n;
    const hash = eventHash({
      seq: String(row.seq),
      chainSeq: String(position),
      requestId: row.request_id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      reason: row.reason,
      data: row.data,
      prevHash: previous,
    });
    seqs.push(String(row.seq));
    positions.push(String(position));
    prevHashes.push(previous);
    hashes.push(hash);
    previous = hash;
  }
  await manager.query(
    `UPDATE request_events e SET chain_seq = s.chain_seq, prev_hash = s.prev_hash, hash = s.hash
     FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS s(seq, chain_seq, prev_hash, hash)
     WHERE e.seq = s.seq`,
    [seqs, positions, prevHashes, hashes],
  );
  return rows.length;
}

/**
 * The sealer the worker runs periodically, over Rightsdesk's database: each run seals up to
 * `limit` rows in one transaction of its own (see sealAuditChain).
 */
@Injectable()
export class AuditSealer {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  sealOnce(limit = 1000): Promise<number> {
    return this.txHost.withTransaction(() => sealInTransaction(this.txHost.tx, limit));
  }
}
