import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { sealStatusToken } from '@rightsdesk/notices';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import {
  LOOKUP_ANSWER_MS,
  LookupOutcome,
  IssueVerificationUseCase,
  VerificationChallenges,
  answerNoSoonerThan,
  keyedHash,
  newSecretToken,
  sameDigest,
  statusTokenHash,
} from '@rightsdesk/verification';
import { ConfirmVerificationUseCase } from './confirm-verification.use-case';
import { LifecycleSettingsInForce } from './lifecycle-settings';
import { StoredVerification } from './verification-record';

/**
 * A person without email holds two things from us: the reference and the code we posted. On the
 * privacy center the pair first verifies them (the code goes through verification like an
 * emailed one, with its limited tries), then opens their status page, and opens it again later
 * until the code expires. Every refusal reads and takes the same: no such reference, a person
 * with email, a wrong, spent or expired code.
 */
@Injectable()
export class OpenWithPostedCodeUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly challenges: VerificationChallenges,
    private readonly confirm: ConfirmVerificationUseCase,
    private readonly issue: IssueVerificationUseCase,
    private readonly trail: AuditTrail,
    private readonly settings: LifecycleSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async open(reference: string, code: string): Promise<LookupOutcome> {
    return answerNoSoonerThan(LOOKUP_ANSWER_MS, async () => {
      const request = await this.postedTo(reference);
      if (!request) return { kind: 'refused' };
      const confirmed = (request.verification as StoredVerification | null)?.emailConfirmedAt;
      if (request.status === 'pending_verification' && !confirmed) {
        try {
          await this.confirm.execute(request.id, { code });
        } catch (error) {
          if (error instanceof DomainError) return { kind: 'refused' };
          throw error;
        }
        return this.txHost.withTransaction(() => this.renewStatusLink(request.id));
      }
      return this.openAgain(request.id, code);
    });
  }

  /**
   * A new code by post for a request still waiting for one (the letter was lost, or the code
   * stopped working). It reads and takes the same whether or not one was sent: no such
   * reference, a person with email, a request past verification, or a request over the hourly
   * limit of codes that emailed codes have too (regs 7060: repeated attempts throttled).
   */
  async postNewCode(reference: string): Promise<void> {
    await answerNoSoonerThan(LOOKUP_ANSWER_MS, async () => {
      const request = await this.postedTo(reference);
      if (request?.status !== 'pending_verification') return;
      try {
        await this.issue.execute(request.id);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    });
  }

  /** The request with this reference, when its person has no email (and is not purged). */
  private async postedTo(reference: string): Promise<DataSubjectRequest | null> {
    const request = await this.requests.findByReference(reference);
    if (!request || request.personalDataPurgedAt) return null;
    const subject = await this.requests.subjectOf(request);
    return subject.email ? null : request;
  }

  /** After verification: the accepted code still opens the page, with the same few tries. */
  private async openAgain(requestId: string, code: string): Promise<LookupOutcome> {
    return this.txHost.withTransaction(async () => {
      const refused = { kind: 'refused' } as const;
      const challenge = await this.challenges.newestLocked(requestId, 'verify');
      if (
        !challenge ||
        challenge.closedReason !== 'confirmed' ||
        challenge.expiresAt.getTime() <= Date.now() ||
        challenge.attempts >= challenge.maxAttempts
      )
        return refused;
      const presented = keyedHash(this.settings.current().tokenKey, 'code', `${requestId}:${code}`);
      if (!sameDigest(presented, challenge.codeHash)) {
        const attempts = challenge.attempts + 1;
        await this.challenges.recordWrongAnswer(challenge.id, attempts, null);
        await this.trail.append({
          requestId,
          actor: 'subject',
          action: 'lookup.wrong_code',
          data: {
            challengeId: challenge.id,
            attempts,
            exhausted: attempts >= challenge.maxAttempts,
          },
        });
        return refused;
      }
      return this.renewStatusLink(requestId);
    });
  }

  /** The page opens under a fresh status link; an older one stops working. */
  private async renewStatusLink(requestId: string): Promise<LookupOutcome> {
    const settings = this.settings.current();
    const statusToken = newSecretToken();
    await this.requests.replaceStatusToken(
      requestId,
      statusTokenHash(settings.tokenKey, statusToken),
      sealStatusToken(settings.sealKey, statusToken),
    );
    await this.trail.append({
      requestId,
      actor: 'subject',
      action: 'lookup.status_link_renewed',
      data: { by: 'posted_code' },
    });
    return { kind: 'opened', statusToken };
  }
}
