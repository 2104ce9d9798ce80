import { CalendarDate, calendarDateIn, endOfDayIn, formatCalendarDate } from './calendar-date';
import { explainDueDate } from './deadline-explanation';
import {
  APPEAL_CLOCKS,
  CCPA_ACKNOWLEDGEMENT,
  CCPA_OPT_OUT_CLOCKS,
  ClockRule,
  RESPONSE_CLOCKS,
  addPeriod,
} from './deadline-rules';
import { DomainError } from './domain-error';
import type { DeadlineKind, DueDateBasis } from './due-date-basis';
import { DEFAULT_HOLIDAY_CALENDAR, HolidayCalendar } from './holiday-calendar';
import { Regime } from './request-kinds';

/** The company's zone unless configured otherwise (an Oakland, California company). */
export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

/** A statutory deadline, stored as an instant, with the words that explain it. */
export interface DueDate {
  /** The last millisecond of the due day in the company's time zone. */
  readonly dueAt: Date;
  readonly dueOn: string;
  /** e.g. `ccpa.respond`, `ccpa.acknowledge`, `ccpa.opt_out`, `cpa.appeal`, `gdpr.respond.extended`. */
  readonly rule: string;
  /** English, e.g. "due 2027-01-09: 45 days from receipt on 2026-11-25 (CCPA regs 7021(b))". */
  readonly explanation: string;
  readonly basis: DueDateBasis;
}

/**
 * When the answer is due: the end of the due day in the company's time zone, counted from the
 * local date of receipt whatever time verification takes (regs 7021(b); GDPR Art. 12(3)).
 */
export function responseDueDate(
  regime: Regime,
  receivedAt: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): DueDate {
  return fromReceipt(regime, 'respond', RESPONSE_CLOCKS[regime], receivedAt, timeZone);
}

/** CCPA regs 7021(a): confirm receipt of know, delete and correct requests in 10 business days. */
export function acknowledgementDueDate(
  receivedAt: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): DueDate {
  return fromReceipt('ccpa', 'acknowledge', CCPA_ACKNOWLEDGEMENT, receivedAt, timeZone, calendar);
}

/** CCPA regs 7026(f), 7027: opt-out of sale/sharing and limit take effect in 15 business days. */
export function optOutDueDate(
  type: keyof typeof CCPA_OPT_OUT_CLOCKS,
  receivedAt: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): DueDate {
  const rule = CCPA_OPT_OUT_CLOCKS[type];
  return fromReceipt('ccpa', 'opt_out', rule, receivedAt, timeZone, calendar);
}

export function hasAppealClock(regime: Regime): boolean {
  return APPEAL_CLOCKS[regime] !== undefined;
}

/** The decision on an appeal: Virginia, Connecticut, Texas 60 days; Colorado 45 (+60). */
export function appealDueDate(
  regime: Regime,
  appealReceivedAt: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): DueDate {
  const rule = APPEAL_CLOCKS[regime];
  if (!rule) {
    throw new DomainError(
      'invalid_input',
      `${regime} sets no appeal clock: a refusal points to the regulator instead`,
    );
  }
  return fromReceipt(regime, 'appeal', rule, appealReceivedAt, timeZone);
}

/** The clock rule a deadline ran on, to find its extension. */
export function clockRuleOf(basis: DueDateBasis): ClockRule | undefined {
  switch (basis.kind) {
    case 'respond':
      return RESPONSE_CLOCKS[basis.regime];
    case 'appeal':
      return APPEAL_CLOCKS[basis.regime];
    default:
      return undefined; // acknowledgement and opt-out have no extension
  }
}

/** A deadline on `due` with the given basis, ending with the day in the company's time zone. */
export function dueDateOn(due: CalendarDate, basis: DueDateBasis, timeZone: string): DueDate {
  const dueOn = formatCalendarDate(due);
  return {
    dueAt: endOfDayIn(due, timeZone),
    dueOn,
    rule: `${basis.regime}.${basis.kind}${basis.extension ? '.extended' : ''}`,
    explanation: explainDueDate({ dueOn, basis }, 'en'),
    basis,
  };
}

function fromReceipt(
  regime: Regime,
  kind: DeadlineKind,
  rule: ClockRule,
  receivedAt: Date,
  timeZone: string,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): DueDate {
  const received = calendarDateIn(receivedAt, timeZone);
  const basis: DueDateBasis = {
    regime,
    kind,
    period: rule.period,
    receivedOn: formatCalendarDate(received),
    citation: rule.citation,
  };
  return dueDateOn(addPeriod(received, rule.period, calendar), basis, timeZone);
}
