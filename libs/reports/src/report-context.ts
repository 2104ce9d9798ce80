import type { SqlRunner } from '@rightsdesk/requests';

export type { SqlRunner };

/** What every report needs besides its parameters. */
export interface ReportContext {
  db: SqlRunner;
  /** The company's IANA time zone: report dates and "days to respond" are counted in it. */
  timeZone: string;
  companyName: string;
  now: Date;
}

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
