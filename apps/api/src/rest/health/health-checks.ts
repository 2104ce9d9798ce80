import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: { postgres: CheckResult; redis: CheckResult; shop: CheckResult };
}

const TIMEOUT_MS = 2_000;

/** Probes each dependency with a short timeout, so /health answers even when one hangs. */
@Injectable()
export class HealthChecks implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly shop: Pool;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: TIMEOUT_MS,
      enableOfflineQueue: false,
    });
    this.redis.on('error', () => undefined); // reported through the check, not as a crash
    this.shop = new Pool({
      connectionString: config.SHOP_DATABASE_URL,
      max: 1,
      connectionTimeoutMillis: TIMEOUT_MS,
    });
    this.shop.on('error', () => undefined);
  }

  async run(): Promise<HealthReport> {
    const [postgres, redis, shop] = await Promise.all([
      probe(() => this.txHost.tx.query('SELECT 1')),
      probe(async () => {
        if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
        await this.redis.ping();
      }),
      probe(() => this.shop.query('SELECT 1')),
    ]);
    const allUp = [postgres, redis, shop].every((check) => check.status === 'up');
    return { status: allUp ? 'ok' : 'unavailable', checks: { postgres, redis, shop } };
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
    await this.shop.end();
  }
}

async function probe(check: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)),
          TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message || 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
