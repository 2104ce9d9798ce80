import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Readable } from 'node:stream';
import { MoreThan } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { AccessDownload, DownloadChallenge } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository } from '@rightsdesk/requests';
import { ACCESS_PACKAGE_FORMAT } from './access-package-writer';
import { downloadGrantHash } from './confirm-download-code.use-case';
import { downloadablePackage } from './downloadable-package';
import { readPackage } from './encrypted-package-store';
import { PackageDownloadSettings, packageDownloadSettings } from './package-download.settings';

/** A package on its way out: what to call it, how big it is, its bytes, and how to record it. */
export interface OpenedDownload {
  fileName: string;
  contentType: string;
  byteSize: number;
  /** The package decrypted chunk by chunk as it is read; each chunk is authenticated. */
  body: Readable;
  /** Records how it ended: bytes sent, and whether every byte went out. */
  finish(bytesSent: number, completed: boolean): Promise<void>;
}

/**
 * Opens a package for a person holding a valid download grant, and records the download (ids,
 * time and bytes only) in access_downloads and in the audit trail, where the status page shows it.
 */
@Injectable()
export class OpenPackageDownloadUseCase {
  private readonly settings: PackageDownloadSettings;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly requests: RequestRepository,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = packageDownloadSettings(config);
  }

  /** Whether a grant token opens this request's package now (the download page's question). */
  async grantValid(requestId: string, grantToken: string | undefined, now = new Date()) {
    return (await this.grantFor(requestId, grantToken, now)) !== null;
  }

  async execute(requestId: string, grantToken: string | undefined): Promise<OpenedDownload> {
    const now = new Date();
    const manager = this.txHost.tx;
    const ready = await downloadablePackage(manager, requestId, this.settings.packageDays, now);
    const grant = await this.grantFor(requestId, grantToken, now);
    if (!grant || grant.packageId !== ready.id) {
      throw new DomainError('unauthenticated', 'Enter the code we email you to download.');
    }
    const request = await this.requests.getById(requestId);
    const download = await manager.getRepository(AccessDownload).save({
      requestId,
      packageId: ready.id,
      challengeId: grant.id,
    });
    const zip = ready.format === ACCESS_PACKAGE_FORMAT;
    return {
      // Packages made before the ZIP format are one JSON document.
      fileName: `${request.reference}.${zip ? 'zip' : 'json'}`,
      contentType: zip ? 'application/zip' : 'application/json',
      byteSize: Number(ready.byteSize),
      body: Readable.from(
        readPackage(this.txHost.tx, this.settings.packageKey, ready.id, ready.chunkCount),
        { objectMode: false },
      ),
      finish: (bytesSent, completed) =>
        this.txHost.withTransaction(async () => {
          const tx = this.txHost.tx;
          const outcome = completed ? 'completed' : 'interrupted';
          await tx.update(
            AccessDownload,
            { id: download.id },
            { finishedAt: new Date(), byteCount: String(bytesSent), outcome },
          );
          await this.audit.append({
            requestId,
            actor: 'subject',
            action: completed ? 'access.downloaded' : 'access.download_interrupted',
            data: { downloadId: download.id, packageId: ready.id, bytes: bytesSent },
          });
        }),
    };
  }

  private grantFor(
    requestId: string,
    grantToken: string | undefined,
    now: Date,
  ): Promise<DownloadChallenge | null> {
    if (!grantToken || grantToken.length > 100) return Promise.resolve(null);
    return this.txHost.tx.getRepository(DownloadChallenge).findOneBy({
      requestId,
      grantHash: downloadGrantHash(this.settings.tokenKey, grantToken),
      grantExpiresAt: MoreThan(now),
    });
  }
}
