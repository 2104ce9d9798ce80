import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { RenderNoticeUseCase, sealStatusToken } from '@rightsdesk/notices';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { LOOKUP_ANSWER_MS, answerNoSoonerThan } from './even-answer-time';
import { VerificationChallenges } from './verification-challenges';
import {
  keyedHash,
  newOneTimeCode,
  newSecretToken,
  sameDigest,
  statusTokenHash,
} from './secret-tokens';
import { VerificationSettingsInForce } from './verification-settings';

/** A lookup code works at most this long, however long verification codes work. */
export const LOOKUP_CODE_MAX_MINUTES = 15;

/** What entering a lookup code led to: the request's page under a fresh link, or nothing. */
export type LookupOutcome = { kind: 'opened'; statusToken: string } | { kind: 'refused' };

/** The stored hash of a lookup code: bound to its request, useless without the key. */
function lookupCodeHash(key: Buffer, requestId: string, code: string): string {
  return keyedHash(key, 'lookup-code', `${requestId}:${code}`);
}

/**
 * "Find my request": a person who lost the link to their request gives its reference and their
 * email address. Whether or not they match, the caller answers the same, so nobody learns which
 * references or addresses exist. When they match, a short-lived code goes to the request's own
 * email address (a code, not a fresh link: the link would be a long-lived key travelling by
 * email again, while the code works only where it was asked for, for minutes, with few tries).
 * The right code opens the status page under a new status link; the lost one stops working.
 */
@Injectable()
export class FindRequestUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly challenges: VerificationChallenges,
    private readonly trail: AuditTrail,
    private readonly notices: RenderNoticeUseCase,
    private readonly settings: VerificationSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Emails a code when reference and email match a request answered by email; else nothing. */
  async askForCode(reference: string, email: string): Promise<void> {
    await answerNoSoonerThan(LOOKUP_ANSWER_MS, () => this.sendCodeIfMatching(reference, email));
  }

  /**
   * Checks a code against the newest one sent for the matching request (constant time, limited
   * tries). Every refusal looks the same, in words and in time: no match, no code, expired,
   * spent or wrong.
   */
  async openWithCode(reference: string, email: string, code: string): Promise<LookupOutcome> {
    return answerNoSoonerThan(LOOKUP_ANSWER_MS, () => this.checkCode(reference, email, code));
  }

  private async sendCodeIfMatching(reference: string, email: string): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const request = await this.matching(reference, email);
      if (!request) return;
      const settings = this.settings.current();
      // regs 7060: the row is locked first, so two asks at once cannot both slip under the limit.
      await this.requests.lock(request.id);
      const sent = await this.challenges.sentInLastHour(request.id, 'find_request');
      if (sent.recent >= settings.codesPerHour) {
        // Refusing aloud would tell a stranger the reference and address match: stay silent.
        await this.trail.append({
          requestId: request.id,
          actor: 'subject',
          action: 'lookup.code_throttled',
          data: { sentInLastHour: sent.recent },
        });
        return;
      }
      await this.challenges.supersedeOpen(request.id, 'find_request');
      const code = newOneTimeCode();
      const minutes = Math.min(settings.codeMinutes, LOOKUP_CODE_MAX_MINUTES);
      const challenge = await this.challenges.add({
        requestId: request.id,
        purpose: 'find_request',
        identityHash: null,
        codeHash: lookupCodeHash(settings.tokenKey, request.id, code),
        linkHash: null,
        expiresAt: new Date(Date.now() + minutes * 60_000),
        maxAttempts: settings.maxAttempts,
      });
      await this.trail.append({
        requestId: request.id,
        actor: 'subject',
        action: 'lookup.code_sent',
        data: { challengeId: challenge.id, expiresAt: challenge.expiresAt.toISOString() },
      });
      await this.notices.renderInto(this.txHost.tx, request.id, 'lookup_code', {
        dedupeKey: `lookup_code:${challenge.id}`,
        facts: { codeMinutes: minutes },
        secrets: { code },
      });
    });
  }

  private async checkCode(reference: string, email: string, code: string): Promise<LookupOutcome> {
    return this.txHost.withTransaction(async () => {
      const refused = { kind: 'refused' } as const;
      const request = await this.matching(reference, email);
      const settings = this.settings.current();
      // Hashed whether or not anything matches, so both answers do the same work before waiting.
      const expected = lookupCodeHash(settings.tokenKey, request?.id ?? reference, code);
      if (!request) return refused;
      const challenge = await this.challenges.newestLocked(request.id, 'find_request');
      if (!challenge || challenge.closedAt || challenge.expiresAt.getTime() <= Date.now()) {
        return refused;
      }
      if (!sameDigest(expected, challenge.codeHash)) {
        const attempts = challenge.attempts + 1;
        const exhausted = attempts >= challenge.maxAttempts;
        await this.challenges.recordWrongAnswer(
          challenge.id,
          attempts,
          exhausted ? new Date() : null,
        );
        await this.trail.append({
          requestId: request.id,
          actor: 'subject',
          action: 'lookup.wrong_code',
          data: { challengeId: challenge.id, attempts, exhausted },
        });
        return refused;
      }
      await this.challenges.close(challenge.id, new Date(), 'opened');
      const statusToken = newSecretToken();
      // The new secret is sealed too, so later emails link to the page that now opens.
      await this.requests.replaceStatusToken(
        request.id,
        statusTokenHash(settings.tokenKey, statusToken),
        sealStatusToken(settings.sealKey, statusToken),
      );
      await this.trail.append({
        requestId: request.id,
        actor: 'subject',
        action: 'lookup.status_link_renewed',
        data: { challengeId: challenge.id },
      });
      return { kind: 'opened', statusToken };
    });
  }

  /** The request with this reference whose person gave this email address, if any. */
  private async matching(reference: string, email: string): Promise<DataSubjectRequest | null> {
    const request = await this.requests.findByReference(reference);
    if (!request || request.personalDataPurgedAt) return null;
    const subject = await this.requests.subjectOf(request);
    const given = email.trim().toLowerCase();
    return subject.email && subject.email.trim().toLowerCase() === given ? request : null;
  }
}
