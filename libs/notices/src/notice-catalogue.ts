import { Language } from '@rightsdesk/domain';
import { MessageValues } from '@rightsdesk/messages';
import { NoticeFacts, NoticeLayout, NoticeTemplate } from './notice-content';
import { NOTICE_WORDS } from './notice-words';
import { accessCompleted } from './templates/access-completed.notice';
import { appealDecided } from './templates/appeal-decided.notice';
import { appealReceived } from './templates/appeal-received.notice';
import { downloadCode } from './templates/download-code.notice';
import { lookupCode } from './templates/lookup-code.notice';
import { informationNeeded } from './templates/information-needed.notice';
import { packageReady } from './templates/package-ready.notice';
import { requestCompleted } from './templates/request-completed.notice';
import { requestDenied } from './templates/request-denied.notice';
import { requestExpired } from './templates/request-expired.notice';
import { requestExtended } from './templates/request-extended.notice';
import { requestReceived } from './templates/request-received.notice';
import { verificationCode } from './templates/verification-code.notice';
import { verificationFailed } from './templates/verification-failed.notice';
import { verificationLetter } from './templates/verification-letter.notice';

/** One layout per notice; its words, per language, are in the notice catalogue (./catalogue). */
const CATALOGUE = {
  access_completed: accessCompleted,
  verification_code: verificationCode,
  verification_letter: verificationLetter,
  request_denied: requestDenied,
  request_expired: requestExpired,
  download_code: downloadCode,
  lookup_code: lookupCode,
  request_completed: requestCompleted,
  request_received: requestReceived,
  verification_failed: verificationFailed,
  information_needed: informationNeeded,
  request_extended: requestExtended,
  appeal_received: appealReceived,
  appeal_decided: appealDecided,
  package_ready: packageReady,
} satisfies Record<string, NoticeLayout>;

export type NoticeKind = keyof typeof CATALOGUE;
export const NOTICE_KINDS = Object.keys(CATALOGUE) as NoticeKind[];

export function isNoticeKind(value: string): value is NoticeKind {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, value);
}

/** The facts most notices name, given to every message so layouts need not repeat them. */
function commonValues(facts: NoticeFacts, language: Language): MessageValues {
  return {
    writeTo: writeTo(facts, language),
    reference: facts.reference,
    receivedOn: facts.receivedOn,
    companyName: facts.companyName,
    contactEmail: facts.contactEmail,
    statusUrl: facts.statusUrl ?? '',
  };
}

export function noticeTemplate(kind: NoticeKind, language: Language): NoticeTemplate {
  return (facts) => {
    const common = commonValues(facts, language);
    return CATALOGUE[kind](facts, (key, values) =>
      NOTICE_WORDS.format(language, key, { ...common, ...values }),
    );
  };
}

/**
 * How the person reaches us, as the middle of a sentence: an email is answered by replying, a
 * letter by writing to the company's address (or its privacy email): "this message" is an email.
 */
function writeTo(facts: NoticeFacts, language: Language): string {
  const values = { contactEmail: facts.contactEmail, companyAddress: facts.companyAddress ?? '' };
  if (!facts.byPost) return NOTICE_WORDS.format(language, 'notice.write_to.email', values);
  return NOTICE_WORDS.format(
    language,
    facts.companyAddress ? 'notice.write_to.post' : 'notice.write_to.post_email_only',
    values,
  );
}
