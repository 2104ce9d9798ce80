import { EntityManager } from 'typeorm';
import {
  Language,
  appealOpenUntil,
  calendarDateIn,
  courtesyTo,
  deadlineSentence,
  informationClockOf,
  personTimeZone,
  privacyLaw,
} from '@rightsdesk/domain';
import { dateInWords, timeWithZone } from '@rightsdesk/messages';
import { AccessPackage, DataSubjectRequest } from '@rightsdesk/persistence';
import { residenceOf } from '@rightsdesk/requests';
import { textIn, type PeopleWords } from '@rightsdesk/data-map';
import { CompanyIdentity } from './company-identity';
import { NoticeFacts } from './notice-content';
import { NoticeKind } from './notice-catalogue';
import { completionOutcomes } from './completion-outcomes';
import { lawFactsFor } from './law-facts';
import { accessAnswerOfPackage } from './access-answer/answer-of-package';

/** What a notice is rendered about: the request, who sends it, how it goes and in what words. */
export interface NoticeSubjectMatter {
  request: DataSubjectRequest;
  kind: NoticeKind;
  company: CompanyIdentity;
  channel: 'email' | 'postal';
  /** Dataset and field names for people: the data map's labels in force. */
  words: PeopleWords;
  /** The company's reasonable period to appeal, where the person's law says only that. */
  appealDays: number;
}

/**
 * The facts every notice template may use, read from the request and what was done for it: the
 * datasets found, the deadline in words, the person's law, and for a completion its outcomes.
 */
export async function noticeFactsFor(
  manager: EntityManager,
  { request, kind, company, channel, words, appealDays }: NoticeSubjectMatter,
): Promise<NoticeFacts> {
  const language = request.language as Language;
  const accessPackage = await manager
    .getRepository(AccessPackage)
    .findOneBy({ requestId: request.id, status: 'ready' });
  return {
    reference: request.reference,
    receivedOn: dateInWords(
      request.receivedAt,
      language,
      personTimeZone(request, company.timeZone),
    ),
    companyName: company.companyName,
    contactEmail: company.contactEmail,
    datasets: accessPackage?.manifest
      .filter((entry) => entry.rows > 0)
      .map(({ system, table, rows }) => ({ label: words.dataset(system, table, language), rows })),
    // In the person's language, naming the law as their language does (RGPD in Spanish); a
    // request from before deadlines had a basis keeps the words stored with it.
    deadline: request.dueRule
      ? deadlineSentence(request.dueRule, language)
      : request.dueExplanation
        ? { sentence: request.dueExplanation, rule: '' }
        : undefined,
    byPost: channel === 'postal',
    clockPausedForInformation: informationClockOf(request.regime).paused,
    companyAddress: company.postalAddress?.filter(Boolean).join(', ') || undefined,
    requestType: request.type,
    law: lawFactsFor(request.regime, residenceOf(request), language, company),
    courtesyLaw: courtesyTo({
      ...request,
      residence: residenceOf(request),
      receivedOn: calendarDateIn(request.receivedAt, company.timeZone),
    })?.label[language],
    appealUntil:
      kind === 'request_denied' ? appealUntil(request, language, company, appealDays) : undefined,
    outcomes:
      kind === 'request_completed'
        ? await completionOutcomes(manager, request.id, {
            dataset: (system, table) => words.dataset(system, table, language),
            field: (system, table, column) => words.field(system, table, column, language),
            record: (system, table, record) => words.record(system, table, record, language),
            text: (text) => textIn(text, language),
          })
        : undefined,
    accessAnswer:
      kind === 'access_completed' && channel === 'postal' && accessPackage
        ? accessAnswerOfPackage(request, accessPackage, company)
        : undefined,
  };
}

/** The end of the person's time to appeal, in words on their clock (personTimeZone). */
function appealUntil(
  request: DataSubjectRequest,
  language: Language,
  company: CompanyIdentity,
  appealDays: number,
): string | undefined {
  const zone = personTimeZone(request, company.timeZone);
  const until = appealOpenUntil(
    privacyLaw(request.regime),
    request.closedAt ?? new Date(),
    appealDays,
    zone,
  );
  return until && timeWithZone(until, language, zone);
}
