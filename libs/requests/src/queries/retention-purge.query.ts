import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/**
 * The request-table side of the retention purge (regs 7101(a)), in the caller's transaction:
 * which closed requests are due, the identity that goes with the last of a person's requests,
 * and the request row stripped to its log line and facts.
 */
@Injectable()
export class RetentionPurgeQuery {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Closed requests older than the cutoff and not yet purged, oldest first, locked with SKIP
   * LOCKED so several workers can purge at once. A request under appeal stays whole until the
   * appeal is closed and old enough too.
   */
  async claimDue(cutoff: Date, limit: number): Promise<Array<{ id: string; subject_id: string }>> {
    return (await this.txHost.tx.query(
      `SELECT r.id, r.subject_id FROM requests r
         WHERE r.closed_at < $1 AND r.personal_data_purged_at IS NULL
           AND r.status IN ('completed', 'denied', 'cancelled', 'expired')
           AND NOT EXISTS (SELECT 1 FROM requests a WHERE a.parent_request_id = r.id
                           AND (a.closed_at IS NULL OR a.closed_at >= $1))
         ORDER BY r.closed_at LIMIT $2 FOR UPDATE OF r SKIP LOCKED`,
      [cutoff, limit],
    )) as Array<{ id: string; subject_id: string }>;
  }

  /**
   * Blanks the identity unless another of the person's requests still holds personal data (it
   * is shared only by requests of the same person); returns how many rows changed (0 or 1).
   */
  async blankIdentityOfLast(subjectId: string, requestId: string): Promise<number> {
    return (
      (await this.txHost.tx.query(
        `UPDATE subject_identities s SET email = '', name = NULL, phone = NULL, postal_address = NULL
           WHERE s.id = $1 AND NOT EXISTS (SELECT 1 FROM requests o WHERE o.subject_id = s.id
             AND o.id <> $2 AND o.personal_data_purged_at IS NULL)`,
        [subjectId, requestId],
      )) as [unknown, number]
    )[1];
  }

  /**
   * Marks the request purged and keeps only facts of what it asked for (scope, consent purposes,
   * which fields were to be corrected), never the values; verification keeps its outcome, not
   * the data points. A failed step's message may quote an address: it goes.
   */
  async stripRequest(requestId: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE requests SET personal_data_purged_at = now(), status_token_hash = NULL, status_token_sealed = NULL, failure = NULL,
         details = jsonb_strip_nulls(jsonb_build_object(
           'scope', details -> 'scope',
           'fallbackFrom', details -> 'fallbackFrom',
           'purposes', details -> 'purposes',
           'correctedFields', CASE WHEN jsonb_typeof(details -> 'corrections') = 'array' THEN
             (SELECT jsonb_agg(c -> 'field') FROM jsonb_array_elements(details -> 'corrections') c) END,
           'agent', CASE WHEN details ? 'agent' AND details -> 'agent' <> 'null'::jsonb THEN to_jsonb(true) END)),
         verification = CASE WHEN verification IS NULL THEN NULL ELSE jsonb_strip_nulls(jsonb_build_object(
           'outcome', verification -> 'outcome', 'required', verification -> 'required',
           'reached', verification -> 'reached', 'score', verification -> 'score')) END
       WHERE id = $1`,
      [requestId],
    );
  }
}
