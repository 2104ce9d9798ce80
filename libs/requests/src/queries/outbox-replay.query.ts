import type { OutboxMessage } from '@rightsdesk/persistence';
import type { SqlRunner } from './report-sql';

/** Rows relayed this long ago or less are replayed if their work is unfinished. */
const REPLAY_WINDOW = '24 hours';

/**
 * Outbox rows relayed within the replay window, but more than `graceMs` ago, whose work Postgres
 * says is unfinished: a fulfilment whose request is still approved or in progress, a notice not
 * yet rendered, a message not yet sent. Oldest first, at most `batchSize`, starting after `after`
 * (the last row of the previous batch) so a caller can walk the whole window: a backlog of
 * unfinished jobs longer than one batch must not hide the rows behind it.
 */
export async function unfinishedRelayedJobs(
  db: SqlRunner,
  graceMs: number,
  batchSize: number,
  after?: ReplayCursor,
): Promise<ReplayRow[]> {
  return (await db.query(
    `SELECT o.id, o.relayed_at::text AS "relayedAt", o.queue, o.job_name AS "jobName",
            o.job_id AS "jobId", o.payload
       FROM outbox o
       WHERE o.relayed_at > now() - interval '${REPLAY_WINDOW}'
         AND o.relayed_at < now() - make_interval(secs => $1::double precision / 1000)
         AND ($3::timestamptz IS NULL OR (o.relayed_at, o.id) > ($3::timestamptz, $4::uuid))
         AND CASE o.job_name
           WHEN 'fulfilment.start' THEN EXISTS (
             SELECT 1 FROM requests r WHERE r.id::text = o.payload->>'requestId'
               AND r.status IN ('approved', 'in_progress'))
           WHEN 'notice.render' THEN NOT EXISTS (
             SELECT 1 FROM correspondence c WHERE c.request_id::text = o.payload->>'requestId'
               AND c.kind = o.payload->>'notice')
           WHEN 'notice.send' THEN EXISTS (
             SELECT 1 FROM correspondence c WHERE c.id::text = o.payload->>'correspondenceId'
               AND c.status = 'pending')
           ELSE false
         END
       ORDER BY o.relayed_at, o.id
       LIMIT $2`,
    [graceMs, batchSize, after?.relayedAt ?? null, after?.id ?? null],
  )) as ReplayRow[];
}

/**
 * Where the previous batch of the replay ended. The time is Postgres's own text, microseconds
 * and all: a JavaScript Date would round it to milliseconds and the walk would repeat rows.
 */
export interface ReplayCursor {
  id: string;
  relayedAt: string;
}

export type ReplayRow = ReplayCursor &
  Pick<OutboxMessage, 'queue' | 'jobName' | 'jobId' | 'payload'>;
