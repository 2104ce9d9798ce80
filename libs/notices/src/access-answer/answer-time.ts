import { dateTimeFormat } from '@rightsdesk/messages';
import type { AnswerResidence } from './complaint-authority';

// The zone most of a country's (or a US state's) people live in. Countries with several zones
// and no clear majority are left out: their people read the company's zone, named.
const COUNTRY_ZONES: Record<string, string> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  CH: 'Europe/Zurich',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  GR: 'Europe/Athens',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  SE: 'Europe/Stockholm',
  MX: 'America/Mexico_City',
};

const US_STATE_ZONES: Record<string, string> = {
  CA: 'America/Los_Angeles',
  OR: 'America/Los_Angeles',
  WA: 'America/Los_Angeles',
  CO: 'America/Denver',
  UT: 'America/Denver',
  MT: 'America/Denver',
  TX: 'America/Chicago',
  IA: 'America/Chicago',
  MN: 'America/Chicago',
  NE: 'America/Chicago',
  TN: 'America/Chicago',
  VA: 'America/New_York',
  CT: 'America/New_York',
  DE: 'America/New_York',
  NH: 'America/New_York',
  NJ: 'America/New_York',
  MD: 'America/New_York',
  RI: 'America/New_York',
  IN: 'America/Indiana/Indianapolis',
  KY: 'America/New_York',
};

/** The person's zone where their residence tells it, otherwise the company's. */
export function answerTimeZone(
  residence: AnswerResidence | undefined,
  companyZone: string,
): string {
  const country = residence?.country.toUpperCase();
  if (country === 'US')
    return US_STATE_ZONES[residence?.region?.toUpperCase() ?? ''] ?? companyZone;
  return (country && COUNTRY_ZONES[country]) || companyZone;
}

const LOCALES = { en: 'en-GB', es: 'es-ES' } as const;

/** A zone named for people, e.g. "Central European Standard Time (Europe/Madrid)". */
export function zoneInWords(zone: string, language: 'en' | 'es', at: Date): string {
  const part = dateTimeFormat(LOCALES[language], { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(at)
    .find((piece) => piece.type === 'timeZoneName');
  return part ? `${part.value} (${zone})` : zone;
}

/** "7 January 2027, 14:05" / "7 de enero de 2027, 14:05" in `zone`; the zone is named once per report. */
export function timeInWords(at: Date, language: 'en' | 'es', zone: string): string {
  return dateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zone,
  }).format(at);
}

/** A calendar day in words, "7 January 2027"; `day` is YYYY-MM-DD or a Date read in UTC. */
export function dayInWords(day: string | Date, language: 'en' | 'es'): string {
  const at = typeof day === 'string' ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : day;
  return dateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}
