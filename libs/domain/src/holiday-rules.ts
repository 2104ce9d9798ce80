import { CalendarDate, addDays, dayOfWeek, daysInMonth } from './calendar-date';

/** A holiday as the law names it, and the weekday it is observed on in a given year. */
export interface Holiday {
  readonly name: string;
  readonly date: CalendarDate;
}

/** How a holiday that falls on a weekend moves to a weekday. */
type WeekendShift =
  | 'federal' // 5 U.S.C. 6103(b), Executive Order 11582: Saturday -> Friday, Sunday -> Monday
  | 'california' // Gov. Code 6700(b): Sunday -> Monday; Saturday stays (no weekday off)
  | 'california_veterans_day' // Gov. Code 6700(b): 11 November on a Saturday -> Friday too
  | 'none'; // always a weekday (Monday holidays, Thanksgiving and the day after)

interface HolidayRule {
  readonly name: string;
  readonly since?: number;
  readonly on: (year: number) => CalendarDate;
  readonly shift: WeekendShift;
}

export const HOLIDAY_RULE_SET_NAMES = ['us_federal', 'california'] as const;
export type HolidayRuleSetName = (typeof HOLIDAY_RULE_SET_NAMES)[number];

const fixed = (month: number, day: number) => (year: number) => ({ year, month, day });
const nth = (n: number, weekday: number, month: number) => (year: number) =>
  nthWeekday(year, month, weekday, n);
const last = (weekday: number, month: number) => (year: number) =>
  lastWeekday(year, month, weekday);
const MONDAY = 1;
const THURSDAY = 4;

/** Federal holidays, 5 U.S.C. 6103(a). Inauguration Day (local to Washington DC) is left out. */
const US_FEDERAL: readonly HolidayRule[] = [
  { name: "New Year's Day", on: fixed(1, 1), shift: 'federal' },
  { name: 'Birthday of Martin Luther King, Jr.', on: nth(3, MONDAY, 1), shift: 'none' },
  { name: "Washington's Birthday", on: nth(3, MONDAY, 2), shift: 'none' },
  { name: 'Memorial Day', on: last(MONDAY, 5), shift: 'none' },
  {
    name: 'Juneteenth National Independence Day',
    since: 2021,
    on: fixed(6, 19),
    shift: 'federal',
  },
  { name: 'Independence Day', on: fixed(7, 4), shift: 'federal' },
  { name: 'Labor Day', on: nth(1, MONDAY, 9), shift: 'none' },
  { name: "Columbus Day / Indigenous Peoples' Day", on: nth(2, MONDAY, 10), shift: 'none' },
  { name: 'Veterans Day', on: fixed(11, 11), shift: 'federal' },
  { name: 'Thanksgiving Day', on: nth(4, THURSDAY, 11), shift: 'none' },
  { name: 'Christmas Day', on: fixed(12, 25), shift: 'federal' },
];

/**
 * The days California state offices close (Gov. Code 6700 as CalHR observes it). Gov. Code 6700
 * also names days the state does not close for (Lincoln's Birthday, Admission Day, Native
 * American Day, Genocide Remembrance Day); a company that closes then adds them as dates.
 */
const CALIFORNIA: readonly HolidayRule[] = [
  { name: "New Year's Day", on: fixed(1, 1), shift: 'california' },
  { name: 'Martin Luther King Jr. Day', on: nth(3, MONDAY, 1), shift: 'none' },
  { name: "Presidents' Day", on: nth(3, MONDAY, 2), shift: 'none' },
  { name: 'Cesar Chavez Day', since: 2001, on: fixed(3, 31), shift: 'california' },
  { name: 'Memorial Day', on: last(MONDAY, 5), shift: 'none' },
  { name: 'Independence Day', on: fixed(7, 4), shift: 'california' },
  { name: 'Labor Day', on: nth(1, MONDAY, 9), shift: 'none' },
  { name: 'Veterans Day', on: fixed(11, 11), shift: 'california_veterans_day' },
  { name: 'Thanksgiving Day', on: nth(4, THURSDAY, 11), shift: 'none' },
  {
    name: 'Day after Thanksgiving',
    on: (year) => addDays(nthWeekday(year, 11, THURSDAY, 4), 1),
    shift: 'none',
  },
  { name: 'Christmas Day', on: fixed(12, 25), shift: 'california' },
];

const RULE_SETS: Record<HolidayRuleSetName, readonly HolidayRule[]> = {
  us_federal: US_FEDERAL,
  california: CALIFORNIA,
};

/**
 * The weekdays a rule set takes off for the holidays of `year`. An observed day can fall in the
 * year before (1 January 2022, a Saturday, was observed on Friday 31 December 2021); callers
 * that want every day off within a year also look at the next year's holidays.
 */
export function observedHolidays(ruleSet: HolidayRuleSetName, year: number): Holiday[] {
  return RULE_SETS[ruleSet].flatMap((rule) => {
    if (rule.since !== undefined && year < rule.since) return [];
    const date = observe(rule.on(year), rule.shift);
    return date ? [{ name: rule.name, date }] : [];
  });
}

function observe(date: CalendarDate, shift: WeekendShift): CalendarDate | undefined {
  const weekday = dayOfWeek(date);
  if (weekday === 0) return shift === 'none' ? date : addDays(date, 1);
  if (weekday === 6) {
    if (shift === 'federal' || shift === 'california_veterans_day') return addDays(date, -1);
    if (shift === 'california') return undefined; // a Saturday holiday: no weekday is closed
  }
  return date;
}

function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  const first = dayOfWeek({ year, month, day: 1 });
  return { year, month, day: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
}

function lastWeekday(year: number, month: number, weekday: number): CalendarDate {
  const lastDay = daysInMonth(year, month);
  const lastWeekdayOfMonth = dayOfWeek({ year, month, day: lastDay });
  return { year, month, day: lastDay - ((lastWeekdayOfMonth - weekday + 7) % 7) };
}
