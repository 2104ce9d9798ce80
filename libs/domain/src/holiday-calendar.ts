import { CalendarDate, formatCalendarDate, parseCalendarDate } from './calendar-date';
import { DomainError, FieldProblem } from './domain-error';
import { HOLIDAY_RULE_SET_NAMES, HolidayRuleSetName, observedHolidays } from './holiday-rules';

/**
 * Which days a company counts as holidays when it counts business days (regs 7021(a), 7026(f)).
 * Counsel chooses; the default is the union of US federal and California state holidays, the
 * conservative reading for a California company (the regulations do not list the days).
 */
export interface HolidayCalendarConfig {
  /** Named rule sets computed for any year; default `['us_federal', 'california']`. */
  readonly ruleSets?: readonly string[];
  /** Further days off, as ISO dates, e.g. `['2026-12-24']`. */
  readonly extraHolidays?: readonly string[];
  /** Days a rule set takes off that the company counts as business days, e.g. `['2026-10-12']`. */
  readonly workingDays?: readonly string[];
}

export interface NamedHoliday {
  readonly date: string;
  readonly name: string;
}

export const DEFAULT_HOLIDAY_RULE_SETS: readonly HolidayRuleSetName[] = [
  'us_federal',
  'california',
];

export class HolidayCalendar {
  private readonly byYear = new Map<number, ReadonlyMap<string, string>>();

  private constructor(
    private readonly ruleSets: readonly HolidayRuleSetName[],
    private readonly extra: ReadonlySet<string>,
    private readonly working: ReadonlySet<string>,
  ) {}

  /** Builds a calendar from configuration; names every bad entry in one `invalid_input` error. */
  static from(config: HolidayCalendarConfig = {}): HolidayCalendar {
    const problems: FieldProblem[] = [];
    const ruleSets = (config.ruleSets ?? DEFAULT_HOLIDAY_RULE_SETS).filter((name, index) => {
      const known = (HOLIDAY_RULE_SET_NAMES as readonly string[]).includes(name);
      if (!known) {
        problems.push({
          path: `ruleSets[${index}]`,
          message: `must be one of ${HOLIDAY_RULE_SET_NAMES.join(', ')}`,
        });
      }
      return known;
    }) as HolidayRuleSetName[];
    const extra = isoDates(config.extraHolidays, 'extraHolidays', problems);
    const working = isoDates(config.workingDays, 'workingDays', problems);
    if (problems.length) {
      throw new DomainError('invalid_input', 'the holiday calendar is not valid', problems);
    }
    return new HolidayCalendar(ruleSets, extra, working);
  }

  isHoliday(date: CalendarDate): boolean {
    return this.holidayName(date) !== undefined;
  }

  holidayName(date: CalendarDate): string | undefined {
    return this.daysOff(date.year).get(formatCalendarDate(date));
  }

  /** Every day off that falls in `year`, in date order. */
  holidaysIn(year: number): NamedHoliday[] {
    return [...this.daysOff(year)]
      .map(([date, name]) => ({ date, name }))
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  private daysOff(year: number): ReadonlyMap<string, string> {
    let days = this.byYear.get(year);
    if (!days) {
      const found = new Map<string, string>();
      // The next year's 1 January can be observed on 31 December of this one.
      for (const ruleSet of this.ruleSets) {
        for (const holiday of [
          ...observedHolidays(ruleSet, year),
          ...observedHolidays(ruleSet, year + 1),
        ]) {
          const iso = formatCalendarDate(holiday.date);
          if (holiday.date.year === year && !found.has(iso)) found.set(iso, holiday.name);
        }
      }
      for (const iso of this.extra) {
        if (iso.startsWith(`${year}-`) && !found.has(iso)) found.set(iso, 'Company holiday');
      }
      for (const iso of this.working) found.delete(iso);
      days = found;
      this.byYear.set(year, days);
    }
    return days;
  }
}

/** US federal and California state holidays, observed as each law moves weekend holidays. */
export const DEFAULT_HOLIDAY_CALENDAR = HolidayCalendar.from();

function isoDates(
  dates: readonly string[] | undefined,
  path: string,
  problems: FieldProblem[],
): Set<string> {
  const valid = new Set<string>();
  (dates ?? []).forEach((text, index) => {
    try {
      valid.add(formatCalendarDate(parseCalendarDate(text)));
    } catch {
      problems.push({ path: `${path}[${index}]`, message: 'must be a date such as 2026-12-24' });
    }
  });
  return valid;
}
