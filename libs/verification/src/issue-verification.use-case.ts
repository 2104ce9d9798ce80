import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError, statusInWords } from '@rightsdesk/domain';
import { RenderNoticeUseCase, SECRET_PLACEHOLDERS } from '@rightsdesk/notices';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { keyedHash, newOneTimeCode, newSecretToken } from './secret-tokens';
import { refuseOverHourlyLimit } from './code-throttle';
import { PersonCodeLimits, personLimitedError } from './person-code-limits';
import { VerificationChallenges } from './verification-challenges';
import { VerificationSettings, VerificationSettingsInForce } from './verification-settings';

/**
 * Emails a fresh one-time code and one-click link for a request awaiting verification. The code
 * and link are stored only as keyed hashes; any earlier challenge stops working. The email is
 * rendered in the same transaction (the caller's, when intake issues the first code) and sent by
 * its own job. A person sent too many codes across their requests gets none (staff are alerted).
 */
@Injectable()
export class IssueVerificationUseCase {
  constructor(
    private readonly requests: RequestRepository,
    private readonly challenges: VerificationChallenges,
    private readonly trail: AuditTrail,
    private readonly notices: RenderNoticeUseCase,
    private readonly settings: VerificationSettingsInForce,
    private readonly personLimits: PersonCodeLimits,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** A new code the person asked for: 429 when their request or they are over a limit. */
  async execute(requestId: string): Promise<void> {
    const wait = await this.issue(requestId);
    if (wait) throw personLimitedError('codes', wait);
  }

  /**
   * The first code, as intake records the request: a person over their limit gets no code (the
   * request is still recorded and waits; they may ask again later), and `statusToken` is the
   * page the email links to.
   */
  async issueAtIntake(requestId: string, statusToken: string): Promise<void> {
    await this.issue(requestId, statusToken);
  }

  /** Seconds to wait when the person is over their limit (no code sent), else 0. */
  private async issue(requestId: string, statusToken?: string): Promise<number> {
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
      const subject = await this.requests.subjectOf(request);
      if (!subject.email) {
        await this.sendByLetter(requestId, settings);
        return 0;
      }
      const identityHash = this.personLimits.identityOf(subject.email);
      const wait = identityHash
        ? await this.personLimits.wait(requestId, identityHash, 'codes')
        : 0;
      if (wait) return wait;
      await this.challenges.supersedeOpen(requestId, 'verify');
      const code = newOneTimeCode();
      const link = newSecretToken();
      const challenge = await this.challenges.add({
        requestId,
        purpose: 'verify',
        identityHash,
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
      return 0;
    });
  }

  /**
   * A person without email: the code goes by post, with no link (a link cannot be typed from
   * paper), works for days rather than minutes (the post is slow both ways), and is limited to
   * the same few wrong tries. The request waits for it at least as long as the code works.
   */
  private async sendByLetter(requestId: string, settings: VerificationSettings): Promise<void> {
    await this.challenges.supersedeOpen(requestId, 'verify');
    const code = newOneTimeCode();
    const expiresAt = new Date(Date.now() + settings.letterCodeDays * 24 * 3600_000);
    const challenge = await this.challenges.add({
      requestId,
      purpose: 'verify',
      identityHash: null,
      codeHash: keyedHash(settings.tokenKey, 'code', `${requestId}:${code}`),
      linkHash: null,
      expiresAt,
      maxAttempts: settings.maxAttempts,
    });
    await this.requests.extendVerificationWindow(requestId, expiresAt);
    await this.trail.append({
      requestId,
      actor: 'system',
      action: 'verification.code_posted',
      data: { challengeId: challenge.id, expiresAt: expiresAt.toISOString() },
    });
    await this.notices.renderInto(this.txHost.tx, requestId, 'verification_letter', {
      dedupeKey: `verification_letter:${challenge.id}`,
      facts: {
        codeDays: settings.letterCodeDays,
        enterCodeUrl: new URL(LETTER_CODE_PAGE, settings.publicUrl).toString(),
      },
      printedSecrets: { code },
    });
  }
}

/**
 * The place on the privacy center where a person enters the code they received by letter. The
 * letter prints it, so it is short and carries nothing secret.
 */
export const LETTER_CODE_PAGE = '/verify/letter';

/** A privacy-center page in the language the person wrote in, whatever their browser says. */
function pageUrl(path: string, publicUrl: string, language: string): string {
  const url = new URL(path, publicUrl);
  url.searchParams.set('lang', language);
  return url.toString();
}
