import {
  Language,
  RightType,
  VerificationReasonCode,
  assessVerification,
  verificationReason,
} from '@rightsdesk/domain';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { AskedDataPoint, VerifyViewModel } from './views/verify.page';

/** Every data point the connectors compare with the company's records (regs 7062). */
const COMPARED_DATA_POINTS: readonly AskedDataPoint[] = [
  'name',
  'phone',
  'postal_address',
  'last_order_number',
];

interface StoredVerification {
  emailConfirmedAt?: string;
  outcome?: string;
  reason?: VerificationReasonCode | null;
}

/**
 * What the verify page asks for a request: the code until it is accepted, and the extra data
 * points and declaration its tier needs (regs 7060-7062), as the domain's policy decides.
 */
export function verifyViewModel(
  request: DataSubjectRequest,
  page: { statusToken: string; csrfToken: string; language: Language; notice?: string },
): VerifyViewModel {
  const stored = (request.verification ?? {}) as StoredVerification;
  const type = request.type as RightType;
  const needs = assessVerification(
    {
      type,
      regime: request.regime,
      scope: request.details.scope === 'categories' ? 'categories' : 'copy',
    },
    { emailCodeConfirmed: true, dataPoints: {} },
  ).missing;
  const needsMore =
    stored.outcome === 'needs_more' && stored.reason
      ? verificationReason(stored.reason, 'needs_more', type, page.language)
      : undefined;
  return {
    statusToken: page.statusToken,
    reference: request.reference,
    csrfToken: page.csrfToken,
    askCode: !stored.emailConfirmedAt,
    dataPoints: needs.includes('data_points') ? COMPARED_DATA_POINTS : [],
    askDeclaration: needs.includes('signed_declaration'),
    notice: page.notice ?? needsMore,
  };
}
