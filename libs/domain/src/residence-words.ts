import { US_STATE_NAMES } from './us-states';

/**
 * Where a person said they live, in English words for staff and reports: "California, United
 * States", "Japan", or "Not given". Country names come from the runtime's CLDR data.
 */
export function residenceInWords(country: string | null, region: string | null): string {
  if (!country) return 'Not given';
  const countryName = countryInWords(country);
  if (!region) return countryName;
  const regionName =
    country === 'US' ? ((US_STATE_NAMES as Record<string, string>)[region] ?? region) : region;
  return `${regionName}, ${countryName}`;
}

function countryInWords(country: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}
