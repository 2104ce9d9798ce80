import { DataSource, EntityManager } from 'typeorm';
import {
  DataPoint,
  DataPointMatch,
  DomainError,
  VerificationDecision,
  VerificationPolicy,
  assessVerification,
} from '@rightsdesk/domain';
import {
  DataSubjectRequest,
  SubjectIdentity,
  VerificationChallenge,
  appendAuditEvent,
  transitionRequest,
} from '@rightsdesk/persistence';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { keyedHash, sameDigest } from '@rightsdesk/verification';
import { advanceVerifiedRequest } from './advance-verified-request';
import { LifecycleSettings } from './lifecycle-settings';

/** Compares what a person states with what the company's systems hold (the data map's data points). */
export interface IdentityMatcher {
  match(identity: {
    email: string;
    name?: string;
    phone?: string;
    postalAddress?: { line1: string; postalCode: string };
    orderNumber?: string;
  }): Promise<Partial<Record<DataPoint, DataPointMatch>>>;
}

export interface VerificationAnswer {
  /** The six-digit code from the email, or the one-click link's token. */
  code?: string;
  linkToken?: string;
  /** Extra data points, when the request's tier asks for them. */
  name?: string;
  phone?: string;
  postalAddress?: { line1: string; postalCode: string };
  /** The number of one of their orders (stated only here, never stored on the request). */
  lastOrderNumber?: string;
  /** Signed under penalty of perjury (regs 7062(c)). */
  signedDeclaration?: boolean;
  /** The person has nothing more to give: decide now (fall back, or deny with the reason). */
  final?: boolean;
}

export interface VerificationResult {
  requestId: string;
  status: DataSubjectRequest['status'];
  decision: VerificationDecision | null;
}

interface StoredVerification {
  emailConfirmedAt?: string;
  dataPoints?: Partial<Record<DataPoint, DataPointMatch>>;
  [key: string]: unknown;
}

/**
 * Checks an emailed code (or one-click link) and the person's data points against the risk tier
 * the request needs, records the score and outcome, and moves the request on: verified (and on
 * to approval), still waiting for more evidence, or denied with the reason (regs 7022-7024).
 */
export class ConfirmVerificationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: LifecycleSettings,
    private readonly matcher: IdentityMatcher,
    private readonly notices: RenderNoticeUseCase,
    private readonly policy?: VerificationPolicy,
  ) {}

  /** The request a one-click link belongs to, or a 410 when the link is unknown or spent. */
  async requestForLink(linkToken: string): Promise<string> {
    const challenge = await this.dataSource
      .getRepository(VerificationChallenge)
      .findOneBy({ linkHash: keyedHash(this.settings.tokenKey, 'link', linkToken) });
    if (!challenge)
      throw new DomainError(
        'gone',
        'This confirmation link is not valid. Ask for a new code from your request page.',
      );
    return challenge.requestId;
  }

  async execute(
    requestId: string,
    answer: VerificationAnswer,
    now = new Date(),
  ): Promise<VerificationResult> {
    // The code check commits on its own, so a wrong code always counts as an attempt.
    const emailConfirmed = await this.checkEmailProof(requestId, answer, now);
    return this.dataSource.transaction(async (manager) => {
      const request = await manager
        .getRepository(DataSubjectRequest)
        .findOneByOrFail({ id: requestId });
      if (request.status !== 'pending_verification')
        return { requestId, status: request.status, decision: null };
      const subject = await manager
        .getRepository(SubjectIdentity)
        .findOneByOrFail({ id: request.subjectId });
      const stated = await this.matcher.match({
        email: subject.email,
        name: answer.name ?? subject.name ?? undefined,
        phone: answer.phone ?? subject.phone ?? undefined,
        postalAddress: answer.postalAddress ?? addressOf(subject),
        orderNumber: answer.lastOrderNumber,
      });
      // Answers add up: a point matched (or contradicted) earlier counts until stated again.
      const dataPoints = withEarlier(
        (request.verification as StoredVerification | null)?.dataPoints,
        stated,
      );
      const decision = assessVerification(
        {
          type: request.type,
          regime: request.regime,
          scope: request.details.scope === 'categories' ? 'categories' : 'copy',
          contested: this.contested(request),
        },
        {
          emailCodeConfirmed: emailConfirmed,
          dataPoints,
          signedDeclaration: answer.signedDeclaration,
          final: answer.final,
        },
        this.policy,
      );
      const record = {
        ...(request.verification as StoredVerification | null),
        ...(emailConfirmed
          ? {
              emailConfirmedAt:
                (request.verification as StoredVerification | null)?.emailConfirmedAt ??
                now.toISOString(),
            }
          : {}),
        outcome: decision.outcome,
        required: decision.required,
        reached: decision.reached,
        score: decision.score,
        matched: decision.matched,
        contradicted: decision.contradicted,
        dataPoints,
        signedDeclaration: answer.signedDeclaration === true,
        reason: decision.reason?.code ?? null,
        at: now.toISOString(),
      };
      const moved = await this.apply(manager, request, decision, record);
      return { requestId, status: moved.status, decision };
    });
  }

  /** regs 7060: a correction is verified with data it does not dispute. */
  private contested(request: DataSubjectRequest): DataPoint[] {
    const corrections = (request.details.corrections ?? []) as Array<{ field: string }>;
    const points = corrections
      .map(({ field }) => this.settings.correction.dataPointOf[field])
      .filter((point): point is DataPoint => point !== undefined);
    return [...new Set(points)];
  }

  private async apply(
    manager: EntityManager,
    request: DataSubjectRequest,
    decision: VerificationDecision,
    record: Record<string, unknown>,
  ): Promise<DataSubjectRequest> {
    const facts = { score: decision.score, reached: decision.reached, required: decision.required };
    switch (decision.outcome) {
      case 'verified':
      case 'verified_with_fallback': {
        const fallback = decision.outcome === 'verified_with_fallback';
        const verified = await transitionRequest(manager, request.id, 'verify', {
          actor: 'subject',
          reason: fallback ? decision.reason?.text : undefined,
          data: { ...facts, fallback },
          changes: {
            verification: record,
            ...(fallback
              ? { details: { ...request.details, scope: 'categories', fallbackFrom: 'copy' } }
              : {}),
          },
        });
        return advanceVerifiedRequest(manager, verified, this.settings.autoApprove);
      }
      case 'needs_more':
        await manager.query('UPDATE requests SET verification = $2 WHERE id = $1', [
          request.id,
          JSON.stringify(record),
        ]);
        await appendAuditEvent(manager, {
          requestId: request.id,
          actor: 'subject',
          action: 'verification.needs_more',
          data: { ...facts, missing: decision.missing },
        });
        return { ...request, verification: record };
      case 'unverifiable': {
        const denied = await transitionRequest(manager, request.id, 'deny', {
          actor: 'system',
          reason: decision.reason?.text,
          context: {
            legalBasis:
              'identity could not be verified (CCPA regs 7022(a), 7023, 7024(a); GDPR Art. 12(2))',
          },
          data: facts,
          changes: {
            verification: record,
            denialBasis: 'unverifiable',
            denialReason: decision.reason?.text ?? null,
          },
        });
        await this.notices.renderInto(manager, request.id, 'verification_failed', {
          facts: { reason: decision.reason?.text },
        });
        return denied;
      }
    }
  }

  /**
   * True when this answer (or an earlier one) proved control of the email. A wrong code costs an
   * attempt; the last allowed attempt closes the challenge; an expired code is refused with 410.
   */
  private async checkEmailProof(
    requestId: string,
    answer: VerificationAnswer,
    now: Date,
  ): Promise<boolean> {
    return this.dataSource
      .transaction(async (manager) => {
        const request = await manager
          .getRepository(DataSubjectRequest)
          .findOneByOrFail({ id: requestId });
        const earlier = (request.verification as StoredVerification | null)?.emailConfirmedAt;
        if (request.status !== 'pending_verification') return Boolean(earlier);
        if (!answer.code && !answer.linkToken) {
          if (earlier) return true;
          throw new DomainError('invalid_input', 'Enter the six-digit code we emailed you.', [
            { path: 'code', message: 'is required' },
          ]);
        }
        const challenge = await manager
          .getRepository(VerificationChallenge)
          .createQueryBuilder('challenge')
          .setLock('pessimistic_write')
          .where('challenge.request_id = :requestId AND challenge.closed_at IS NULL', { requestId })
          .orderBy('challenge.created_at', 'DESC')
          .getOne();
        if (!challenge) {
          throw new DomainError('gone', 'This code is no longer valid. Ask for a new one.');
        }
        if (challenge.expiresAt.getTime() <= now.getTime()) {
          await manager.update(
            VerificationChallenge,
            { id: challenge.id },
            { closedAt: now, closedReason: 'exhausted' },
          );
          throw new DomainError('gone', 'This code has expired. Ask for a new one.');
        }
        const presented = answer.linkToken
          ? keyedHash(this.settings.tokenKey, 'link', answer.linkToken)
          : keyedHash(this.settings.tokenKey, 'code', `${requestId}:${answer.code}`);
        const expected = answer.linkToken ? challenge.linkHash : challenge.codeHash;
        if (sameDigest(presented, expected)) {
          await manager.update(
            VerificationChallenge,
            { id: challenge.id },
            { closedAt: now, closedReason: 'confirmed' },
          );
          await appendAuditEvent(manager, {
            requestId,
            actor: 'subject',
            action: 'verification.email_confirmed',
            data: { challengeId: challenge.id, by: answer.linkToken ? 'link' : 'code' },
          });
          return true;
        }
        const attempts = challenge.attempts + 1;
        const exhausted = attempts >= challenge.maxAttempts;
        await manager.update(
          VerificationChallenge,
          { id: challenge.id },
          { attempts, ...(exhausted ? { closedAt: now, closedReason: 'exhausted' as const } : {}) },
        );
        await appendAuditEvent(manager, {
          requestId,
          actor: 'subject',
          action: 'verification.wrong_code',
          data: { challengeId: challenge.id, attempts, exhausted },
        });
        // Returning (not throwing) commits the attempt; the caller turns it into the refusal.
        return exhausted ? 'exhausted' : challenge.maxAttempts - attempts;
      })
      .then((result) => {
        if (result === true || result === false) return result;
        if (result === 'exhausted') {
          throw new DomainError('gone', 'Too many wrong codes. Ask for a new code to try again.');
        }
        throw new DomainError(
          'invalid_input',
          `That code is not right. ${result} ${result === 1 ? 'attempt' : 'attempts'} left.`,
          [{ path: 'code', message: 'does not match the code we sent' }],
        );
      });
  }
}

function withEarlier(
  earlier: Partial<Record<DataPoint, DataPointMatch>> | undefined,
  now: Partial<Record<DataPoint, DataPointMatch>>,
): Partial<Record<DataPoint, DataPointMatch>> {
  const merged = { ...now };
  for (const [point, outcome] of Object.entries(earlier ?? {}) as [DataPoint, DataPointMatch][]) {
    if (merged[point] === undefined || merged[point] === 'not_provided') merged[point] = outcome;
  }
  return merged;
}

function addressOf(subject: SubjectIdentity): { line1: string; postalCode: string } | undefined {
  return subject.postalAddress
    ? { line1: subject.postalAddress.line1, postalCode: subject.postalAddress.postalCode }
    : undefined;
}
