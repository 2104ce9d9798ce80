import { Injectable } from '@nestjs/common';
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
 * A wrong code: the attempts left, or 'exhausted' when that was the last one; or a guess refused
 * unchecked because the person's guesses across their requests are used up for now.
 */
export type WrongAnswer = 'exhausted' | number | { waitSeconds: number };
export type EmailProofOutcome = boolean | WrongAnswer;

/**
 * Checks the emailed code or one-click link of a request awaiting verification. A wrong code
 * costs an attempt; the last allowed attempt closes the challenge; an expired code is refused
 * with 410.
 */
@Injectable()
export class EmailProof {
  constructor(
    private readonly requests: RequestRepository,
    private readonly challenges: VerificationChallenges,
    private readonly trail: AuditTrail,
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

  /** Why a wrong answer was refused, for the person: 410 once no attempt is left. */
  refusal(outcome: WrongAnswer): DomainError {
    if (typeof outcome === 'object') return personLimitedError('guesses', outcome.waitSeconds);
    if (outcome === 'exhausted') {
      return new DomainError('gone', 'Too many wrong codes. Ask for a new code to try again.');
    }
    return new DomainError(
      'invalid_input',
      `That code is not right. ${outcome} ${outcome === 1 ? 'attempt' : 'attempts'} left.`,
      [{ path: 'code', message: 'does not match the code we sent' }],
    );
  }

  /**
   * True when this answer (or an earlier one) proved control of the email, in the caller's
   * transaction, so the code is spent only if what the proof allows commits with it. A wrong
   * answer is returned, not thrown: the caller commits the attempt, then throws `refusal`.
   */
  async check(
    requestId: string,
    answer: VerificationAnswer,
    now: Date,
  ): Promise<EmailProofOutcome> {
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
    // Verification challenges always carry a link; only find-request codes have none.
    const expected = answer.linkToken ? challenge.linkHash : challenge.codeHash;
    if (expected && sameDigest(presented, expected)) {
      await this.challenges.close(challenge.id, now, 'confirmed');
      await this.trail.append({
        requestId,
        actor: 'subject',
        // A code with no link went by post: it proves the address, not an email.
        action: challenge.linkHash
          ? 'verification.email_confirmed'
          : 'verification.posted_code_confirmed',
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
