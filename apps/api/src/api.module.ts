import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { API_KEY_SECRET, ApiKeyService } from '@rightsdesk/api-keys';
import { AppConfig, ConfigModule } from '@rightsdesk/config';
import { DataMapInForce, LiveConfigModule, PolicyInForce } from '@rightsdesk/live-config';
import { FulfilmentModule, packageDownloadSettings } from '@rightsdesk/fulfilment';
import { IntakeModule } from '@rightsdesk/intake';
import { NoticesModule } from '@rightsdesk/notices';
import { PreparedProcess, httpLoggerOptions } from '@rightsdesk/observability';
import { DatabaseModule } from '@rightsdesk/persistence';
import { RequestsModule } from '@rightsdesk/requests';
import { ReviewModule } from '@rightsdesk/review';
import { RateLimiter, VerificationModule } from '@rightsdesk/verification';
import { HealthChecks } from './health/health-checks';
import { HealthController } from './health/health.controller';
import { ApiAccessGuard } from './http/api-access.guard';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RequestsController } from './requests/requests.controller';
import { SuppressionsController } from './requests/suppressions.controller';
import { ProcessorCallbacksController } from './requests/processor-callbacks.controller';
import { ManualTasksController } from './requests/manual-tasks.controller';
import { ConfirmLinkPagesController } from './privacy-center/confirm-link-pages.controller';
import { RequestRateLimits } from './http/request-rate-limits';
import { PrivacyCenterSettings, toldLabels } from './privacy-center/privacy-center.settings';
import { RequestPagesController } from './privacy-center/request-pages.controller';
import { StatusPageModels } from './privacy-center/status-page.models';
import { StatusPagesController } from './privacy-center/status-pages.controller';
import { TokenPagesQuery } from './privacy-center/token-pages.query';
import { VerificationPagesController } from './privacy-center/verification-pages.controller';
import { DownloadPagesController } from './privacy-center/download-pages.controller';
import { DownloadPageQuery, PACKAGE_DOWNLOAD_SETTINGS } from './privacy-center/download-page.query';
import { ApiResources } from './api-resources';
import { LettersController } from './letters/letters.controller';
import { CorrespondenceController } from './letters/correspondence.controller';
import { REVIEW_CONTROLLERS } from './review/review-providers';
import {
  CONSOLE_CONTROLLERS,
  CONSOLE_PROVIDERS,
  consoleStaffModule,
} from './console/console.providers';
import { ReportsController } from './reports/reports.controller';
import { ReportPagesController } from './console/reports/report-pages.controller';
import { AdminDataMapController } from './admin/admin-data-map.controller';
import { AdminSettingsController } from './admin/admin-settings.controller';
import { AdminQueuesController } from './admin/admin-queues.controller';
import { ADMIN_API_PROVIDERS } from './admin/admin-api.providers';
import { DataMapPagesController } from './admin/data-map-pages.controller';
import { SettingsPagesController } from './admin/settings-pages.controller';
import { QueuePagesController } from './admin/queue-pages.controller';

/** The HTTP process: REST API, privacy center pages and health. */
@Module({})
export class ApiModule {
  static forRoot(prepared: PreparedProcess): DynamicModule {
    const { config } = prepared;
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: httpLoggerOptions(config.LOG_LEVEL) }),
        DatabaseModule.forRoot(config.DATABASE_URL),
        LiveConfigModule.forRoot(prepared),
        NoticesModule,
        FulfilmentModule,
        RequestsModule,
        VerificationModule,
        IntakeModule,
        ReviewModule,
        consoleStaffModule(config),
      ],
      controllers: [
        ...REVIEW_CONTROLLERS,
        RequestsController,
        SuppressionsController,
        ProcessorCallbacksController,
        ManualTasksController,
        HealthController,
        RequestPagesController,
        VerificationPagesController,
        ConfirmLinkPagesController,
        StatusPagesController,
        DownloadPagesController,
        LettersController,
        CorrespondenceController,
        ...CONSOLE_CONTROLLERS,
        ReportsController,
        ReportPagesController,
        AdminDataMapController,
        AdminSettingsController,
        AdminQueuesController,
        DataMapPagesController,
        SettingsPagesController,
        QueuePagesController,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        ...CONSOLE_PROVIDERS,
        ...ADMIN_API_PROVIDERS,
        HealthChecks,
        {
          provide: PrivacyCenterSettings,
          inject: [PolicyInForce, DataMapInForce],
          useFactory: (policy: PolicyInForce, maps: DataMapInForce) =>
            privacyCenterSettings(config, policy, maps),
        },
        RequestRateLimits,
        TokenPagesQuery,
        StatusPageModels,
        DownloadPageQuery,
        {
          provide: PACKAGE_DOWNLOAD_SETTINGS,
          useValue: packageDownloadSettings(config),
        },
        ApiAccessGuard,
        {
          provide: ApiResources,
          useFactory: () =>
            new ApiResources(
              new Redis(config.REDIS_URL, {
                maxRetriesPerRequest: 1,
                enableOfflineQueue: false,
                lazyConnect: true,
              }),
            ),
        },
        {
          provide: RateLimiter,
          inject: [ApiResources],
          useFactory: (resources: ApiResources) =>
            new RateLimiter(resources.redis, config.QUEUE_PREFIX),
        },
        { provide: API_KEY_SECRET, useValue: config.tokenKey },
        ApiKeyService,
      ],
    };
  }
}

/** The privacy center's contact block (the letterhead in force) and correctable fields. */
function privacyCenterSettings(
  config: AppConfig,
  policy: PolicyInForce,
  maps: DataMapInForce,
): PrivacyCenterSettings {
  const letterhead = () => policy.current().letterhead;
  return new PrivacyCenterSettings(
    {
      get name() {
        return letterhead().companyName;
      },
      get postalAddress() {
        return letterhead().postalAddress;
      },
      get supportEmail() {
        return letterhead().contactEmail;
      },
    },
    () => maps.current().correction.correctableFields,
    config.tokenKey,
    config.COMPANY_TIME_ZONE,
    config.PUBLIC_URL.startsWith('https:'),
    () => toldLabels(maps.current().map),
  );
}
