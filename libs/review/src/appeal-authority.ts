import { Language, Regime, hasAppealClock, privacyLaw } from '@rightsdesk/domain';

const AT: Record<Language, string> = { en: 'at', es: 'en' };

/**
 * Who a person may complain to when their appeal is refused, with where to file, from the law
 * table: the state Attorney General or its consumer protection office, in the person's language
 * (e.g. "the Maryland Attorney General (Consumer Protection Division), at https://…"). Laws
 * without an appeal have no entry: a refusal names their authority instead.
 */
export function appealAuthorityFor(regime: Regime, language: Language = 'en'): string | undefined {
  if (!hasAppealClock(regime)) return undefined;
  const [authority] = privacyLaw(regime).authorities;
  if (!authority) return undefined;
  const where = authority.complaintUrl ?? authority.website;
  return `${authority.name[language]}, ${AT[language]} ${where}`;
}
