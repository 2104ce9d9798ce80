import { CalendarDate, addDays, dayOfWeek } from './calendar-date';
import { DEFAULT_HOLIDAY_CALENDAR, HolidayCalendar } from './holiday-calendar';

/** Monday to Friday, except the calendar's holidays. */
export function isBusinessDay(
  date: CalendarDate,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !calendar.isHoliday(date);
}

/**
 * The day on which `count` business days have passed after `start`. The start day itself is not
 * counted, whatever day it is (Civ. Code 10, Code Civ. Proc. 12: exclude the first day, include
 * the last), so a request received on a Saturday has its first business day on Monday.
 */
export function addBusinessDays(
  start: CalendarDate,
  count: number,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): CalendarDate {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`business days to add must be a whole number >= 0, got ${count}`);
  }
  let date = start;
  for (let counted = 0; counted < count;) {
    date = addDays(date, 1);
    if (isBusinessDay(date, calendar)) counted += 1;
  }
  return date;
}
