import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import {
  DataSubjectRequest,
  VerificationChallenge,
  appendAuditEvent,
} from '@rightsdesk/persistence';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { keyedHash, newOneTimeCode, newSecretToken } from './secret-tokens';
import { limitCodesPerHour } from './code-throttle';
import { VerificationSettings } from './verification-settings';

/**
 * Emails a fresh one-time code and one-click link for a request awaiting verification. The code
 * and link are stored only as keyed hashes; any earlier challenge stops working. The email is
 * rendered in the same transaction and sent by its own job.
 */
export class IssueVerificationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: RenderNoticeUseCase,
    private readonly settings: VerificationSettings,
  ) {}

  async execute(requestId: string, statusToken?: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.issueInto(manager, requestId, statusToken));
  }

  async issueInto(manager: EntityManager, requestId: string, statusToken?: string): Promise<void> {
    const request = await manager.getRepository(DataSubjectRequest).findOneBy({ id: requestId });
    if (!request) throw new DomainError('not_found', 'no such request');
    if (request.status !== 'pending_verification') {
      throw new DomainError(
        'invalid_state',
        `a code can only be sent while the request is pending_verification; it is ${request.status}`,
      );
    }
    await limitCodesPerHour(
      manager,
      'verification_challenges',
      requestId,
      this.settings.codesPerHour,
      'codes for this request',
    );
    await manager
      .createQueryBuilder()
      .update(VerificationChallenge)
      .set({ closedAt: () => 'now()', closedReason: 'superseded' })
      .where('request_id = :requestId AND closed_at IS NULL', { requestId })
      .execute();
    const code = newOneTimeCode();
    const link = newSecretToken();
    const challenge = await manager.save(
      manager.create(VerificationChallenge, {
        requestId,
        codeHash: keyedHash(this.settings.tokenKey, 'code', `${requestId}:${code}`),
        linkHash: keyedHash(this.settings.tokenKey, 'link', link),
        expiresAt: new Date(Date.now() + this.settings.codeMinutes * 60_000),
        maxAttempts: this.settings.maxAttempts,
      }),
    );
    await appendAuditEvent(manager, {
      requestId,
      actor: 'system',
      action: 'verification.code_sent',
      data: { challengeId: challenge.id, expiresAt: challenge.expiresAt.toISOString() },
    });
    await this.notices.renderInto(manager, requestId, 'verification_code', {
      dedupeKey: `verification_code:${challenge.id}`,
      facts: {
        codeMinutes: this.settings.codeMinutes,
        statusUrl: statusToken
          ? new URL(`/status/${statusToken}`, this.settings.publicUrl).toString()
          : undefined,
      },
      secrets: {
        code,
        verifyUrl: new URL(`/verify/link/${link}`, this.settings.publicUrl).toString(),
      },
    });
  }
}
