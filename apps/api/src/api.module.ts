import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { ApiKeysModule } from '@rightsdesk/api-keys';
import { ConfigModule } from '@rightsdesk/config';
import { DataMapInForce, LiveConfigModule, PolicyInForce } from '@rightsdesk/live-config';
import { FulfilmentModule } from '@rightsdesk/fulfilment';
import { IntakeModule } from '@rightsdesk/intake';
import { MailboxModule } from '@rightsdesk/mailbox';
import { NoticesModule } from '@rightsdesk/notices';
import { PreparedProcess, httpLoggerOptions } from '@rightsdesk/observability';
import { DatabaseModule } from '@rightsdesk/persistence';
import { ReportsModule } from '@rightsdesk/reports';
import { RequestsModule } from '@rightsdesk/requests';
import { ReviewModule } from '@rightsdesk/review';
import { RateLimiter, VerificationModule } from '@rightsdesk/verification';
import { ApiResources } from './api-resources';
import { CONSOLE_CONTROLLERS } from './console/console.controllers';
import { CONSOLE_PROVIDERS, consoleStaffModule } from './console/console.providers';
import { PRIVACY_CENTER_CONTROLLERS } from './privacy-center/privacy-center.controllers';
import { livePrivacyCenterSettings } from './privacy-center/live-privacy-center-settings';
import { PrivacyCenterSettings } from './privacy-center/privacy-center.settings';
import { StatusPageModels } from './privacy-center/status-page.models';
import { TokenPagesQuery } from './privacy-center/token-pages.query';
import { ADMIN_API_PROVIDERS } from './rest/admin/admin-api.providers';
import { ApiAccessGuard } from './rest/api-access.guard';
import { HealthChecks } from './rest/health/health-checks';
import { ProblemDetailsFilter } from './rest/problem-details.filter';
import { REST_CONTROLLERS } from './rest/rest.controllers';
import { RequestRateLimits } from './web/request-rate-limits';

/** The HTTP process: REST API, privacy center pages, staff console and health. */
@Module({})
export class ApiModule {
  static forRoot(prepared: PreparedProcess): DynamicModule {
    const { config } = prepared;
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: httpLoggerOptions(config.LOG_LEVEL) }),
        DatabaseModule.forRoot(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
        LiveConfigModule.forRoot(prepared),
        NoticesModule,
        FulfilmentModule,
        RequestsModule,
        VerificationModule,
        IntakeModule,
        MailboxModule,
        ReviewModule,
        ReportsModule,
        ApiKeysModule,
        consoleStaffModule(config),
      ],
      controllers: [...REST_CONTROLLERS, ...PRIVACY_CENTER_CONTROLLERS, ...CONSOLE_CONTROLLERS],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        ...CONSOLE_PROVIDERS,
        ...ADMIN_API_PROVIDERS,
        HealthChecks,
        {
          provide: PrivacyCenterSettings,
          inject: [PolicyInForce, DataMapInForce],
          useFactory: (policy: PolicyInForce, maps: DataMapInForce) =>
            livePrivacyCenterSettings(config, policy, maps),
        },
        RequestRateLimits,
        TokenPagesQuery,
        StatusPageModels,
        ApiAccessGuard,
        {
          provide: ApiResources,
          useFactory: () =>
            new ApiResources(
              new Redis(config.REDIS_URL, {
                maxRetriesPerRequest: 1,
                enableOfflineQueue: false,
                lazyConnect: true,
                // A Redis that accepts but does not answer must not hold a person's request.
                commandTimeout: 500,
              }),
            ),
        },
        {
          provide: RateLimiter,
          inject: [ApiResources],
          useFactory: (resources: ApiResources) =>
            new RateLimiter(resources.redis, config.QUEUE_PREFIX),
        },
      ],
    };
  }
}
