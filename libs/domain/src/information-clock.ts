import { addDays, calendarDateIn, formatCalendarDate, parseCalendarDate } from './calendar-date';
import type { DueDateBasis } from './due-date-basis';
import { DueDate, dueDateOn } from './due-date';
import { Regime } from './request-kinds';

/**
 * Whether a law stops the response clock while the company waits for information it asked the
 * person for (a request to clarify what they want), and the rule that says so.
 */
export interface InformationClock {
  readonly paused: boolean;
  readonly citation: string;
}

/**
 * Only the UK GDPR stops the clock: Art. 12A (inserted by the Data (Use and Access) Act 2025
 * s. 76, in force 5 February 2026) lets a controller that reasonably needs more information to
 * answer ask for it, and the time to respond does not run until the information is received.
 * The GDPR counts its month from receipt (Art. 12(3)); the CCPA counts 45 days from receipt
 * "regardless of time required to verify" (regs 7021(b)); the US state laws count from receipt
 * of the request and give no pause.
 */
const UK_PAUSE: InformationClock = { paused: true, citation: 'UK GDPR Art. 12A' };
const RUNS_FROM_RECEIPT: InformationClock = { paused: false, citation: '' };

export function informationClockOf(regime: Regime): InformationClock {
  return regime === 'uk_gdpr' ? UK_PAUSE : RUNS_FROM_RECEIPT;
}

/**
 * The response deadline once the person has answered a question: unchanged where the law keeps
 * the clock running; later by the calendar days between the day we asked and the day the
 * answer reached the company where the law stops it (each day counted in the company's zone).
 */
export function dueDateAfterAnswer(
  due: DueDate,
  asked: { askedAt: Date; answerReceivedAt: Date },
  timeZone: string,
): DueDate {
  const clock = informationClockOf(due.basis.regime);
  if (!clock.paused || due.basis.kind !== 'respond') return due;
  const days = daysBetween(asked.askedAt, asked.answerReceivedAt, timeZone);
  if (days <= 0) return due;
  const basis: DueDateBasis = {
    ...due.basis,
    paused: { days: (due.basis.paused?.days ?? 0) + days, citation: clock.citation },
  };
  return dueDateOn(addDays(parseCalendarDate(due.dueOn), days), basis, timeZone);
}

function daysBetween(from: Date, to: Date, timeZone: string): number {
  const start = Date.parse(formatCalendarDate(calendarDateIn(from, timeZone)));
  const end = Date.parse(formatCalendarDate(calendarDateIn(to, timeZone)));
  return Math.round((end - start) / 86_400_000);
}
