import { Language } from '@rightsdesk/domain';
import { dateTimeFormat, relativeTimeFormat } from '@rightsdesk/messages';

const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

/** A calendar day ("2027-01-09") in words: "9 January 2027", "9 de enero de 2027". */
export function calendarDateInWords(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** When to try again, relative to now: "in 15 minutes", "dentro de 2 horas". */
export function retryInWords(seconds: number, language: Language): string {
  const format = relativeTimeFormat(language, { numeric: 'auto' });
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes < 90
    ? format.format(minutes, 'minute')
    : format.format(Math.ceil(minutes / 60), 'hour');
}

/** The due day in words: the stored calendar day when there is one, else the instant's day. */
export function dueDayInWords(
  due: { dueOn: string | null; dueAt: string },
  language: Language,
  timeZone: string,
): string {
  if (due.dueOn) return calendarDateInWords(due.dueOn, language);
  return dateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(
    new Date(due.dueAt),
  );
}

/** The day of an instant, as the company's calendar shows it: "25 December 2026". */
export function dayInWords(instant: Date, language: Language, timeZone: string): string {
  return dateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(instant);
}
