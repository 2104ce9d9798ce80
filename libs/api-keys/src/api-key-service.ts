import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomBytes } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@rightsdesk/config';
import { API_SCOPES, ApiKey, ApiScope } from '@rightsdesk/persistence';
import { keyedHash, sameDigest } from '@rightsdesk/verification';

/** What a request authenticated with a key may do. */
export interface ApiPrincipal {
  keyId: string;
  name: string;
  scopes: readonly ApiScope[];
}

const KEY_PATTERN = /^rdk_([A-Za-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

/**
 * API keys for the company's other systems: `rdk_<prefix>_<secret>`. The prefix finds the row;
 * only a keyed hash of the whole key is stored, and the key is shown once, at creation.
 * Writes join the caller's open transaction; the hashes are keyed with TOKEN_SECRET.
 */
@Injectable()
export class ApiKeyService {
  /** The key the stored hashes are keyed with (TOKEN_SECRET). */
  private readonly tokenKey: Buffer;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.tokenKey = config.tokenKey;
  }

  /** The open transaction's manager, or the plain one outside a transaction. */
  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  async create(name: string, scopes: readonly string[]): Promise<{ id: string; key: string }> {
    const unknown = scopes.filter((scope) => !(API_SCOPES as readonly string[]).includes(scope));
    if (unknown.length > 0 || scopes.length === 0) {
      throw new Error(
        `scopes must be some of ${API_SCOPES.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
      );
    }
    const prefix = randomBytes(8)
      .toString('base64url')
      .replace(/[-_]/g, '')
      .slice(0, 10)
      .padEnd(10, '0');
    const key = `rdk_${prefix}_${randomBytes(32).toString('base64url')}`;
    const saved = await this.manager.getRepository(ApiKey).save({
      name,
      prefix,
      keyHash: keyedHash(this.tokenKey, 'api-key', key),
      scopes: scopes as ApiScope[],
    });
    return { id: saved.id, key };
  }

  /** The key's principal, or null when the key is malformed, unknown, wrong or revoked. */
  async authenticate(presented: string): Promise<ApiPrincipal | null> {
    const match = KEY_PATTERN.exec(presented);
    if (!match) return null;
    const repository = this.manager.getRepository(ApiKey);
    const row = await repository.findOneBy({ prefix: match[1] });
    if (
      !row ||
      row.revokedAt ||
      !sameDigest(row.keyHash, keyedHash(this.tokenKey, 'api-key', presented))
    )
      return null;
    // Last use is informative only; do not hold the request up for it.
    void repository.update({ id: row.id }, { lastUsedAt: new Date() }).catch(() => undefined);
    return { keyId: row.id, name: row.name, scopes: row.scopes };
  }

  /** Every key, newest first: what the admin page lists (never the key itself). */
  async list(): Promise<ApiKey[]> {
    return this.manager.getRepository(ApiKey).find({ order: { createdAt: 'DESC' } });
  }

  /** Revokes a key; it stops working on the next request. False when unknown or already revoked. */
  async revoke(id: string): Promise<ApiKey | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const repository = this.manager.getRepository(ApiKey);
    const result = await repository.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ? repository.findOneBy({ id }) : null;
  }
}
