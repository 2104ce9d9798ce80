import type { SqlRunner } from './report-sql';

/**
 * The failed request a fulfilment job belongs to, by the request id its payload carries or else
 * by its step's request; null when there is none or the request has not failed.
 */
export async function failedRequestOfJob(
  db: SqlRunner,
  requestId: string | null,
  stepId: string | null,
): Promise<string | null> {
  const [row] = (await db.query(
    `SELECT r.id FROM requests r
       WHERE r.status = 'failed'
         AND r.id = COALESCE($1::uuid, (SELECT request_id FROM fulfilment_steps WHERE id = $2::uuid))`,
    [requestId, stepId],
  )) as Array<{ id: string }>;
  return row?.id ?? null;
}
