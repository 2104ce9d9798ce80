import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { DownloadChallenge } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { keyedHash, limitCodesPerHour, newOneTimeCode } from '@rightsdesk/verification';
import { downloadablePackage } from './downloadable-package';
import { PackageDownloadSettings, packageDownloadSettings } from './package-download.settings';

/** The stored hash of a download code: bound to the request, useless without the key. */
export function downloadCodeHash(key: Buffer, requestId: string, code: string): string {
  return keyedHash(key, 'download-code', `${requestId}:${code}`);
}

/**
 * Emails a fresh one-time code before a package is released: the data only behind an
 * authenticated, expiring link (GDPR 12(3), 32; Civ. Code 1798.130). The code is stored as a keyed
 * hash and sealed in the email until sending; any earlier code stops working.
 */
@Injectable()
export class IssueDownloadCodeUseCase {
  private readonly settings: PackageDownloadSettings;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly notices: RenderNoticeUseCase,
    private readonly requests: RequestRepository,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = packageDownloadSettings(config);
  }

  async execute(requestId: string): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await this.requests.lock(requestId);
      await limitCodesPerHour(
        manager,
        'download_challenges',
        requestId,
        this.settings.codesPerHour,
        'download codes',
      );
      const ready = await downloadablePackage(manager, requestId, this.settings.packageDays);
      await manager
        .createQueryBuilder()
        .update(DownloadChallenge)
        .set({ closedAt: () => 'now()', closedReason: 'superseded' })
        .where('request_id = :requestId AND closed_at IS NULL', { requestId })
        .execute();
      const code = newOneTimeCode();
      const challenge = await manager.save(
        manager.create(DownloadChallenge, {
          requestId,
          packageId: ready.id,
          codeHash: downloadCodeHash(this.settings.tokenKey, requestId, code),
          expiresAt: new Date(Date.now() + this.settings.codeMinutes * 60_000),
          maxAttempts: this.settings.maxAttempts,
        }),
      );
      await this.audit.append({
        requestId,
        actor: 'subject',
        action: 'download.code_sent',
        data: { challengeId: challenge.id, expiresAt: challenge.expiresAt.toISOString() },
      });
      await this.notices.renderInto(manager, requestId, 'download_code', {
        dedupeKey: `download_code:${challenge.id}`,
        facts: { codeMinutes: this.settings.codeMinutes },
        secrets: { code },
      });
    });
  }
}
