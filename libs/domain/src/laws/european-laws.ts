import { days, months } from '../clock-rule';
import type { Authority, PrivacyLaw } from './privacy-law';
import { ALL_FOUR } from './state-law';

/** EU member states and the EEA countries (Iceland, Liechtenstein, Norway) where the GDPR applies. */
export const EU_EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const; // prettier-ignore

/**
 * National data protection authorities named to a person who lives in that country; anyone else
 * under the GDPR is pointed to the authority of their own country through the EDPB's list.
 */
export const NATIONAL_AUTHORITIES: Readonly<Record<string, Authority>> = {
  ES: {
    name: {
      en: 'the Spanish Data Protection Agency (AEPD)',
      es: 'la Agencia Española de Protección de Datos (AEPD)',
    },
    website: 'www.aepd.es',
    complaintUrl: 'https://sedeagpd.gob.es/sede-electronica-web/',
  },
  FR: {
    name: {
      en: 'the French data protection authority (CNIL)',
      es: 'la autoridad francesa de protección de datos (CNIL)',
    },
    website: 'www.cnil.fr',
    complaintUrl: 'https://www.cnil.fr/fr/plaintes',
  },
  IE: {
    name: {
      en: 'the Irish Data Protection Commission',
      es: 'la Comisión de Protección de Datos de Irlanda',
    },
    website: 'www.dataprotection.ie',
  },
  IT: {
    name: {
      en: 'the Italian data protection authority (Garante)',
      es: 'la autoridad italiana de protección de datos (Garante)',
    },
    website: 'www.garanteprivacy.it',
  },
  PT: {
    name: {
      en: 'the Portuguese data protection authority (CNPD)',
      es: 'la autoridad portuguesa de protección de datos (CNPD)',
    },
    website: 'www.cnpd.pt',
  },
};

/** The countries whose authority the company may name as its lead one (GDPR Art. 56). */
export const LEAD_AUTHORITY_COUNTRIES = Object.keys(NATIONAL_AUTHORITIES) as [string, ...string[]];

const YOUR_COUNTRY_AUTHORITY: Authority = {
  name: {
    en: 'the data protection authority of the country where you live or work',
    es: 'la autoridad de protección de datos del país donde vive o trabaja',
  },
  website: 'www.edpb.europa.eu/about-edpb/about-edpb/members_en',
};

const ONE_MONTH_PLUS_TWO = (article: string) => ({
  period: months(1),
  citation: article,
  extension: { period: months(2), citation: article },
});

export const EU_GDPR: PrivacyLaw = {
  id: 'gdpr',
  family: 'gdpr',
  label: { en: 'GDPR', es: 'RGPD' },
  name: {
    en: 'General Data Protection Regulation (EU) 2016/679',
    es: 'Reglamento General de Protección de Datos (UE) 2016/679',
  },
  jurisdiction: {
    kind: 'countries',
    countries: EU_EEA_COUNTRIES,
    name: { en: 'European Union and EEA', es: 'Unión Europea y EEE' },
  },
  inForceFrom: '2018-05-25',
  rights: ALL_FOUR,
  otherRights: ['portability', 'restrict', 'object'],
  respond: ONE_MONTH_PLUS_TWO('GDPR Art. 12(3)'),
  authorities: [YOUR_COUNTRY_AUTHORITY],
  citation: 'Regulation (EU) 2016/679, Arts 12 to 22 and 77',
  threshold:
    'Any company established in the EU, or one outside it that offers goods or services to people in the EU or monitors their behaviour there (Art. 3).',
  sources: [
    {
      title: 'Regulation (EU) 2016/679 (EUR-Lex)',
      url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    },
    { title: 'EDPB members', url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en' },
  ],
};

export const UK_GDPR: PrivacyLaw = {
  id: 'uk_gdpr',
  family: 'gdpr',
  label: { en: 'UK GDPR', es: 'RGPD del Reino Unido' },
  name: {
    en: 'UK GDPR and Data Protection Act 2018',
    es: 'RGPD del Reino Unido y Ley de Protección de Datos de 2018',
  },
  jurisdiction: {
    kind: 'countries',
    countries: ['GB'],
    name: { en: 'United Kingdom', es: 'Reino Unido' },
  },
  inForceFrom: '2021-01-01',
  rights: ALL_FOUR,
  otherRights: ['portability', 'restrict', 'object'],
  respond: ONE_MONTH_PLUS_TWO('UK GDPR Art. 12(3)'),
  authorities: [
    {
      name: {
        en: "the Information Commissioner's Office (ICO)",
        es: 'la Oficina del Comisionado de Información del Reino Unido (ICO)',
      },
      website: 'ico.org.uk',
      complaintUrl: 'https://ico.org.uk/make-a-complaint/',
    },
  ],
  citation:
    'UK GDPR (retained Regulation (EU) 2016/679), Arts 12 to 22 and 77; Data Protection Act 2018',
  threshold:
    'Any company established in the UK, or one outside it that offers goods or services to people in the UK or monitors their behaviour there (UK GDPR Art. 3).',
  sources: [
    {
      title: 'ICO: right of access, time limits',
      url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/',
    },
    { title: 'ICO: make a complaint', url: 'https://ico.org.uk/make-a-complaint/' },
  ],
};

/**
 * A person in no modelled jurisdiction (or whose law the company is not subject to): answered
 * under the company's own policy, on the same 45 days (and 45 more) it keeps for US laws, with no
 * statutory appeal and no regulator to name.
 */
export const COMPANY_POLICY: PrivacyLaw = {
  id: 'company_policy',
  family: 'company',
  label: { en: 'Company policy', es: 'Política de la empresa' },
  name: { en: "The company's privacy policy", es: 'La política de privacidad de la empresa' },
  jurisdiction: {
    kind: 'none',
    name: { en: 'Anywhere else', es: 'Cualquier otro lugar' },
  },
  rights: ALL_FOUR,
  otherRights: [],
  respond: {
    period: days(45),
    citation: 'Company privacy policy',
    extension: { period: days(45), citation: 'Company privacy policy' },
  },
  authorities: [],
  citation: 'Company privacy policy (no statute)',
  threshold: 'Everyone the company holds data about who is under none of the laws above.',
  sources: [],
};
