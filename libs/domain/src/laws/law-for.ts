import { CalendarDate, formatCalendarDate } from '../calendar-date';
import {
  type Regime,
  type RequestType,
  SUBMITTABLE_TYPES,
  type SubmittableType,
} from '../request-kinds';
import { NATIONAL_AUTHORITIES } from './european-laws';
import { PRIVACY_LAW_LIST, privacyLaw } from './law-table';
import type { Authority, PrivacyLaw } from './privacy-law';

export interface Residence {
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** ISO 3166-2 subdivision without the country prefix, e.g. "CA" for California. */
  region?: string;
}

/** What an installation decides about the laws, from the admin's settings. */
export interface LawSettings {
  /**
   * Laws whose threshold the company does not meet (e.g. it holds data on fewer than 35,000
   * Marylanders): their residents are answered under the company's policy instead.
   */
  readonly switchedOff?: readonly Regime[];
  /** The law for a person who did not say where they live; the company's policy when absent. */
  readonly whenResidenceUnknown?: Regime;
  /** The company's lead supervisory authority under the GDPR (Art. 56), by country code. */
  readonly leadAuthorityCountry?: string;
  /**
   * "Offer every right to everyone": a right the person's law does not give is still honoured,
   * under the company's privacy policy and its deadline, and the person is told so. Off, such a
   * request is refused at intake with the reason.
   */
  readonly offerEveryRight?: boolean;
}

/**
 * Whether `law` gives a person the right to make a request of `type` received on `receivedOn`:
 * the type is among its rights, and a right added later (rightsFrom) was in force that day.
 * The company's policy gives every right; an appeal is not a type a law lists here.
 */
export function givesRight(law: PrivacyLaw, type: RequestType, receivedOn: CalendarDate): boolean {
  if (!isSubmittable(type) || law.family === 'company') return true;
  const from = law.rightsFrom?.[type];
  return (
    law.rights.includes(type) && (from === undefined || from <= formatCalendarDate(receivedOn))
  );
}

function isSubmittable(type: RequestType): type is SubmittableType {
  return (SUBMITTABLE_TYPES as readonly string[]).includes(type);
}

/**
 * The person's own law, where a request runs under the company's policy only because that law
 * does not give the right asked for (a courtesy: "Offer every right to everyone"); undefined for
 * a request under a law that gives it, or for a person whose place has no law in force.
 */
export function courtesyTo(
  request: { regime: Regime; type: RequestType; residence?: Residence; receivedOn: CalendarDate },
  settings: Pick<LawSettings, 'switchedOff'> = {},
): PrivacyLaw | undefined {
  if (request.regime !== 'company_policy' || !request.residence) return undefined;
  const home = lawFor(request.residence, request.receivedOn, { switchedOff: settings.switchedOff });
  return givesRight(home, request.type, request.receivedOn) ? undefined : home;
}

/** Whether `law` was in force on the calendar day a request was received. */
export function inForceOn(law: PrivacyLaw, receivedOn: CalendarDate): boolean {
  return law.inForceFrom === undefined || law.inForceFrom <= formatCalendarDate(receivedOn);
}

/** The law whose jurisdiction covers `residence`, whether or not it is in force yet. */
export function lawCovering(residence: Residence): PrivacyLaw | undefined {
  const country = residence.country.toUpperCase();
  const region = residence.region?.toUpperCase();
  return PRIVACY_LAW_LIST.find(({ jurisdiction }) => {
    switch (jurisdiction.kind) {
      case 'countries':
        return jurisdiction.countries.includes(country);
      case 'us_state':
        return country === 'US' && region === jurisdiction.state;
      case 'none':
        return false;
    }
  });
}

/**
 * The law a request runs under: the one covering where the person lives, if it was in force on
 * the day of receipt and the admin has not switched it off; otherwise the company's policy
 * (recorded as `company_policy`, never as another place's law).
 */
export function lawFor(
  residence: Residence | undefined,
  receivedOn: CalendarDate,
  settings: LawSettings = {},
): PrivacyLaw {
  if (!residence) return privacyLaw(settings.whenResidenceUnknown ?? 'company_policy');
  const law = lawCovering(residence);
  if (!law || !inForceOn(law, receivedOn) || settings.switchedOff?.includes(law.id)) {
    return privacyLaw('company_policy');
  }
  return law;
}

/**
 * Whom a person complains to: the law's authorities, and under the GDPR the authority of the
 * person's own country where it is known, plus the company's lead authority where configured.
 * A person answered under the company's policy (their law not yet in force, or switched off
 * because the company is under its threshold) may still complain to the authority of the place
 * they live: a refusal on the company's own grounds names it as a refusal under the law would.
 */
export function authoritiesFor(
  law: PrivacyLaw,
  residence?: Residence,
  settings: Pick<LawSettings, 'leadAuthorityCountry'> = {},
): readonly Authority[] {
  if (law.family === 'company') {
    const home = residence && lawCovering(residence);
    return home ? authoritiesFor(home, residence, settings) : [];
  }
  if (law.id !== 'gdpr') return law.authorities;
  const own = residence && NATIONAL_AUTHORITIES[residence.country.toUpperCase()];
  const lead = settings.leadAuthorityCountry
    ? NATIONAL_AUTHORITIES[settings.leadAuthorityCountry.toUpperCase()]
    : undefined;
  const named = [own ?? law.authorities[0], lead].filter((a): a is Authority => a !== undefined);
  return [...new Set(named)];
}
