import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from '@rightsdesk/config';
import { LiveConfigModule } from '@rightsdesk/live-config';
import { PreparedProcess, REDACTED_PATHS } from '@rightsdesk/observability';
import { DatabaseModule } from '@rightsdesk/persistence';
import { jobOptions, redisConnectionOptions } from '@rightsdesk/queue';
import { WorkerJobsModule } from './worker-jobs.module';

/** The worker process: BullMQ processors and the outbox relay. Only this module registers processors. */
@Module({})
export class WorkerModule {
  static forRoot(prepared: PreparedProcess): DynamicModule {
    const { config } = prepared;
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          },
        }),
        DatabaseModule.forRoot(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
        LiveConfigModule.forRoot(prepared),
        BullModule.forRoot({
          connection: redisConnectionOptions(config.REDIS_URL),
          prefix: config.QUEUE_PREFIX,
          defaultJobOptions: jobOptions({
            attempts: config.JOB_ATTEMPTS,
            backoffMs: config.JOB_BACKOFF_MS,
          }),
        }),
        WorkerJobsModule,
      ],
    };
  }
}
