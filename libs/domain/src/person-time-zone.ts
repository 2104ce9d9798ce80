// The zone most of a country's (or a US state's) people live in. Countries with several zones
// and no clear majority are left out: their people read the company's zone, named.
const COUNTRY_ZONES: Readonly<Record<string, string>> = {
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

const US_STATE_ZONES: Readonly<Record<string, string>> = {
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

/** What a request knows of where its person is: the zone their browser sent, and residence. */
export interface PersonWhereabouts {
  readonly timeZone?: string | null;
  readonly residenceCountry?: string | null;
  readonly residenceRegion?: string | null;
}

/** The zone of the place a person lives (ISO 3166 codes), where one zone serves most of it. */
export function residenceTimeZone(
  country: string | null | undefined,
  region?: string | null,
): string | undefined {
  const place = country?.toUpperCase();
  if (place === 'US') return US_STATE_ZONES[region?.toUpperCase() ?? ''];
  return place ? COUNTRY_ZONES[place] : undefined;
}

/**
 * The one rule for the zone a person reads times in, on every surface (status page, emails,
 * letters, report): the zone their browser sent; else the zone of where they live; else the
 * company's, which the page then names. A request filed over the API carries no browser zone,
 * and a person in Madrid should not read Los Angeles times on one page and Madrid on another.
 */
export function personTimeZone(person: PersonWhereabouts, companyZone: string): string {
  return (
    person.timeZone ??
    residenceTimeZone(person.residenceCountry, person.residenceRegion) ??
    companyZone
  );
}
