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
