import { timeWithZone } from '@rightsdesk/messages';

/**
 * The one rule for staff pages: every time is shown in the company's zone (COMPANY_TIME_ZONE),
 * named, on request pages and admin pages alike: "7 December 2026, 11:05 Pacific Standard Time
 * (America/Los_Angeles)". Set once at start-up from the configuration, like the console's
 * language; UTC (named) until then.
 */
let companyZone = 'UTC';

export function useStaffTimeZone(zone: string): void {
  companyZone = zone;
}

/** A time as staff read it, in the company's zone, named. */
export function staffTime(value: Date | string): string {
  return timeWithZone(value, 'en', companyZone);
}
