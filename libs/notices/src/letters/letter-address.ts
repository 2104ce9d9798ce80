/** A postal address as the subject gave it (the shape of SubjectIdentity.postalAddress). */
export interface LetterRecipient {
  name?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

/** Countries that write "CITY REGION POSTCODE" on one line; most others put the code first. */
const CITY_FIRST = new Set(['US', 'CA', 'AU', 'GB', 'IE']);

/**
 * The address block, line by line. The country is the last line, in English capitals, unless
 * the letter stays in the sender's country (UPU convention; USPS Pub. 28 §6).
 */
export function addressLines(recipient: LetterRecipient, homeCountry: string): string[] {
  const country = recipient.country.toUpperCase();
  const cityLine = CITY_FIRST.has(country)
    ? [recipient.city, recipient.region, recipient.postalCode].filter(Boolean).join(' ')
    : [`${recipient.postalCode} ${recipient.city}`, recipient.region].filter(Boolean).join(', ');
  const countryName =
    country === homeCountry.toUpperCase()
      ? undefined
      : (new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country).toUpperCase();
  return [recipient.name, recipient.line1, recipient.line2, cityLine, countryName].filter(
    (line): line is string => Boolean(line && line.trim()),
  );
}
