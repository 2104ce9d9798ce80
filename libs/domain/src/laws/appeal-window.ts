import { addDays, calendarDateIn, endOfDayIn } from '../calendar-date';
import type { PrivacyLaw } from './privacy-law';

/**
 * The last moment a person may appeal a decision under their law: the end of the day, in their
 * own time zone, `reasonableDays` after the day they got it where the law says only "a
 * reasonable period", or the law's own period where it sets one. Undefined where the law gives no
 * appeal.
 */
export function appealOpenUntil(
  law: PrivacyLaw,
  decidedAt: Date,
  reasonableDays: number,
  timeZone: string,
): Date | undefined {
  const window = law.appealWindow;
  if (!window) return undefined;
  const decidedOn = calendarDateIn(decidedAt, timeZone);
  const lastDay = addDays(decidedOn, window.kind === 'days' ? window.days : reasonableDays);
  return endOfDayIn(lastDay, timeZone);
}
