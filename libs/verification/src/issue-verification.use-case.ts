import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, statusInWords } from '@rightsdesk/domain';
import { RenderNoticeUseCase, SECRET_PLACEHOLDERS } from '@rightsdesk/notices';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { keyedHash, newOneTimeCode, newSecretToken } from './secret-tokens';
import { refuseOverHourlyLimit } from './code-throttle';
import { VerificationChallenges } from './verification-challenges';
import { VerificationSettingsInForce } from './verification-settings';

/**
 * Emails a fresh one-time code and one-click link for a request awaiting verification. The code
 * and link are stored only as keyed hashes; any earlier challenge stops working. The email is
 * rendered in the same transaction (the caller's, when intake issues the first code) and sent by
 * its own job.
 */
@Injectable()
export class IssueVerificationUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly challenges: VerificationChallenges,
    private readonly trail: AuditTrail,
    private readonly notices: RenderNoticeUseCase,
    private readonly settings: VerificationSettingsInForce,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async execute(requestId: string, statusToken?: string): Promise<void> {
    return this.txHost.withTransaction(async () => {
      const settings = this.settings.current();
      const request = await this.requests.findById(requestId);
      if (!request) throw new DomainError('not_found', 'no such request');
      if (request.status !== 'pending_verification') {
        throw new DomainError(
          'invalid_state',
          `a code can only be sent while the request is waiting for verification; it is ${statusInWords(request.status)}`,
        );
      }
      // regs 7060: the request row is locked first, so two asks at once cannot both slip under.
      await this.requests.lock(requestId);
      refuseOverHourlyLimit(
        await this.challenges.sentInLastHour(requestId, 'verify'),
        settings.codesPerHour,
        'codes for this request',
      );
      await this.challenges.supersedeOpen(requestId, 'verify');
      const code = newOneTimeCode();
      const link = newSecretToken();
      const challenge = await this.challenges.add({
        requestId,
        purpose: 'verify',
        codeHash: keyedHash(settings.tokenKey, 'code', `${requestId}:${code}`),
        linkHash: keyedHash(settings.tokenKey, 'link', link),
        expiresAt: new Date(Date.now() + settings.codeMinutes * 60_000),
        maxAttempts: settings.maxAttempts,
      });
      await this.trail.append({
        requestId,
        actor: 'system',
        action: 'verification.code_sent',
        data: { challengeId: challenge.id, expiresAt: challenge.expiresAt.toISOString() },
      });
      await this.notices.renderInto(this.txHost.tx, requestId, 'verification_code', {
        dedupeKey: `verification_code:${challenge.id}`,
        facts: {
          codeMinutes: settings.codeMinutes,
          // The link is a secret like the code: the stored copy staff read holds a placeholder.
          statusUrl: statusToken ? SECRET_PLACEHOLDERS.statusUrl : undefined,
        },
        secrets: {
          code,
          verifyUrl: pageUrl(`/verify/link/${link}`, settings.publicUrl, request.language),
          ...(statusToken
            ? { statusUrl: pageUrl(`/status/${statusToken}`, settings.publicUrl, request.language) }
            : {}),
        },
      });
    });
  }
}

/** A privacy-center page in the language the person wrote in, whatever their browser says. */
function pageUrl(path: string, publicUrl: string, language: string): string {
  const url = new URL(path, publicUrl);
  url.searchParams.set('lang', language);
  return url.toString();
}
