import { CalendarDate, calendarDateIn } from './calendar-date';
import { Language } from './request-kinds';

export interface TimeLeft {
  readonly state: 'open' | 'due_today' | 'overdue';
  /** Whole company-calendar days until the due day (open) or since it (overdue); 0 today. */
  readonly days: number;
  /** e.g. "12 days left", "due today", "3 days overdue" (or in Spanish). */
  readonly text: string;
}

/**
 * Time left on a deadline in plain words for the staff queue and the status page (CCPA
 * regs 7021; GDPR Art. 12(3)). Counted in calendar days in the company's time zone, as the deadlines are: a request due
 * on Friday reads "due today" all Friday, and "1 day overdue" from Saturday 00:00.
 */
export function timeLeft(
  dueAt: Date,
  now: Date,
  timeZone: string,
  language: Language = 'en',
): TimeLeft {
  const days =
    dayNumber(calendarDateIn(dueAt, timeZone)) - dayNumber(calendarDateIn(now, timeZone));
  const words = WORDS[language];
  if (now.getTime() > dueAt.getTime()) {
    const late = Math.max(1, -days);
    return { state: 'overdue', days: late, text: words.overdue(late) };
  }
  if (days <= 0) return { state: 'due_today', days: 0, text: words.dueToday };
  return { state: 'open', days, text: words.left(days) };
}

function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

const WORDS: Record<
  Language,
  { left(days: number): string; dueToday: string; overdue(days: number): string }
> = {
  en: {
    left: (days) => `${days} ${days === 1 ? 'day' : 'days'} left`,
    dueToday: 'due today',
    overdue: (days) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
  },
  es: {
    left: (days) => (days === 1 ? 'queda 1 día' : `quedan ${days} días`),
    dueToday: 'vence hoy',
    overdue: (days) => `${days} ${days === 1 ? 'día' : 'días'} de retraso`,
  },
};

/** Just the words, for views; a closed request has no clock left to show. */
export function describeTimeLeft(
  dueAt: Date,
  now: Date,
  timeZone: string,
  closed = false,
  language: Language = 'en',
): string {
  if (closed) return language === 'es' ? 'cerrada' : 'closed';
  return timeLeft(dueAt, now, timeZone, language).text;
}
