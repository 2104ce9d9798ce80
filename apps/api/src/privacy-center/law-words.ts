import { Language, LawSettings, Period, Regime, privacyLaw } from '@rightsdesk/domain';
import { lawFactsFor } from '@rightsdesk/notices';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { residenceOf } from '@rightsdesk/requests';
import { Messages } from './i18n/messages';

/**
 * The person's law as the privacy center says it, filled from the law table: adding a law adds
 * no words here. The appeal and the authority follow the law of the request (an appeal carries
 * the appealed request's residence), and under the GDPR the authority of the country the person
 * lives in.
 */
export interface LawWords {
  /** "We handle your request under the UK GDPR.", or the company-policy sentence. */
  readonly applies: string;
  /** "the Information Commissioner's Office (ICO) (ico.org.uk)"; absent when there is none. */
  readonly authorities?: string;
  /** The law names the courts too (GDPR and UK GDPR Art. 12(4), Art. 79). */
  readonly court: boolean;
  /** Present only where the law gives an appeal: its name and clock in words. */
  readonly appeal?: { readonly law: string; readonly period: string; readonly extension?: string };
}

export function lawWordsFor(
  request: Pick<DataSubjectRequest, 'regime' | 'residenceCountry' | 'residenceRegion'>,
  language: Language,
  t: Messages,
  settings: Pick<LawSettings, 'leadAuthorityCountry'> = {},
): LawWords {
  const law = privacyLaw(request.regime as Regime);
  const facts = lawFactsFor(law.id, residenceOf(request), language, settings);
  const period = (rule: Period) => t.law.period(rule);
  return {
    applies:
      law.jurisdiction.kind === 'none' ? t.status.lawPolicy : t.status.lawApplies(facts.label),
    authorities: facts.authorities,
    court: facts.court,
    appeal: law.appeal && {
      law: facts.label,
      period: period(law.appeal.period),
      extension: law.appeal.extension && period(law.appeal.extension.period),
    },
  };
}
