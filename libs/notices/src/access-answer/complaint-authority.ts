import type { Regime } from '@rightsdesk/domain';

/** Where a person lives, as they told us at intake (ISO 3166 codes). */
export interface AnswerResidence {
  country: string;
  region?: string;
}

/** A body a person can complain to, named in their language, with where to reach it. */
export interface ComplaintAuthority {
  name: { en: string; es: string };
  website: string;
}

/** Which paragraph of the complaint wording applies. */
export type ComplaintLaw = 'gdpr' | 'uk' | 'ccpa' | 'state' | 'other';

// GDPR Art. 77: the supervisory authority of the member state of residence, work or infringement.
const EU_AUTHORITIES: Record<string, ComplaintAuthority> = {
  ES: {
    name: {
      en: 'the Spanish Data Protection Agency (Agencia Española de Protección de Datos, AEPD)',
      es: 'la Agencia Española de Protección de Datos (AEPD)',
    },
    website: 'https://www.aepd.es',
  },
  FR: {
    name: {
      en: 'the French data protection authority (CNIL)',
      es: 'la autoridad francesa de protección de datos (CNIL)',
    },
    website: 'https://www.cnil.fr',
  },
  DE: {
    name: {
      en: 'the Federal Commissioner for Data Protection and Freedom of Information (BfDI), or the data protection authority of your German state',
      es: 'el Comisionado Federal de Protección de Datos y Libertad de Información (BfDI), o la autoridad de protección de datos de su estado federado',
    },
    website: 'https://www.bfdi.bund.de',
  },
  IE: {
    name: {
      en: 'the Data Protection Commission (Ireland)',
      es: 'la Comisión de Protección de Datos de Irlanda (DPC)',
    },
    website: 'https://www.dataprotection.ie',
  },
  IT: {
    name: {
      en: 'the Italian data protection authority (Garante per la protezione dei dati personali)',
      es: 'la autoridad italiana de protección de datos (Garante per la protezione dei dati personali)',
    },
    website: 'https://www.garanteprivacy.it',
  },
  NL: {
    name: {
      en: 'the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)',
      es: 'la autoridad neerlandesa de protección de datos (Autoriteit Persoonsgegevens)',
    },
    website: 'https://www.autoriteitpersoonsgegevens.nl',
  },
  PT: {
    name: {
      en: 'the Portuguese data protection authority (CNPD)',
      es: 'la autoridad portuguesa de protección de datos (CNPD)',
    },
    website: 'https://www.cnpd.pt',
  },
};

const EDPB_MEMBERS = 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en';

const ICO: ComplaintAuthority = {
  name: {
    en: 'the Information Commissioner’s Office (ICO)',
    es: 'la Information Commissioner’s Office (ICO), la autoridad de protección de datos del Reino Unido',
  },
  website: 'https://ico.org.uk/make-a-complaint/',
};

const FDPIC: ComplaintAuthority = {
  name: {
    en: 'the Federal Data Protection and Information Commissioner (FDPIC)',
    es: 'el Comisionado Federal de Protección de Datos e Información de Suiza (FDPIC)',
  },
  website: 'https://www.edoeb.admin.ch',
};

// CCPA: Civ. Code 1798.199.10 (the agency) and 1798.199.90 (the Attorney General).
const CALIFORNIA: ComplaintAuthority = {
  name: {
    en: 'the California Privacy Protection Agency, or the California Attorney General',
    es: 'la Agencia de Protección de la Privacidad de California (CPPA) o el Fiscal General de California',
  },
  website: 'https://cppa.ca.gov/webapplications/complaint',
};

// The state laws are enforced by the state's Attorney General alone.
const STATE_ATTORNEYS: Partial<Record<Regime, ComplaintAuthority>> = {
  vcdpa: attorney('Virginia', 'https://www.oag.state.va.us/consumer-protection/'),
  cpa: attorney('Colorado', 'https://coag.gov/file-complaint/'),
  ctdpa: attorney('Connecticut', 'https://portal.ct.gov/ag/common/complaint-form-landing-page'),
  tdpsa: attorney(
    'Texas',
    'https://www.texasattorneygeneral.gov/consumer-protection/file-consumer-complaint',
  ),
};

function attorney(state: string, website: string): ComplaintAuthority {
  return {
    name: { en: `the ${state} Attorney General`, es: `el Fiscal General de ${state}` },
    website,
  };
}

/**
 * Who a person complains to about the answer they got (GDPR Art. 15(1)(f) and 77; UK GDPR
 * Art. 77; Civ. Code 1798.199.10; the state laws' Attorney General), from their regime and
 * where they live. `null` name means "the authority of your country" (a GDPR resident of a
 * country not listed), with the EDPB's list of every authority.
 */
export function complaintAuthorityFor(
  regime: Regime,
  residence: AnswerResidence | undefined,
): { law: ComplaintLaw; authority: ComplaintAuthority | null; website: string } {
  const country = residence?.country.toUpperCase();
  if (regime === 'gdpr') {
    if (country === 'GB') return { law: 'uk', authority: ICO, website: ICO.website };
    if (country === 'CH') return { law: 'gdpr', authority: FDPIC, website: FDPIC.website };
    const authority = (country && EU_AUTHORITIES[country]) || null;
    return { law: 'gdpr', authority, website: authority?.website ?? EDPB_MEMBERS };
  }
  if (regime === 'ccpa') return { law: 'ccpa', authority: CALIFORNIA, website: CALIFORNIA.website };
  const state = STATE_ATTORNEYS[regime];
  if (state) return { law: 'state', authority: state, website: state.website };
  return { law: 'other', authority: null, website: EDPB_MEMBERS };
}
