import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { SuppressionRecord } from '@rightsdesk/persistence';
import { suppressionHash } from './suppression-hash';

/**
 * Which of some email addresses must not be (re-)added to marketing: the company's imports ask
 * before adding people, and a person who deleted their data or withdrew consent stays out.
 */
@Injectable()
export class SuppressionList {
  private readonly key: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = config.tokenKey;
  }

  async suppressed(emails: readonly string[]): Promise<string[]> {
    const byHash = new Map(emails.map((email) => [suppressionHash(this.key, email), email]));
    if (byHash.size === 0) return [];
    const rows = await this.txHost.tx
      .getRepository(SuppressionRecord)
      .findBy({ identityHash: In([...byHash.keys()]) });
    return rows.map((row) => byHash.get(row.identityHash) as string);
  }
}
