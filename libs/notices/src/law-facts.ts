import {
  Language,
  LawSettings,
  Regime,
  Residence,
  authoritiesFor,
  privacyLaw,
} from '@rightsdesk/domain';

/** What a notice says about the person's law: its name, the appeal it gives, whom to complain to. */
export interface LawFacts {
  /** The law's short name in the person's language: "UK GDPR", "RGPD", "Maryland MODPA". */
  readonly label: string;
  /** The law gives an appeal to the company (a US state law with an appeal clock). */
  readonly appeal: boolean;
  /** The law names the courts as well as the regulator (GDPR and UK GDPR Art. 12(4), 79). */
  readonly court: boolean;
  /** "the Maryland Attorney General (www.marylandattorneygeneral.gov)", joined with "or". */
  readonly authorities?: string;
}

/**
 * The person's law in words, from the law table: whom they complain to follows where they live
 * (under the GDPR, their own country's authority, then the company's lead one where an admin
 * chose it), never another place's law.
 */
export function lawFactsFor(
  regime: Regime,
  residence: Residence | undefined,
  language: Language,
  settings: Pick<LawSettings, 'leadAuthorityCountry'> = {},
): LawFacts {
  const law = privacyLaw(regime);
  const named = authoritiesFor(law, residence, settings).map(
    (authority) => `${authority.name[language]} (${authority.website})`,
  );
  return {
    label: law.label[language],
    appeal: law.appeal !== undefined,
    court: law.jurisdiction.kind === 'countries',
    authorities:
      named.length > 0
        ? new Intl.ListFormat(language, { type: 'disjunction' }).format(named)
        : undefined,
  };
}
