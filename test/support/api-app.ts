import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { AppConfig, loadConfig } from '@rightsdesk/config';
import { readDataMapFile } from '@rightsdesk/data-map';
import { Correspondence, openFromBytes } from '@rightsdesk/persistence';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { ReplyingExpressAdapter } from '../../apps/api/src/web/reply';
import {
  SHARED_DATABASE_LIMITS,
  TEST_CONNECTIONS,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  TEST_SHOP_DATABASE_URL,
} from './test-env';

export interface TestApi {
  app: NestExpressApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** A fresh API key with these scopes, for "Authorization: Bearer …". */
  apiKey(...scopes: string[]): Promise<string>;
  close(): Promise<void>;
}

/** The api module as main.ts wires it, in this process, against the test databases. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({
    DATABASE_URL: TEST_DATABASE_URL,
    SHOP_DATABASE_URL: TEST_SHOP_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'silent',
    ...SHARED_DATABASE_LIMITS,
    // Each app its own rate-limit counters and queues: tests do not share a window.
    QUEUE_PREFIX: `test-${randomUUID().slice(0, 8)}`,
    ...env,
  });
  const dataMap = await readDataMapFile(config.DATA_MAP_PATH);
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot({ config, dataMap, connections: TEST_CONNECTIONS }),
    new ReplyingExpressAdapter(),
    { bodyParser: false, logger: false },
  );
  configureApp(app, config);
  await app.init();
  const dataSource = app.get(DataSource);
  const keys = app.get(ApiKeyService);
  return {
    app,
    dataSource,
    config,
    apiKey: async (...scopes) => (await keys.create('test', scopes)).key,
    close: () => app.close(),
  };
}

/**
 * The six-digit code of the newest verification email on a request, read as the worker would
 * before sending it (sealed at rest until then). Stands in for the person reading their inbox.
 */
export async function verificationCodeFor(
  dataSource: DataSource,
  key: Buffer,
  requestId: string,
): Promise<{ code: string; verifyUrl: string }> {
  const message = await dataSource.getRepository(Correspondence).findOneOrFail({
    where: { requestId, kind: 'verification_code' },
    order: { createdAt: 'DESC' },
  });
  if (!message.sealedSecrets) throw new Error('the verification email holds no secrets');
  return JSON.parse(openFromBytes(key, message.id, message.sealedSecrets).toString('utf8')) as {
    code: string;
    verifyUrl: string;
  };
}
