import type { RequestStatus } from '@rightsdesk/domain';
import type { SqlRunner } from './report-sql';

export interface CcpaMetricsGroupRow {
  type: string;
  status: RequestStatus;
  complied_in_part: boolean;
  denial_basis: string | null;
  days: number | null;
  requests: number;
  appealed: number;
}

/**
 * A year's requests (received in the year, in the time zone; appeals left out) grouped by the raw
 * columns the regs 7102(a) metrics depend on, so Postgres hashes them into a few hundred groups
 * instead of sorting them all for a median (docs/benchmarks.md: 1,000,000 requests). Scope
 * "california" keeps the requests of people who gave a California residence (regs 7102 counts
 * California consumers), whatever law they were handled under.
 */
export async function ccpaMetricsGroups(
  db: SqlRunner,
  year: number,
  timeZone: string,
  scope: string,
): Promise<CcpaMetricsGroupRow[]> {
  return (await db.query(
    `WITH appealed AS (
       SELECT DISTINCT parent_request_id AS id FROM requests
       WHERE type = 'appeal' AND parent_request_id IS NOT NULL)
     SELECT r.type, r.status, r.complied_in_part, r.denial_basis,
       (r.closed_at AT TIME ZONE $2)::date - (r.received_at AT TIME ZONE $2)::date AS days,
       count(*)::int AS requests, count(a.id)::int AS appealed
     FROM requests r LEFT JOIN appealed a ON a.id = r.id
     WHERE r.received_at >= make_timestamptz($1, 1, 1, 0, 0, 0, $2)
       AND r.received_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, $2)
       AND ($3 = 'all' OR (r.residence_country = 'US' AND r.residence_region = 'CA'))
       AND r.type <> 'appeal'
     GROUP BY 1, 2, 3, 4, 5`,
    [year, timeZone, scope],
  )) as CcpaMetricsGroupRow[];
}

/**
 * How many of a year's requests (appeals left out) came from people who gave no residence: they
 * are not known California consumers, so the California figures leave them out and say so.
 */
export async function ccpaRequestsWithoutResidence(
  db: SqlRunner,
  year: number,
  timeZone: string,
): Promise<number> {
  const [row] = (await db.query(
    `SELECT count(*)::int AS requests FROM requests r
     WHERE r.residence_country IS NULL
       AND r.received_at >= make_timestamptz($1, 1, 1, 0, 0, 0, $2)
       AND r.received_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, $2)
       AND r.type <> 'appeal'`,
    [year, timeZone],
  )) as Array<{ requests: number }>;
  return row.requests;
}
