import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DownloadChallenge } from '@rightsdesk/persistence';
import { AuditTrail } from '@rightsdesk/requests';
import { keyedHash, newSecretToken, sameDigest } from '@rightsdesk/verification';
import { downloadCodeHash } from './issue-download-code.use-case';
import { downloadablePackage } from './downloadable-package';
import { PackageDownloadSettings, packageDownloadSettings } from './package-download.settings';

/** What entering a download code led to. Wrong tries are committed, whatever the outcome. */
export type DownloadCodeOutcome =
  | { kind: 'granted'; grantToken: string; grantExpiresAt: Date }
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'expired' }
  | { kind: 'too_many_attempts' };

/** The stored hash of a download grant (the person keeps the token in a cookie). */
export function downloadGrantHash(key: Buffer, grantToken: string): string {
  return keyedHash(key, 'download-grant', grantToken);
}

/**
 * Checks an emailed download code against the newest one (constant time, limited tries). The
 * right code closes it and opens a short download grant: a new random token, stored as a hash.
 */
@Injectable()
export class ConfirmDownloadCodeUseCase {
  private readonly settings: PackageDownloadSettings;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = packageDownloadSettings(config);
  }

  execute(requestId: string, code: string, now = new Date()): Promise<DownloadCodeOutcome> {
    return this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await downloadablePackage(manager, requestId, this.settings.packageDays, now);
      const newest = await manager.getRepository(DownloadChallenge).findOne({
        where: { requestId },
        order: { createdAt: 'DESC' },
      });
      // Locked, so two guesses at once cannot both be counted as the last allowed one.
      const challenge = newest
        ? await manager
            .getRepository(DownloadChallenge)
            .findOne({ where: { id: newest.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!challenge) return { kind: 'expired' };
      if (challenge.attempts >= challenge.maxAttempts) return { kind: 'too_many_attempts' };
      if (challenge.closedAt || challenge.expiresAt.getTime() <= now.getTime()) {
        return { kind: 'expired' };
      }
      const expected = downloadCodeHash(this.settings.tokenKey, requestId, code.trim());
      if (!sameDigest(expected, challenge.codeHash)) {
        const attempts = challenge.attempts + 1;
        const exhausted = attempts >= challenge.maxAttempts;
        await manager.update(
          DownloadChallenge,
          { id: challenge.id },
          { attempts, ...(exhausted ? { closedAt: now, closedReason: 'exhausted' as const } : {}) },
        );
        await this.audit.append({
          requestId,
          actor: 'subject',
          action: 'download.wrong_code',
          data: { challengeId: challenge.id, attempts, exhausted },
        });
        return exhausted
          ? { kind: 'too_many_attempts' }
          : { kind: 'wrong', attemptsLeft: challenge.maxAttempts - attempts };
      }
      const grantToken = newSecretToken();
      const grantExpiresAt = new Date(now.getTime() + this.settings.grantMinutes * 60_000);
      await manager.update(
        DownloadChallenge,
        { id: challenge.id },
        {
          closedAt: now,
          closedReason: 'granted',
          grantHash: downloadGrantHash(this.settings.tokenKey, grantToken),
          grantExpiresAt,
        },
      );
      await this.audit.append({
        requestId,
        actor: 'subject',
        action: 'download.code_confirmed',
        data: { challengeId: challenge.id, grantExpiresAt: grantExpiresAt.toISOString() },
      });
      return { kind: 'granted', grantToken, grantExpiresAt };
    });
  }
}
