import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  OpenPackageDownloadUseCase,
  PackageDownloadSettings,
  packageExpiresAt,
} from '@rightsdesk/fulfilment';
import { AccessPackage, DownloadChallenge } from '@rightsdesk/persistence';

/** How downloads are protected (code and grant lifetimes, package days), from configuration. */
export const PACKAGE_DOWNLOAD_SETTINGS = Symbol('PACKAGE_DOWNLOAD_SETTINGS');

/** Where a request's download stands, as the status and download pages show it. */
export type DownloadState =
  | { kind: 'none' }
  | { kind: 'gone' }
  | { kind: 'ready'; availableUntil: Date; granted: boolean; codeOpen: boolean };

/** Read-only: whether a package can be downloaded, until when, and the newest code's state. */
@Injectable()
export class DownloadPageQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly open: OpenPackageDownloadUseCase,
    @Inject(PACKAGE_DOWNLOAD_SETTINGS) readonly settings: PackageDownloadSettings,
  ) {}

  async state(requestId: string, grantToken?: string, now = new Date()): Promise<DownloadState> {
    const ready = await this.dataSource
      .getRepository(AccessPackage)
      .findOneBy({ requestId, status: 'ready' });
    if (!ready) return { kind: 'none' };
    const availableUntil = packageExpiresAt(ready.createdAt, this.settings.packageDays);
    if (availableUntil.getTime() <= now.getTime()) return { kind: 'gone' };
    const newest = await this.dataSource.getRepository(DownloadChallenge).findOne({
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
