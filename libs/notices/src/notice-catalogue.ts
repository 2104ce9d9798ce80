import { Language } from '@rightsdesk/domain';
import { NoticeTemplate } from './notice-content';
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
} satisfies Record<string, Record<Language, NoticeTemplate>>;

export type NoticeKind = keyof typeof CATALOGUE;
export const NOTICE_KINDS = Object.keys(CATALOGUE) as NoticeKind[];

export function isNoticeKind(value: string): value is NoticeKind {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, value);
}

export function noticeTemplate(kind: NoticeKind, language: Language): NoticeTemplate {
  return CATALOGUE[kind][language];
}
