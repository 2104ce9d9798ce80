import { EU_EEA_COUNTRIES } from './laws';
import { Language } from './request-kinds';

/** ISO 3166-1 alpha-2 codes (plus XK, Kosovo) for postal addresses anywhere. */
const ALL_COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO ' +
  'BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ ' +
  'DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP ' +
  'GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG ' +
  'KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML ' +
  'MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE ' +
  'PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL ' +
  'SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM ' +
  'US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/**
 * Residence only decides the regime, so the list is the countries whose law Rightsdesk runs
 * (the GDPR's countries and the UK, from the domain's law table) plus the shop's North American
 * neighbours; everyone else picks "another country" and is answered under the company's policy.
 */
const RESIDENCE_COUNTRY_CODES = ['US', 'CA', 'MX', 'GB', ...EU_EEA_COUNTRIES];

/** Sent for "another country, or I would rather not say"; ISO's code for an unknown region. */
export const OTHER_COUNTRY = 'ZZ';

export interface CountryOption {
  value: string;
  label: string;
}

/** Country names come from the runtime's ICU data, so every language gets them for free. */
function named(codes: readonly string[], language: Language): CountryOption[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  return codes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

export function residenceCountryOptions(language: Language): CountryOption[] {
  return named(RESIDENCE_COUNTRY_CODES, language);
}

export function postalCountryOptions(language: Language): CountryOption[] {
  return named(ALL_COUNTRY_CODES, language);
}
