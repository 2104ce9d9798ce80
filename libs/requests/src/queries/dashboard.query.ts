import { DatePeriod, SqlRunner, endOfDaySql, startOfDaySql } from './report-sql';

export interface DashboardCountsRow {
  month: string;
  type: string;
  received: number;
  answered: number;
  on_time: number;
  open: number;
  overdue: number;
}

/**
 * Requests received in the period counted per month of receipt (in the time zone) and type:
 * answered, on time, open, and overdue as of `now`. One grouped scan of the period's requests.
 */
export async function dashboardCounts(
  db: SqlRunner,
  period: DatePeriod,
  timeZone: string,
  now: Date,
): Promise<DashboardCountsRow[]> {
  return (await db.query(
    `SELECT to_char(received_at AT TIME ZONE $3, 'YYYY-MM') AS month, type,
       count(*)::int AS received,
       count(*) FILTER (WHERE status IN ('completed', 'denied', 'expired'))::int AS answered,
       count(*) FILTER (WHERE status IN ('completed', 'denied', 'expired') AND closed_at <= due_at)::int AS on_time,
       count(*) FILTER (WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired'))::int AS open,
       count(*) FILTER (WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired') AND due_at < $4)::int AS overdue
     FROM requests
     WHERE received_at >= ${startOfDaySql('$1', '$3')} AND received_at < ${endOfDaySql('$2', '$3')}
     GROUP BY month, type`,
    [period.from, period.to, timeZone, now],
  )) as DashboardCountsRow[];
}
