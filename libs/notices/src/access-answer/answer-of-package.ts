import type { Language } from '@rightsdesk/domain';
import type { AccessPackage, DataSubjectRequest } from '@rightsdesk/persistence';
import { residenceOf } from '@rightsdesk/requests';
import type { CompanyIdentity } from '../company-identity';
import { AccessAnswer, AnswerDataset, accessAnswer } from './access-answer';

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
    personZone: request.timeZone ?? undefined,
    company: {
      name: company.companyName,
      contactEmail: company.contactEmail,
      postalAddress: company.postalAddress,
      dpo: company.dpoContact,
      timeZone: company.timeZone,
      leadAuthorityCountry: company.leadAuthorityCountry,
    },
    datasets,
  });
}
