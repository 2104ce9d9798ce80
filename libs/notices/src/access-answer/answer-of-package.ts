import { type Language, personTimeZone } from '@rightsdesk/domain';
import type { AccessPackage, DataSubjectRequest } from '@rightsdesk/persistence';
import { residenceOf } from '@rightsdesk/requests';
import type { CompanyIdentity } from '../company-identity';
import { AccessAnswer, AnswerCompany, AnswerDataset, accessAnswer } from './access-answer';

/**
 * The facts the package's report states, for the letter form of an access answer: the datasets'
 * facts as the package recorded them, the letterhead in force and the person's law.
 */
export function accessAnswerOfPackage(
  request: DataSubjectRequest,
  accessPackage: AccessPackage,
  company: CompanyIdentity,
): AccessAnswer {
  const datasets = accessPackage.manifest.flatMap((entry) =>
    entry.facts
      ? [{ ...(entry.facts as AnswerDataset), label: entry.label, rows: entry.rows }]
      : [],
  );
  return accessAnswer({
    language: request.language as Language,
    regime: request.regime,
    residence: residenceOf(request),
    personZone: personTimeZone(request, company.timeZone),
    company: answerCompanyOf(company),
    datasets,
  });
}

/** The company as an access answer states it: who answers, how to reach them, their DPO. */
export function answerCompanyOf(company: CompanyIdentity): AnswerCompany {
  return {
    name: company.companyName,
    contactEmail: company.contactEmail,
    postalAddress: company.postalAddress,
    dpo: company.dpoContact,
    timeZone: company.timeZone,
    leadAuthorityCountry: company.leadAuthorityCountry,
  };
}
