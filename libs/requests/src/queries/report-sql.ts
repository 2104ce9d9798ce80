/** Anything that runs SQL: a DataSource, an EntityManager, a pg client wrapper. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** SQL for the first instant of a calendar date (YYYY-MM-DD, a bound parameter) in the zone. */
export const startOfDaySql = (date: string, zone: string) =>
  `(${date}::date::timestamp AT TIME ZONE ${zone})`;

/** SQL for the first instant after the calendar date, so a period's last day is included. */
export const endOfDaySql = (date: string, zone: string) =>
  `((${date}::date + 1)::timestamp AT TIME ZONE ${zone})`;

/** A period of calendar dates (YYYY-MM-DD, both inclusive) counted in an IANA time zone. */
export interface DatePeriod {
  from: string;
  to: string;
}
