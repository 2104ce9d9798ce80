import { Test } from '@nestjs/testing';
import { ApiKeyService, ApiKeysModule } from '@rightsdesk/api-keys';
import { ConfigModule, loadConfig } from '@rightsdesk/config';
import { DatabaseModule } from '@rightsdesk/persistence';

/**
 * An API key with `scopes`, minted as an admin would: ApiKeysModule over the database and the
 * TOKEN_SECRET of `env`, the environment the processes that will check the key run with.
 */
export async function mintApiKey(
  env: NodeJS.ProcessEnv,
  name: string,
  scopes: string[],
): Promise<string> {
  const config = loadConfig(env);
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
      ApiKeysModule,
    ],
  }).compile();
  await moduleRef.init();
  try {
    return (await moduleRef.get(ApiKeyService).create(name, scopes)).key;
  } finally {
    await moduleRef.close();
  }
}
