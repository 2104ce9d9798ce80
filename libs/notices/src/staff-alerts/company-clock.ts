import { calendarDateIn, formatCalendarDate } from '@rightsdesk/domain';

/** The company's calendar day ("2026-12-08") and hour (0-23) at `now`, in its time zone. */
export function companyClock(now: Date, timeZone: string): { day: string; hour: number } {
  const hour = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' })
    .formatToParts(now)
    .find((part) => part.type === 'hour')?.value;
  return { day: formatCalendarDate(calendarDateIn(now, timeZone)), hour: Number(hour) };
}
