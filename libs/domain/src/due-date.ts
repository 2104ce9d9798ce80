import {
  CalendarDate,
  addDays,
  addMonths,
  calendarDateIn,
  endOfDayIn,
  formatCalendarDate,
} from './calendar-date';
import { Regime } from './request-kinds';

/** A statutory deadline, stored as an instant, with the words that explain it. */
export interface DueDate {
  readonly dueAt: Date;
  readonly dueOn: string;
  readonly rule: string;
  readonly explanation: string;
}

interface ResponseRule {
  readonly add: (received: CalendarDate) => CalendarDate;
  readonly period: string;
  readonly citation: string;
}

// The clock to respond, per regime, counted from receipt whatever time verification takes.
const RESPONSE_RULES: Record<Regime, ResponseRule> = {
  gdpr: { add: (d) => addMonths(d, 1), period: 'one calendar month', citation: 'GDPR Art. 12(3)' },
  ccpa: { add: (d) => addDays(d, 45), period: '45 days', citation: 'CCPA regs 7021(b)' },
  vcdpa: { add: (d) => addDays(d, 45), period: '45 days', citation: 'Va. Code 59.1-578(B)' },
  cpa: { add: (d) => addDays(d, 45), period: '45 days', citation: 'C.R.S. 6-1-1306(2)' },
  ctdpa: { add: (d) => addDays(d, 45), period: '45 days', citation: 'Conn. Gen. Stat. 42-518(c)' },
  tdpsa: {
    add: (d) => addDays(d, 45),
    period: '45 days',
    citation: 'Tex. Bus. & Com. Code 541.052(b)',
  },
};

/**
 * When the answer is due: the end of the due day in the company's time zone.
 * e.g. "due 2027-01-09: 45 days from receipt on 2026-11-25 (CCPA regs 7021(b))".
 */
export function responseDueDate(regime: Regime, receivedAt: Date, timeZone: string): DueDate {
  const rule = RESPONSE_RULES[regime];
  const received = calendarDateIn(receivedAt, timeZone);
  const due = rule.add(received);
  const dueOn = formatCalendarDate(due);
  return {
    dueAt: endOfDayIn(due, timeZone),
    dueOn,
    rule: `${regime}.respond`,
    explanation: `due ${dueOn}: ${rule.period} from receipt on ${formatCalendarDate(received)} (${rule.citation})`,
  };
}
