import { DataPoint, DataPointMatch, VerificationDecision } from '@rightsdesk/domain';
import { SubjectIdentity } from '@rightsdesk/persistence';

/** What a request keeps of its verification (requests.verification). */
export interface StoredVerification {
  emailConfirmedAt?: string;
  dataPoints?: Partial<Record<DataPoint, DataPointMatch>>;
  [key: string]: unknown;
}

/** The record of one assessment, on top of what earlier answers recorded. */
export function verificationRecord(
  earlier: StoredVerification | null,
  assessment: {
    emailConfirmed: boolean;
    decision: VerificationDecision;
    dataPoints: Partial<Record<DataPoint, DataPointMatch>>;
    signedDeclaration?: boolean;
    now: Date;
  },
): Record<string, unknown> {
  const { decision, now } = assessment;
  return {
    ...earlier,
    ...(assessment.emailConfirmed
      ? { emailConfirmedAt: earlier?.emailConfirmedAt ?? now.toISOString() }
      : {}),
    outcome: decision.outcome,
    required: decision.required,
    reached: decision.reached,
    score: decision.score,
    matched: decision.matched,
    contradicted: decision.contradicted,
    dataPoints: assessment.dataPoints,
    signedDeclaration: assessment.signedDeclaration === true,
    reason: decision.reason?.code ?? null,
    at: now.toISOString(),
  };
}

/** Answers add up: a point matched (or contradicted) earlier counts until stated again. */
export function withEarlier(
  earlier: Partial<Record<DataPoint, DataPointMatch>> | undefined,
  now: Partial<Record<DataPoint, DataPointMatch>>,
): Partial<Record<DataPoint, DataPointMatch>> {
  const merged = { ...now };
  for (const [point, outcome] of Object.entries(earlier ?? {}) as [DataPoint, DataPointMatch][]) {
    if (merged[point] === undefined || merged[point] === 'not_provided') merged[point] = outcome;
  }
  return merged;
}

export function addressOf(
  subject: SubjectIdentity,
): { line1: string; postalCode: string } | undefined {
  return subject.postalAddress
    ? { line1: subject.postalAddress.line1, postalCode: subject.postalAddress.postalCode }
    : undefined;
}
