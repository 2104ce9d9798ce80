import {
  Language,
  LawSettings,
  Period,
  Regime,
  calendarDateIn,
  courtesyTo,
  privacyLaw,
} from '@rightsdesk/domain';
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

/** What telling a courtesy apart needs: the laws switched off, and the company's calendar zone. */
type CourtesySettings = Pick<LawSettings, 'switchedOff'> & { timeZone?: string };

export function lawWordsFor(
  request: Pick<
    DataSubjectRequest,
    'regime' | 'type' | 'receivedAt' | 'residenceCountry' | 'residenceRegion'
  >,
  language: Language,
  t: Messages,
  settings: CourtesySettings & Pick<LawSettings, 'leadAuthorityCountry'> = {},
): LawWords {
  const law = privacyLaw(request.regime as Regime);
  const facts = lawFactsFor(law.id, residenceOf(request), language, settings);
  const period = (rule: Period) => t.law.period(rule);
  return {
    applies: appliesIn(request, law.jurisdiction.kind === 'none', facts.label, t, settings),
    authorities: facts.authorities,
    court: facts.court,
    appeal: law.appeal && {
      law: facts.label,
      period: period(law.appeal.period),
      extension: law.appeal.extension && period(law.appeal.extension.period),
    },
  };
}

/** Which law applies, in a sentence; a right the person's law does not give is said to be a courtesy. */
function appliesIn(
  request: Parameters<typeof lawWordsFor>[0],
  underPolicy: boolean,
  label: string,
  t: Messages,
  settings: CourtesySettings,
): string {
  if (!underPolicy) return t.status.lawApplies(label);
  return courtesySentence(request, t, settings) ?? t.status.lawPolicy;
}

/**
 * "The Iowa ICDPA does not give you a right to have your data corrected. We will still do it…",
 * for a request the company honours only by its policy; undefined for any other request.
 */
export function courtesySentence(
  request: Parameters<typeof lawWordsFor>[0],
  t: Messages,
  settings: CourtesySettings,
): string | undefined {
  const home = courtesyTo(
    {
      regime: request.regime as Regime,
      type: request.type,
      residence: residenceOf(request),
      receivedOn: calendarDateIn(request.receivedAt, settings.timeZone ?? 'UTC'),
    },
    settings,
  );
  return home && t.status.lawCourtesy({ law: home.label[t.lang], right: request.type });
}
