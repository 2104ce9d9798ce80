import { Injectable } from '@nestjs/common';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import {
  PersonCodeLimits,
  VerificationChallenges,
  keyedHash,
  personLimitedError,
  sameDigest,
} from '@rightsdesk/verification';
import { VerificationAnswer } from './identity-matcher';
import { LifecycleSettingsInForce } from './lifecycle-settings';
import { StoredVerification } from './verification-record';

/**
 * Checks the emailed code or one-click link of a request awaiting verification. A wrong code
 * costs an attempt; the last allowed attempt closes the challenge; an expired code is refused
 * with 410. Codes are guessed at most so often per person across all their requests; the
 * one-click link, too long to guess, still works for a person over that limit.
 */
@Injectable()
export class EmailProof {
  constructor(
    private readonly requests: RequestRepository,
    private readonly challenges: VerificationChallenges,
    private readonly trail: AuditTrail,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: LifecycleSettingsInForce,
    private readonly personLimits: PersonCodeLimits,
  ) {}

  /** The request a one-click link belongs to, or a 410 when the link is unknown or spent. */
  async requestForLink(linkToken: string): Promise<string> {
    const challenge = await this.challenges.findByLinkHash(
      keyedHash(this.settings.current().tokenKey, 'link', linkToken),
    );
    if (!challenge)
      throw new DomainError(
        'gone',
        'This confirmation link is not valid. Ask for a new code from your request page.',
      );
    return challenge.requestId;
  }

  /**
   * True when this answer (or an earlier one) proved control of the email. It commits on its own
   * (a transaction of its own even inside another), so a wrong code always counts as an attempt.
   */
  async check(requestId: string, answer: VerificationAnswer, now: Date): Promise<boolean> {
    const result = await this.txHost.withTransaction(Propagation.RequiresNew, () =>
      this.checkInTransaction(requestId, answer, now),
    );
    if (result === true || result === false) return result;
    if (typeof result === 'object') throw personLimitedError('guesses', result.waitSeconds);
    if (result === 'exhausted') {
      throw new DomainError('gone', 'Too many wrong codes. Ask for a new code to try again.');
    }
    throw new DomainError(
      'invalid_input',
      `That code is not right. ${result} ${result === 1 ? 'attempt' : 'attempts'} left.`,
      [{ path: 'code', message: 'does not match the code we sent' }],
    );
  }

  /** Returns (not throws) a wrong answer's outcome, so the attempt commits. */
  private async checkInTransaction(
    requestId: string,
    answer: VerificationAnswer,
    now: Date,
  ): Promise<boolean | 'exhausted' | number | { waitSeconds: number }> {
    const request = await this.requests.getById(requestId);
    const earlier = (request.verification as StoredVerification | null)?.emailConfirmedAt;
    if (request.status !== 'pending_verification') return Boolean(earlier);
    if (!answer.code && !answer.linkToken) {
      if (earlier) return true;
      throw new DomainError('invalid_input', 'Enter the six-digit code we emailed you.', [
        { path: 'code', message: 'is required' },
      ]);
    }
    const challenge = await this.challenges.lockOpen(requestId);
    if (!challenge) {
      throw new DomainError('gone', 'This code is no longer valid. Ask for a new one.');
    }
    if (challenge.expiresAt.getTime() <= now.getTime()) {
      await this.challenges.close(challenge.id, now, 'exhausted');
      throw new DomainError('gone', 'This code has expired. Ask for a new one.');
    }
    if (answer.code && challenge.identityHash) {
      const wait = await this.personLimits.wait(requestId, challenge.identityHash, 'guesses');
      if (wait) return { waitSeconds: wait };
    }
    const tokenKey = this.settings.current().tokenKey;
    const presented = answer.linkToken
      ? keyedHash(tokenKey, 'link', answer.linkToken)
      : keyedHash(tokenKey, 'code', `${requestId}:${answer.code}`);
    const expected = answer.linkToken ? challenge.linkHash : challenge.codeHash;
    if (sameDigest(presented, expected)) {
      await this.challenges.close(challenge.id, now, 'confirmed');
      await this.trail.append({
        requestId,
        actor: 'subject',
        action: 'verification.email_confirmed',
        data: { challengeId: challenge.id, by: answer.linkToken ? 'link' : 'code' },
      });
      return true;
    }
    const attempts = challenge.attempts + 1;
    const exhausted = attempts >= challenge.maxAttempts;
    await this.challenges.recordWrongAnswer(challenge.id, attempts, exhausted ? now : null);
    await this.trail.append({
      requestId,
      actor: 'subject',
      action: 'verification.wrong_code',
      data: { challengeId: challenge.id, attempts, exhausted },
    });
    return exhausted ? 'exhausted' : challenge.maxAttempts - attempts;
  }
}
