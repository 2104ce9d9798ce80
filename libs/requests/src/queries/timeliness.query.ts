import { DatePeriod, SqlRunner, endOfDaySql, startOfDaySql } from './report-sql';

export interface TimelinessCounts {
  received: number;
  answered: number;
  on_time: number;
  late: number;
  extended: number;
  open: number;
  overdue: number;
}

/**
 * Requests received in the period counted per regime and month of receipt (in the time zone):
 * answered, on time, late, extended, open, and overdue as of `now`.
 */
export async function timelinessCounts(
  db: SqlRunner,
  period: DatePeriod,
  timeZone: string,
  now: Date,
): Promise<Array<TimelinessCounts & { regime: string; month: string }>> {
  return (await db.query(
    `SELECT regime, to_char(received_at AT TIME ZONE $3, 'YYYY-MM') AS month,
       count(*)::int AS received,
       count(*) FILTER (WHERE status IN ('completed', 'denied', 'expired'))::int AS answered,
       count(*) FILTER (WHERE status IN ('completed', 'denied', 'expired') AND closed_at <= due_at)::int AS on_time,
       count(*) FILTER (WHERE status IN ('completed', 'denied', 'expired') AND closed_at > due_at)::int AS late,
       count(*) FILTER (WHERE status IN ('completed', 'denied', 'expired') AND original_due_at IS NOT NULL)::int AS extended,
       count(*) FILTER (WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired'))::int AS open,
       count(*) FILTER (WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired') AND due_at < $4)::int AS overdue
     FROM requests
     WHERE received_at >= ${startOfDaySql('$1', '$3')} AND received_at < ${endOfDaySql('$2', '$3')}
     GROUP BY regime, month ORDER BY month, regime`,
    [period.from, period.to, timeZone, now],
  )) as Array<TimelinessCounts & { regime: string; month: string }>;
}
