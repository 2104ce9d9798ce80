import { dateTimeFormat } from './cached-formats';

/**
 * Dates and times as a person reads them, one format everywhere (pages, notices, letters,
 * reports, the console): dates in words ("7 January 2027", "7 de enero de 2027") and times with
 * their zone named in words and by its IANA name, so nobody has to guess whose clock it is:
 * "7 January 2027, 14:05 Central European Standard Time (Europe/Madrid)".
 */

/** A calendar day as stored (YYYY-MM-DD), or an instant. */
export type DateLike = Date | string;

/** Day-first English and Spanish, as the issue asks ("7 January 2027"), whatever the UI locale. */
const LOCALES: Readonly<Record<string, string>> = { en: 'en-GB', es: 'es-ES' };

function localeOf(language: string): string {
  return LOCALES[language] ?? LOCALES.en;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

function instantOf(date: DateLike): Date {
  if (date instanceof Date) return date;
  // A bare calendar day is read at noon UTC so that no zone moves it to the day before or after.
  return new Date(CALENDAR_DAY.test(date) ? `${date}T12:00:00Z` : date);
}

/** True when `zone` is an IANA time zone name this runtime knows (e.g. Europe/Madrid). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The date in words: "7 January 2027" / "7 de enero de 2027". A calendar day (YYYY-MM-DD) is
 * that day; an instant is the day it was in `zone` (UTC unless told).
 */
export function dateInWords(date: DateLike, language: string, zone = 'UTC'): string {
  const instant = instantOf(date);
  const timeZone = typeof date === 'string' && CALENDAR_DAY.test(date) ? 'UTC' : zone;
  return dateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone }).format(instant);
}

function zoneNameAt(instant: Date, language: string, zone: string, style: 'long' | 'longGeneric') {
  const parts = dateTimeFormat(localeOf(language), { timeZone: zone, timeZoneName: style })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName');
  return parts?.value ?? zone;
}

/**
 * The zone in words with its IANA name, for a "Dates in" line or a staff page's clock:
 * "Pacific Time (America/Los_Angeles)", "hora de Europa central (Europe/Madrid)".
 */
export function zoneInWords(zone: string, language: string): string {
  const generic = zoneNameAt(new Date(), language, zone, 'longGeneric');
  // Zones with no generic name (UTC) come back as an offset; their long name reads better.
  const name = /^GMT[+-]/.test(generic) ? zoneNameAt(new Date(), language, zone, 'long') : generic;
  return `${name} (${zone})`;
}

/**
 * An instant with its zone: "7 January 2027, 14:05 Central European Standard Time (Europe/Madrid)",
 * "7 de enero de 2027, 14:05, hora estándar de Europa central (Europe/Madrid)". The zone's name
 * is the one in force at that instant (summer or standard time).
 */
export function timeWithZone(instant: DateLike, language: string, zone: string): string {
  const at = instantOf(instant);
  const locale = localeOf(language);
  const day = dateTimeFormat(locale, { dateStyle: 'long', timeZone: zone }).format(at);
  const clock = dateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(at);
  const name = zoneNameAt(at, language, zone, 'long');
  return language === 'es'
    ? `${day}, ${clock}, ${name} (${zone})`
    : `${day}, ${clock} ${name} (${zone})`;
}

/**
 * An instant for a table column whose zone is named once above it (a report's "Dates in" line):
 * "7 Jan 2027, 14:05" / "7 ene 2027, 14:05", in `zone`, never a UTC "Z" time.
 */
export function shortTimeIn(instant: DateLike, language: string, zone: string): string {
  const at = instantOf(instant);
  const locale = localeOf(language);
  const day = dateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone }).format(at);
  const clock = dateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(at);
  return `${day}, ${clock}`;
}
