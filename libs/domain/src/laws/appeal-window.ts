import { addDays, calendarDateIn, endOfDayIn } from '../calendar-date';
import type { PrivacyLaw } from './privacy-law';

/**
 * The last moment a person may appeal a decision under their law: the end of the day, in their
 * own time zone, so many days after the day they got it. Where the law says only "a reasonable
 * period", that is the company's own number where an admin set one (`companyDays`), else the
 * product's reading held in the law table; where the law sets a period, that period. Undefined
 * where the law gives no appeal.
 */
export function appealOpenUntil(
  law: PrivacyLaw,
  decidedAt: Date,
  companyDays: number | undefined,
  timeZone: string,
): Date | undefined {
  const window = law.appealWindow;
  if (!window) return undefined;
  const length = window.kind === 'days' ? window.days : (companyDays ?? window.days);
  return endOfDayIn(addDays(calendarDateIn(decidedAt, timeZone), length), timeZone);
}
