import 'reflect-metadata';
import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '@rightsdesk/config';
import { readDataMapFile } from '@rightsdesk/data-map';
import { IntakeModule } from '@rightsdesk/intake';
import { LiveConfigModule } from '@rightsdesk/live-config';
import { DatabaseModule } from '@rightsdesk/persistence';
import {
  SHARED_DATABASE_LIMITS,
  TEST_CONNECTIONS,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  TEST_SHOP_DATABASE_URL,
} from './test-env';

/**
 * Intake built from the modules the processes import (configuration, database, the settings in
 * force, intake), against the test databases. Close it when done.
 */
export async function startTestIntake(env: Record<string, string> = {}): Promise<TestingModule> {
  const config = loadConfig({
    DATABASE_URL: TEST_DATABASE_URL,
    SHOP_DATABASE_URL: TEST_SHOP_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'silent',
    ...SHARED_DATABASE_LIMITS,
    ...env,
  });
  const dataMap = await readDataMapFile(config.DATA_MAP_PATH);
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
      LiveConfigModule.forRoot({ config, dataMap, connections: TEST_CONNECTIONS }),
      IntakeModule,
    ],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}
