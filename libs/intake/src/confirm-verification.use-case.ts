import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  DataPoint,
  VerificationDecision,
  assessVerification,
  correctionsOf,
} from '@rightsdesk/domain';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { AdvanceVerifiedRequest } from './advance-verified-request';
import { EmailProof, WrongAnswer } from './email-proof';
import { IdentityMatcher, VerificationAnswer } from './identity-matcher';
import { LifecycleSettings, LifecycleSettingsInForce } from './lifecycle-settings';
import {
  StoredVerification,
  addressOf,
  verificationRecord,
  withEarlier,
} from './verification-record';

export interface VerificationResult {
  requestId: string;
  status: DataSubjectRequest['status'];
  decision: VerificationDecision | null;
}

type VerificationOrRefusal = VerificationResult | { wrongAnswer: WrongAnswer };

/**
 * Checks an emailed code (or one-click link) and the person's data points against the risk tier
 * the request needs, records the score and outcome, and moves the request on: verified (and on
 * to approval), still waiting for more evidence, or denied with the reason (regs 7022-7024).
 */
@Injectable()
export class ConfirmVerificationUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly trail: AuditTrail,
    private readonly emailProof: EmailProof,
    private readonly matcher: IdentityMatcher,
    private readonly advance: AdvanceVerifiedRequest,
    private readonly notices: RenderNoticeUseCase,
    private readonly settings: LifecycleSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** The request a one-click link belongs to, or a 410 when the link is unknown or spent. */
  requestForLink(linkToken: string): Promise<string> {
    return this.emailProof.requestForLink(linkToken);
  }

  /**
   * A code the person read out on a call, entered by a member of staff, who may also record that
   * the person's signed declaration arrived (regs 7062(c)): audited under the staff member's
   * name, then checked like the person's own answer, with the same limited tries.
   */
  async enterReadOut(
    requestId: string,
    answer: Pick<VerificationAnswer, 'code' | 'signedDeclaration'>,
    actor: string,
  ): Promise<VerificationResult> {
    await this.trail.append({
      requestId,
      actor,
      action: 'verification.code_read_out',
      data: { code: Boolean(answer.code), signedDeclaration: Boolean(answer.signedDeclaration) },
    });
    return this.execute(requestId, answer);
  }

  async execute(
    requestId: string,
    answer: VerificationAnswer,
    now = new Date(),
  ): Promise<VerificationResult> {
    const settings = this.settings.current();
    const pending = await this.requests.getById(requestId);
    if (pending.status !== 'pending_verification')
      return { requestId, status: pending.status, decision: null };
    // The company's systems are asked before the transaction opens, so a request never holds a
    // pooled connection while it waits for them (forty people at once would exhaust the pool).
    const subject = await this.requests.subjectOf(pending);
    const stated = await this.matcher.match({
      email: subject.email ?? '',
      name: answer.name ?? subject.name ?? undefined,
      phone: answer.phone ?? subject.phone ?? undefined,
      postalAddress: answer.postalAddress ?? addressOf(subject),
      orderNumber: answer.lastOrderNumber,
    });
    // One transaction: the code is spent only together with the move it allows.
    const result = await this.txHost.withTransaction(async (): Promise<VerificationOrRefusal> => {
      const emailConfirmed = await this.emailProof.check(requestId, answer, now);
      // A wrong answer commits its attempt, then is refused below.
      if (typeof emailConfirmed !== 'boolean') return { wrongAnswer: emailConfirmed };
      const request = await this.requests.getById(requestId);
      if (request.status !== 'pending_verification')
        return { requestId, status: request.status, decision: null };
      const earlier = request.verification as StoredVerification | null;
      const dataPoints = withEarlier(earlier?.dataPoints, stated);
      const decision = assessVerification(
        {
          type: request.type,
          regime: request.regime,
          scope: request.details.scope === 'categories' ? 'categories' : 'copy',
          contested: contested(request, settings),
        },
        {
          emailCodeConfirmed: emailConfirmed,
          dataPoints,
          signedDeclaration: answer.signedDeclaration,
          final: answer.final,
        },
        settings.verificationPolicy,
      );
      const record = verificationRecord(earlier, {
        emailConfirmed,
        decision,
        dataPoints,
        signedDeclaration: answer.signedDeclaration,
        now,
      });
      const moved = await this.apply(request, decision, record, settings);
      return { requestId, status: moved.status, decision };
    });
    if ('wrongAnswer' in result) throw this.emailProof.refusal(result.wrongAnswer);
    return result;
  }

  private async apply(
    request: DataSubjectRequest,
    decision: VerificationDecision,
    record: Record<string, unknown>,
    settings: LifecycleSettings,
  ): Promise<DataSubjectRequest> {
    const facts = { score: decision.score, reached: decision.reached, required: decision.required };
    switch (decision.outcome) {
      case 'verified':
      case 'verified_with_fallback': {
        const fallback = decision.outcome === 'verified_with_fallback';
        const verified = await this.requests.transition(request.id, 'verify', {
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
        return this.advance.advance(verified, settings.approval);
      }
      case 'needs_more':
        await this.requests.recordVerification(request.id, record);
        await this.trail.append({
          requestId: request.id,
          actor: 'subject',
          action: 'verification.needs_more',
          data: { ...facts, missing: decision.missing },
        });
        return { ...request, verification: record };
      case 'unverifiable': {
        const denied = await this.requests.transition(request.id, 'deny', {
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
        await this.notices.renderInto(this.txHost.tx, request.id, 'verification_failed', {
          facts: { reason: decision.reason?.text },
        });
        return denied;
      }
    }
  }
}

/** regs 7060: a correction is verified with data it does not dispute. */
function contested(request: DataSubjectRequest, settings: LifecycleSettings): DataPoint[] {
  const points = correctionsOf(request.details)
    .flatMap(({ changes }) => Object.keys(changes))
    .map((field) => settings.correction.dataPointOf[field])
    .filter((point): point is DataPoint => point !== undefined);
  return [...new Set(points)];
}
