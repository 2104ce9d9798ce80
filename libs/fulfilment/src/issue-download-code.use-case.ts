import { DataSource } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { DownloadChallenge, appendAuditEvent } from '@rightsdesk/persistence';
import { keyedHash, newOneTimeCode } from '@rightsdesk/verification';
import { downloadablePackage } from './downloadable-package';
import { PackageDownloadSettings } from './package-download.settings';

/** The stored hash of a download code: bound to the request, useless without the key. */
export function downloadCodeHash(key: Buffer, requestId: string, code: string): string {
  return keyedHash(key, 'download-code', `${requestId}:${code}`);
}

/**
 * Emails a fresh one-time code before a package is released: the data only behind an
 * authenticated, expiring link (GDPR 12(3), 32; REQUIREMENTS 21). The code is stored as a keyed
 * hash and sealed in the email until sending; any earlier code stops working.
 */
export class IssueDownloadCodeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: RenderNoticeUseCase,
    private readonly settings: PackageDownloadSettings,
  ) {}

  async execute(requestId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locks the request row, so two requests for a code at once cannot both slip under the limit.
      await manager.query('SELECT 1 FROM requests WHERE id = $1 FOR UPDATE', [requestId]);
      const ready = await downloadablePackage(manager, requestId, this.settings.packageDays);
      const [{ recent, oldest }] = (await manager.query(
        `SELECT count(*)::int AS recent, min(created_at) AS oldest FROM download_challenges
         WHERE request_id = $1 AND created_at > now() - interval '1 hour'`,
        [requestId],
      )) as Array<{ recent: number; oldest: Date | null }>;
      if (recent >= this.settings.codesPerHour && oldest) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil((new Date(oldest).getTime() + 3600_000 - Date.now()) / 1000),
        );
        throw new DomainError(
          'rate_limited',
          `${recent} download codes were sent in the last hour; ask again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
          [],
          retryAfterSeconds,
        );
      }
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
      await appendAuditEvent(manager, {
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
