/** Anything that runs SQL: a DataSource, an EntityManager, a pg client wrapper. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** What every report needs besides its parameters. */
export interface ReportContext {
  db: SqlRunner;
  /** The company's IANA time zone: report dates and "days to respond" are counted in it. */
  timeZone: string;
  companyName: string;
  now: Date;
}

/** SQL for the first instant of a calendar date (YYYY-MM-DD, a bound parameter) in the zone. */
export const startOfDaySql = (date: string, zone: string) =>
  `(${date}::date::timestamp AT TIME ZONE ${zone})`;

/** SQL for the first instant after the calendar date, so a period's last day is included. */
export const endOfDaySql = (date: string, zone: string) =>
  `((${date}::date + 1)::timestamp AT TIME ZONE ${zone})`;

/** A share rounded to four places (0.9167), or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Days rounded to two places, or null when no request had a response. */
export function days(value: number | string | null): number | null {
  if (value === null) return null;
  return Math.round(Number(value) * 100) / 100;
}

export function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}
