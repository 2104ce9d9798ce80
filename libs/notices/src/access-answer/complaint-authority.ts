import { type LawSettings, type Regime, authoritiesFor, privacyLaw } from '@rightsdesk/domain';

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

/** Which wording of rights and complaint applies. */
export type ComplaintLaw = 'gdpr' | 'uk' | 'ccpa' | 'state' | 'other';

/**
 * Who a person complains to about the answer they got (GDPR Art. 15(1)(f) and 77; UK GDPR
 * Art. 77; Civ. Code 1798.199.10; each state law's Attorney General), from the law table: the
 * authorities of the person's law, under the GDPR the one of their own country (the law table
 * points anyone else to the authority of their country, plus the company's lead one). Company
 * policy names the authority of the place the person lives, where the table has one.
 */
export function complaintAuthorityFor(
  regime: Regime,
  residence: AnswerResidence | undefined,
  settings: Pick<LawSettings, 'leadAuthorityCountry'> = {},
): {
  law: ComplaintLaw;
  lawName: { en: string; es: string };
  authorities: ComplaintAuthority[];
  /** Whether the law gives an appeal of a refusal. */
  appeal: boolean;
} {
  const law = privacyLaw(regime);
  const kind: ComplaintLaw =
    law.id === 'gdpr'
      ? 'gdpr'
      : law.id === 'uk_gdpr'
        ? 'uk'
        : law.id === 'ccpa'
          ? 'ccpa'
          : law.jurisdiction.kind === 'us_state'
            ? 'state'
            : 'other';
  const authorities = authoritiesFor(law, residence, settings).map((authority) => ({
    name: { en: authority.name.en, es: authority.name.es },
    website: authority.complaintUrl ?? `https://${authority.website}`,
  }));
  return {
    law: kind,
    lawName: { en: law.label.en, es: law.label.es },
    authorities,
    appeal: law.appeal !== undefined,
  };
}
