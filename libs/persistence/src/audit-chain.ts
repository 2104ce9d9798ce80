import { createHash } from 'node:crypto';

/** The fields of an audit row that its hash covers. */
export interface ChainedEventFields {
  seq: string;
  chainSeq: string;
  requestId: string | null;
  at: Date;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** sha256 over the previous hash and a canonical (sorted-key) JSON of the row. */
export function eventHash(event: ChainedEventFields): string {
  const body = canonicalJson({
    seq: event.seq,
    chainSeq: event.chainSeq,
    requestId: event.requestId,
    at: event.at.toISOString(),
    actor: event.actor,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
    data: event.data,
  });
  return createHash('sha256').update(event.prevHash).update('\n').update(body).digest('hex');
}

export interface ChainBreak {
  /** The row (by its seq) where the chain first fails. */
  seq: string;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_row';
}

export interface SealedEvent extends Omit<ChainedEventFields, 'chainSeq' | 'prevHash'> {
  chainSeq: string | null;
  prevHash: string | null;
  hash: string | null;
}

/**
 * Checks sealed rows in chain order; returns the first broken link, or null when every row's
 * hash and its link to its predecessor hold and no position is missing. `after` is the position
 * and hash just before the first row checked (the genesis for a whole-chain check).
 */
export function findChainBreak(
  rows: Iterable<SealedEvent>,
  after: { chainSeq: bigint; hash: string } = { chainSeq: 0n, hash: GENESIS_HASH },
): ChainBreak | null {
  let position = after.chainSeq;
  let previous = after.hash;
  for (const row of rows) {
    if (row.chainSeq === null || row.hash === null || row.prevHash === null) continue; // not sealed yet
    position += 1n;
    if (BigInt(row.chainSeq) !== position) return { seq: row.seq, problem: 'missing_row' };
    if (row.prevHash !== previous) return { seq: row.seq, problem: 'prev_hash_mismatch' };
    if (eventHash({ ...row, chainSeq: row.chainSeq, prevHash: row.prevHash }) !== row.hash) {
      return { seq: row.seq, problem: 'hash_mismatch' };
    }
    previous = row.hash;
  }
  return null;
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
