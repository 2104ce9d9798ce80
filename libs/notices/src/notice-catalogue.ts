import { Language } from '@rightsdesk/domain';
import { NoticeTemplate } from './notice-content';
import { appealDecidedEn } from './templates/appeal-decided.en';
import { appealDecidedEs } from './templates/appeal-decided.es';
import { appealReceivedEn } from './templates/appeal-received.en';
import { appealReceivedEs } from './templates/appeal-received.es';
import { informationNeededEn } from './templates/information-needed.en';
import { informationNeededEs } from './templates/information-needed.es';
import { packageReadyEn } from './templates/package-ready.en';
import { packageReadyEs } from './templates/package-ready.es';
import { requestExtendedEn } from './templates/request-extended.en';
import { requestExtendedEs } from './templates/request-extended.es';
import { requestReceivedEn } from './templates/request-received.en';
import { requestReceivedEs } from './templates/request-received.es';
import { verificationFailedEn } from './templates/verification-failed.en';
import { verificationFailedEs } from './templates/verification-failed.es';
import { accessCompletedEn } from './templates/access-completed.en';
import { accessCompletedEs } from './templates/access-completed.es';
import { downloadCodeEn } from './templates/download-code.en';
import { downloadCodeEs } from './templates/download-code.es';
import { requestCompletedEn } from './templates/request-completed.en';
import { requestCompletedEs } from './templates/request-completed.es';
import { requestDeniedEn } from './templates/request-denied.en';
import { requestDeniedEs } from './templates/request-denied.es';
import { requestExpiredEn } from './templates/request-expired.en';
import { requestExpiredEs } from './templates/request-expired.es';
import { verificationCodeEn } from './templates/verification-code.en';
import { verificationCodeEs } from './templates/verification-code.es';

/** One template per notice and language; adding a language is adding files here. */
const CATALOGUE = {
  access_completed: { en: accessCompletedEn, es: accessCompletedEs },
  verification_code: { en: verificationCodeEn, es: verificationCodeEs },
  request_denied: { en: requestDeniedEn, es: requestDeniedEs },
  request_expired: { en: requestExpiredEn, es: requestExpiredEs },
  download_code: { en: downloadCodeEn, es: downloadCodeEs },
  request_completed: { en: requestCompletedEn, es: requestCompletedEs },
  request_received: { en: requestReceivedEn, es: requestReceivedEs },
  verification_failed: { en: verificationFailedEn, es: verificationFailedEs },
  information_needed: { en: informationNeededEn, es: informationNeededEs },
  request_extended: { en: requestExtendedEn, es: requestExtendedEs },
  appeal_received: { en: appealReceivedEn, es: appealReceivedEs },
  appeal_decided: { en: appealDecidedEn, es: appealDecidedEs },
  package_ready: { en: packageReadyEn, es: packageReadyEs },
} satisfies Record<string, Record<Language, NoticeTemplate>>;

export type NoticeKind = keyof typeof CATALOGUE;
export const NOTICE_KINDS = Object.keys(CATALOGUE) as NoticeKind[];

export function isNoticeKind(value: string): value is NoticeKind {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, value);
}

export function noticeTemplate(kind: NoticeKind, language: Language): NoticeTemplate {
  return CATALOGUE[kind][language];
}
