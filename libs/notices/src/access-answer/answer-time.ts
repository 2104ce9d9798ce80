import { residenceTimeZone } from '@rightsdesk/domain';
import type { AnswerResidence } from './complaint-authority';

/** The person's zone where their residence tells it, otherwise the company's (personTimeZone). */
export function answerTimeZone(
  residence: AnswerResidence | undefined,
  companyZone: string,
): string {
  return residenceTimeZone(residence?.country, residence?.region) ?? companyZone;
}
