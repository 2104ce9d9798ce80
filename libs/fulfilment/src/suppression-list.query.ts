import { DataSource, In } from 'typeorm';
import { SuppressionRecord } from '@rightsdesk/persistence';
import { suppressionHash } from './suppression-hash';

/**
 * Which of some email addresses must not be (re-)added to marketing: the company's imports ask
 * before adding people, and a person who deleted their data or withdrew consent stays out.
 */
export class SuppressionList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly key: Buffer,
  ) {}

  async suppressed(emails: readonly string[]): Promise<string[]> {
    const byHash = new Map(emails.map((email) => [suppressionHash(this.key, email), email]));
    if (byHash.size === 0) return [];
    const rows = await this.dataSource
      .getRepository(SuppressionRecord)
      .findBy({ identityHash: In([...byHash.keys()]) });
    return rows.map((row) => byHash.get(row.identityHash) as string);
  }
}
