import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiKeysModule } from '@rightsdesk/api-keys';
import { AppConfig, ConfigModule } from '@rightsdesk/config';
import { DatabaseModule, runMigrations } from '@rightsdesk/persistence';
import { StaffRecordsModule } from '@rightsdesk/staff';

/**
 * What the commands that write to Rightsdesk's database build on: the configuration, the
 * database with its transactional context, and the modules whose services they call.
 */
@Module({})
export class CommandLineModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CommandLineModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
        ApiKeysModule,
        StaffRecordsModule,
      ],
    };
  }
}

/**
 * Applies the migrations, then runs `work` in an application context of CommandLineModule and
 * closes it. Nest logs nothing, so a command prints only its own lines, and a failure to start
 * reaches the command's error message instead of aborting the process.
 */
export async function withApplication<T>(
  config: AppConfig,
  work: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  await runMigrations(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(CommandLineModule.forRoot(config), {
    logger: false,
    abortOnError: false,
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
