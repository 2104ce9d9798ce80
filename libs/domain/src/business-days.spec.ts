import { formatCalendarDate, parseCalendarDate } from './calendar-date';
import { addBusinessDays, isBusinessDay } from './business-days';
import { HolidayCalendar } from './holiday-calendar';

describe(isBusinessDay.name, () => {
  it.each([
    ['2026-11-25', true], // Wednesday
    ['2026-11-26', false], // Thanksgiving
    ['2026-11-27', false], // day after Thanksgiving (California)
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-11-30', true],
    ['2026-07-03', false], // Independence Day observed
    ['2026-03-31', false], // Cesar Chavez Day
  ])('%s: %s', (date, expected) => {
    expect(isBusinessDay(parseCalendarDate(date))).toBe(expected);
  });
});

describe(addBusinessDays.name, () => {
  it.each([
    // [start, business days, lands on]
    ['2026-11-25', 0, '2026-11-25'],
    ['2026-11-25', 1, '2026-11-30'], // over Thanksgiving, the day after and the weekend
    ['2026-11-25', 10, '2026-12-11'],
    ['2026-11-28', 1, '2026-11-30'], // from a Saturday: Monday is the first
    ['2026-12-24', 1, '2026-12-28'],
    ['2026-12-31', 1, '2027-01-04'],
    ['2027-12-23', 1, '2027-12-27'], // Christmas observed Friday 24th
    ['2027-12-30', 1, '2028-01-03'], // New Year 2028 observed Friday 31 December 2027
    ['2028-02-28', 1, '2028-02-29'], // leap day is a Tuesday
    ['2026-11-25', 15, '2026-12-18'],
  ] as const)('%s + %d business days = %s', (start, count, expected) => {
    expect(formatCalendarDate(addBusinessDays(parseCalendarDate(start), count))).toBe(expected);
  });

  it('counts weekends only when given a calendar without holidays', () => {
    const weekendsOnly = HolidayCalendar.from({ ruleSets: [] });
    const date = addBusinessDays(parseCalendarDate('2026-11-25'), 10, weekendsOnly);
    expect(formatCalendarDate(date)).toBe('2026-12-09');
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p business days', (count) => {
    expect(() => addBusinessDays(parseCalendarDate('2026-11-25'), count)).toThrow(RangeError);
  });
});
