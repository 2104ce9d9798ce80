import type { ModuleMetadata } from '@nestjs/common';
import { Test, type TestingModule, type TestingModuleBuilder } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type AppConfig, ConfigModule, loadConfig } from '@rightsdesk/config';
import { readDataMapFile } from '@rightsdesk/data-map';
import { LiveConfigModule } from '@rightsdesk/live-config';
import { DatabaseModule } from '@rightsdesk/persistence';
import {
  SHARED_DATABASE_LIMITS,
  TEST_CONNECTIONS,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  TEST_SHOP_DATABASE_URL,
} from './test-env';

export interface TestModule {
  moduleRef: TestingModule;
  config: AppConfig;
  dataSource: DataSource;
  get<T>(type: abstract new (...args: never[]) => T): T;
  close(): Promise<void>;
}

/**
 * Feature modules as the processes import them, on the configuration, database, transactional
 * context and live configuration the processes use, against the test databases. `env` sets
 * configuration variables; `override` replaces a provider (an SMTP sink, a fixed registry).
 */
export async function testModule(
  imports: NonNullable<ModuleMetadata['imports']>,
  env: Record<string, string> = {},
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (builder) => builder,
): Promise<TestModule> {
  const config = loadConfig({
    DATABASE_URL: TEST_DATABASE_URL,
    SHOP_DATABASE_URL: TEST_SHOP_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'silent',
    ...SHARED_DATABASE_LIMITS,
    QUEUE_PREFIX: `test-${randomUUID().slice(0, 8)}`,
    ...env,
  });
  const dataMap = await readDataMapFile(config.DATA_MAP_PATH);
  const moduleRef = await override(
    Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
        LiveConfigModule.forRoot({ config, dataMap, connections: TEST_CONNECTIONS }),
        ...imports,
      ],
    }),
  ).compile();
  await moduleRef.init();
  return {
    moduleRef,
    config,
    dataSource: moduleRef.get(DataSource),
    get: (type) => moduleRef.get(type),
    close: () => moduleRef.close(),
  };
}
