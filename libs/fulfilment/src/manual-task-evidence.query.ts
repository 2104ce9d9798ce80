import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { ManualTaskEvidence, openFromBytes } from '@rightsdesk/persistence';

/** What staff recorded when they completed a task by hand, and the file they attached. */
@Injectable()
export class ManualTaskEvidenceQuery {
  private readonly packageKey: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.packageKey = config.packageEncryptionKey;
  }

  /** The newest evidence for a step of a request; null for an unknown or malformed step id. */
  latest(requestId: string, stepId: string): Promise<ManualTaskEvidence | null> {
    if (!/^[0-9a-f-]{36}$/i.test(stepId)) return Promise.resolve(null);
    return this.txHost.tx
      .getRepository(ManualTaskEvidence)
      .findOne({ where: { requestId, stepId }, order: { createdAt: 'DESC' } });
  }

  /** The attached file, decrypted (it is sealed to its step, like package chunks). */
  openFile(stepId: string, sealedFile: Buffer): Buffer {
    return openFromBytes(this.packageKey, stepId, sealedFile);
  }
}
