import { Regime } from './request-kinds';

/** EU and EEA countries, plus the UK and Switzerland whose laws mirror the GDPR's clock. */
const GDPR_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'GB',
  'CH',
]);

/** US states with a comprehensive privacy law whose clock Rightsdesk runs. */
const US_STATE_REGIMES: Record<string, Regime> = {
  CA: 'ccpa',
  VA: 'vcdpa',
  CO: 'cpa',
  CT: 'ctdpa',
  TX: 'tdpsa',
};

export interface Residence {
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** ISO 3166-2 subdivision without the country prefix, e.g. "CA" for California. */
  region?: string;
}

/**
 * The regime follows from where the person says they live; anywhere else gets the company's
 * configured default (counsel chooses it; CCPA for a California company by default).
 */
export function regimeFor(residence: Residence | undefined, fallback: Regime): Regime {
  if (!residence) return fallback;
  const country = residence.country.toUpperCase();
  if (GDPR_COUNTRIES.has(country)) return 'gdpr';
  if (country === 'US' && residence.region) {
    return US_STATE_REGIMES[residence.region.toUpperCase()] ?? fallback;
  }
  return fallback;
}
