import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { AccessPackage, DownloadChallenge } from '@rightsdesk/persistence';
import { OpenPackageDownloadUseCase } from './open-package-download.use-case';
import { PackageDownloadSettings, packageDownloadSettings } from './package-download.settings';
import { packageExpiresAt } from './package-expiry';

/** Where a request's download stands, as the status and download pages show it. */
export type DownloadState =
  | { kind: 'none' }
  | { kind: 'gone' }
  | { kind: 'ready'; availableUntil: Date; granted: boolean; codeOpen: boolean };

/** Read-only: whether a package can be downloaded, until when, and the newest code's state. */
@Injectable()
export class DownloadStateQuery {
  /** How downloads are protected (code and grant lifetimes, package days). */
  readonly settings: PackageDownloadSettings;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly open: OpenPackageDownloadUseCase,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = packageDownloadSettings(config);
  }

  async state(requestId: string, grantToken?: string, now = new Date()): Promise<DownloadState> {
    const ready = await this.txHost.tx
      .getRepository(AccessPackage)
      .findOneBy({ requestId, status: 'ready' });
    if (!ready) return { kind: 'none' };
    const availableUntil = packageExpiresAt(ready.createdAt, this.settings.packageDays);
    if (availableUntil.getTime() <= now.getTime()) return { kind: 'gone' };
    const newest = await this.txHost.tx.getRepository(DownloadChallenge).findOne({
      where: { requestId },
      order: { createdAt: 'DESC' },
    });
    const codeOpen = Boolean(
      newest &&
      !newest.closedAt &&
      newest.expiresAt.getTime() > now.getTime() &&
      newest.attempts < newest.maxAttempts,
    );
    const granted = await this.open.grantValid(requestId, grantToken, now);
    return { kind: 'ready', availableUntil, granted, codeOpen };
  }
}
