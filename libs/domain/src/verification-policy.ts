import { PRIVACY_LAWS } from './laws/law-table';
import { Regime } from './request-kinds';
import { RightType, rightProfile } from './request-rights';
import type { VerificationOutcome } from './verification-outcome';
import { VerificationReasonCode, verificationReason } from './verification-reasons';

/** Data points a requester may state, compared with what the company holds (regs 7062). */
export const DATA_POINTS = ['name', 'phone', 'postal_address', 'last_order_number'] as const;
export type DataPoint = (typeof DATA_POINTS)[number];
export type DataPointMatch = 'matched' | 'not_matched' | 'not_provided' | 'not_held';

/** In rising order. `email_code`: the requester proved control of the address on the request. */
export const VERIFICATION_TIERS = ['none', 'email_code', 'reasonable', 'reasonably_high'] as const;
export type VerificationTier = (typeof VERIFICATION_TIERS)[number];
export type Sensitivity = 'sensitive' | 'not_sensitive';

/** Counsel's choices, per company; see DEFAULT_VERIFICATION_POLICY. */
export interface VerificationPolicy {
  /** regs 7062: delete and correct are verified by the sensitivity of the data and the harm. */
  readonly delete: Readonly<Record<Sensitivity, 'reasonable' | 'reasonably_high'>>;
  readonly correct: Readonly<Record<Sensitivity, 'reasonable' | 'reasonably_high'>>;
  /** GDPR Arts 11(2), 12(6): ask for more only on reasonable doubt; the email code suffices. */
  readonly gdprEmailCodeSuffices: boolean;
  /** Where a signed declaration is required for a copy (regs 7062: specific pieces). */
  readonly declarationRegimes: readonly Regime[];
  /** Where an unverified copy falls back to categories (regs 7024(a)). */
  readonly categoriesFallbackRegimes: readonly Regime[];
  /** Contradicted data points tolerated (an old phone, a former address); more is unverifiable. */
  readonly maxContradictions: number;
}

/**
 * Defaults: deleting or correcting the shop's records (account, orders, addresses) is hard to undo
 * and harmful if fraudulent, so it needs a reasonably high degree unless the request only touches
 * data marked not sensitive (browsing data, marketing preferences). The CCPA's declaration and
 * categories fallback apply under the CCPA; the other US laws get the same tiers.
 */
export const DEFAULT_VERIFICATION_POLICY: VerificationPolicy = {
  delete: { sensitive: 'reasonably_high', not_sensitive: 'reasonable' },
  correct: { sensitive: 'reasonably_high', not_sensitive: 'reasonable' },
  gdprEmailCodeSuffices: true,
  declarationRegimes: ['ccpa'],
  categoriesFallbackRegimes: ['ccpa'],
  maxContradictions: 1,
};

export interface VerificationRequest {
  readonly type: RightType;
  readonly regime: Regime;
  /** Access only; intake's default is a copy. */
  readonly scope?: 'categories' | 'copy';
  /** Delete and correct; unknown counts as sensitive. */
  readonly sensitivity?: Sensitivity;
  /** Data points a correction disputes: they cannot verify it (regs 7060). */
  readonly contested?: readonly DataPoint[];
}

export interface VerificationEvidence {
  readonly emailCodeConfirmed: boolean;
  readonly dataPoints: Readonly<Partial<Record<DataPoint, DataPointMatch>>>;
  /** Signed under penalty of perjury that the requester is the person (kept, regs 7062). */
  readonly signedDeclaration?: boolean;
  /** An officer doubts the requester's identity (GDPR Art. 12(6)). */
  readonly reasonableDoubt?: boolean;
  /** No more evidence will come (the requester declined, or time ran out): decide now. */
  readonly final?: boolean;
}

export type MissingEvidence = 'email_code' | 'data_points' | 'signed_declaration';

export interface VerificationDecision {
  readonly outcome: VerificationOutcome;
  readonly required: VerificationTier;
  readonly reached: VerificationTier;
  /**
   * The score is a count, not a percentage: matched data points, with a confirmed email code
   * counting as one, less one per contradicted point. Two make `reasonable`, three
   * `reasonably_high` (regs 7062).
   */
  readonly score: number;
  readonly matched: number;
  readonly contradicted: number;
  /** Access only, once verified: what may be disclosed. */
  readonly scope?: 'categories' | 'copy';
  readonly missing: readonly MissingEvidence[];
  readonly reason?: { readonly code: VerificationReasonCode; readonly text: string };
}

/** The net points each tier needs: its position in VERIFICATION_TIERS. */
const POINTS_FOR = Object.fromEntries(
  VERIFICATION_TIERS.map((tier, points) => [tier, points]),
) as Record<VerificationTier, number>;

/** Decides how far a request is verified and what follows (CCPA regs 7022-7024, 7060-7062; GDPR Arts 7(3), 11(2), 12(6)). */
export function assessVerification(
  request: VerificationRequest,
  evidence: VerificationEvidence,
  policy: VerificationPolicy = DEFAULT_VERIFICATION_POLICY,
): VerificationDecision {
  const scope = request.type === 'access' ? (request.scope ?? 'copy') : undefined;
  const points = DATA_POINTS.filter((point) => !request.contested?.includes(point)).map(
    (point) => evidence.dataPoints[point] ?? 'not_provided',
  );
  const matched = points.filter((result) => result === 'matched').length;
  const contradicted = points.filter((result) => result === 'not_matched').length;
  const unanswered = points.filter((result) => result === 'not_provided').length;
  const email = evidence.emailCodeConfirmed ? 1 : 0;
  const score = email + matched - contradicted;
  // Tiers are ordered by the points they need (0-3), so the score indexes them. Without the code
  // nothing is reached; contradictions can cancel even the code's point.
  const reached = email ? VERIFICATION_TIERS[Math.max(0, Math.min(score, 3))] : 'none';
  const tally = { score, matched, contradicted, reached };

  // regs 7026, GDPR 7(3): no proof of identity may be asked.
  if (!rightProfile(request.type).needsVerification) {
    return { outcome: 'verified', required: 'none', missing: [], ...tally };
  }
  const gdprLight =
    PRIVACY_LAWS[request.regime].family === 'gdpr' &&
    policy.gdprEmailCodeSuffices &&
    !evidence.reasonableDoubt &&
    contradicted === 0; // a contradiction is itself a reasonable doubt
  const required = gdprLight ? 'email_code' : baseTier(request, policy);
  const declarationNeeded =
    scope === 'copy' &&
    required === 'reasonably_high' &&
    policy.declarationRegimes.includes(request.regime);
  const decide = (
    outcome: VerificationOutcome,
    code?: VerificationReasonCode,
    missing: MissingEvidence[] = [],
  ) =>
    ({
      outcome,
      required,
      missing,
      ...tally,
      ...(scope && outcome === 'verified' ? { scope } : {}),
      ...(outcome === 'verified_with_fallback' ? { scope: 'categories' as const } : {}),
      ...(code ? { reason: { code, text: verificationReason(code, outcome, request.type) } } : {}),
    }) satisfies VerificationDecision;

  // A contradiction suggests someone else's details; past the tolerance, stop (regs 7060 fraud).
  if (contradicted > policy.maxContradictions) return decide('unverifiable', 'contradicting_data');

  const pointsOk = atLeast(reached, required); // the email code is always among them
  const declarationOk = !declarationNeeded || evidence.signedDeclaration === true;
  if (pointsOk && declarationOk) return decide('verified');

  const missing: MissingEvidence[] = [];
  if (!email) missing.push('email_code');
  if (score + (1 - email) < POINTS_FOR[required]) missing.push('data_points');
  if (!declarationOk) missing.push('signed_declaration');
  const reachable = score + (1 - email) + unanswered >= POINTS_FOR[required];
  const code: VerificationReasonCode = !email
    ? 'email_not_confirmed'
    : !pointsOk
      ? contradicted > 0 && score + contradicted >= POINTS_FOR[required]
        ? 'contradicting_data'
        : 'too_few_matches'
      : 'declaration_missing';
  if (!evidence.final && reachable) return decide('needs_more', code, missing);

  // regs 7024(a): a copy that cannot be verified to a reasonably high degree is answered as a
  // request for categories, if verified to a reasonable degree.
  const fallback =
    scope === 'copy' &&
    policy.categoriesFallbackRegimes.includes(request.regime) &&
    atLeast(reached, 'reasonable');
  return decide(fallback ? 'verified_with_fallback' : 'unverifiable', code);
}

function atLeast(reached: VerificationTier, required: VerificationTier): boolean {
  return VERIFICATION_TIERS.indexOf(reached) >= VERIFICATION_TIERS.indexOf(required);
}

function baseTier(
  request: VerificationRequest,
  policy: VerificationPolicy,
): 'reasonable' | 'reasonably_high' {
  const sensitivity = request.sensitivity ?? 'sensitive';
  switch (request.type) {
    case 'access': // regs 7062: categories reasonable; specific pieces reasonably high
      return (request.scope ?? 'copy') === 'copy' ? 'reasonably_high' : 'reasonable';
    case 'delete':
      return policy.delete[sensitivity];
    case 'correct':
      return policy.correct[sensitivity];
    default:
      return 'reasonable';
  }
}
