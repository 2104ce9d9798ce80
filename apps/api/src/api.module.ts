import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { AppConfig, ConfigModule } from '@rightsdesk/config';
import {
  ActiveMapIdentityMatcher,
  DataMapStore,
  PolicySettingsStore,
  VersionedRecipientCallbacks,
  administrationProviders,
  liveCompanyIdentity,
  liveDatasetLabel,
  liveLifecycleSettings,
  liveVerificationPolicy,
  liveVerificationSettings,
} from '@rightsdesk/admin';
import {
  CompleteManualTaskUseCase,
  ConfirmDownloadCodeUseCase,
  DEFAULT_PACKAGE_DOWNLOAD,
  IssueDownloadCodeUseCase,
  OpenPackageDownloadUseCase,
  PackageDownloadSettings,
  RecordRecipientCallbackUseCase,
  RetryFulfilmentUseCase,
  SuppressionList,
} from '@rightsdesk/fulfilment';
import {
  AppealRequestUseCase,
  ConfirmVerificationUseCase,
  LifecycleSettings,
  RequestStatusQuery,
  SubmitRequestUseCase,
} from '@rightsdesk/intake';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { PreparedProcess, httpLoggerOptions } from '@rightsdesk/observability';
import { dataSourceOptions } from '@rightsdesk/persistence';
import { IssueVerificationUseCase, RateLimiter } from '@rightsdesk/verification';
import { ApiResources } from './api-resources';
import { CONSOLE_CONTROLLERS } from './console/console.controllers';
import { consoleProviders } from './console/console.providers';
import { PRIVACY_CENTER_CONTROLLERS } from './privacy-center/privacy-center.controllers';
import { DownloadPageQuery, PACKAGE_DOWNLOAD_SETTINGS } from './privacy-center/download-page.query';
import { livePrivacyCenterSettings } from './privacy-center/live-privacy-center-settings';
import { PrivacyCenterSettings } from './privacy-center/privacy-center.settings';
import { StatusPageModels } from './privacy-center/status-page.models';
import { TokenPagesQuery } from './privacy-center/token-pages.query';
import { adminApiProviders } from './rest/admin/admin-api.providers';
import { ApiAccessGuard } from './rest/api-access.guard';
import { HealthChecks } from './rest/health/health-checks';
import { ProblemDetailsFilter } from './rest/problem-details.filter';
import { REST_CONTROLLERS } from './rest/rest.controllers';
import { assignableStaff } from './rest/review/assignable-staff';
import { reviewProviders } from './rest/review/review-providers';
import { RequestRateLimits } from './web/request-rate-limits';

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
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
      ],
      controllers: [...REST_CONTROLLERS, ...PRIVACY_CENTER_CONTROLLERS, ...CONSOLE_CONTROLLERS],
      providers: [
        ...reviewProviders(config, assignableStaff),
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        ...consoleProviders(config),
        ...administrationProviders(prepared),
        ...adminApiProviders(config),
        HealthChecks,
        {
          provide: PrivacyCenterSettings,
          inject: [PolicySettingsStore, DataMapStore],
          useFactory: (policy: PolicySettingsStore, maps: DataMapStore) =>
            livePrivacyCenterSettings(config, policy, maps),
        },
        RequestRateLimits,
        TokenPagesQuery,
        StatusPageModels,
        DownloadPageQuery,
        {
          provide: PACKAGE_DOWNLOAD_SETTINGS,
          useValue: {
            ...DEFAULT_PACKAGE_DOWNLOAD,
            tokenKey: config.tokenKey,
            packageKey: config.packageEncryptionKey,
          } satisfies PackageDownloadSettings,
        },
        {
          provide: IssueDownloadCodeUseCase,
          inject: [DataSource, RenderNoticeUseCase, PACKAGE_DOWNLOAD_SETTINGS],
          useFactory: (
            dataSource: DataSource,
            notices: RenderNoticeUseCase,
            downloads: PackageDownloadSettings,
          ) => new IssueDownloadCodeUseCase(dataSource, notices, downloads),
        },
        {
          provide: ConfirmDownloadCodeUseCase,
          inject: [DataSource, PACKAGE_DOWNLOAD_SETTINGS],
          useFactory: (dataSource: DataSource, downloads: PackageDownloadSettings) =>
            new ConfirmDownloadCodeUseCase(dataSource, downloads),
        },
        {
          provide: OpenPackageDownloadUseCase,
          inject: [DataSource, PACKAGE_DOWNLOAD_SETTINGS],
          useFactory: (dataSource: DataSource, downloads: PackageDownloadSettings) =>
            new OpenPackageDownloadUseCase(dataSource, downloads),
        },
        ApiAccessGuard,
        {
          provide: RetryFulfilmentUseCase,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new RetryFulfilmentUseCase(dataSource),
        },
        {
          provide: RecordRecipientCallbackUseCase,
          inject: [DataSource, DataMapStore],
          // By the data map version the step's request was fulfilled with (admin: data map).
          useFactory: (dataSource: DataSource, maps: DataMapStore) =>
            new VersionedRecipientCallbacks(dataSource, maps),
        },
        {
          provide: CompleteManualTaskUseCase,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new CompleteManualTaskUseCase(dataSource, config.packageEncryptionKey),
        },
        {
          provide: SuppressionList,
          inject: [DataSource],
          // The worker keys suppression hashes with the same secret (TOKEN_SECRET).
          useFactory: (dataSource: DataSource) => new SuppressionList(dataSource, config.tokenKey),
        },
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
        {
          provide: ApiKeyService,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new ApiKeyService(dataSource, config.tokenKey),
        },
        {
          provide: RenderNoticeUseCase,
          inject: [DataSource, PolicySettingsStore, DataMapStore],
          useFactory: (dataSource: DataSource, policy: PolicySettingsStore, maps: DataMapStore) =>
            new RenderNoticeUseCase(
              dataSource,
              liveCompanyIdentity(
                { timeZone: config.COMPANY_TIME_ZONE, key: config.packageEncryptionKey },
                policy,
              ),
              liveDatasetLabel(maps),
            ),
        },
        {
          provide: IssueVerificationUseCase,
          inject: [DataSource, RenderNoticeUseCase, PolicySettingsStore],
          useFactory: (
            dataSource: DataSource,
            notices: RenderNoticeUseCase,
            policy: PolicySettingsStore,
          ) =>
            new IssueVerificationUseCase(
              dataSource,
              notices,
              liveVerificationSettings(
                { tokenKey: config.tokenKey, publicUrl: config.PUBLIC_URL },
                policy,
              ),
            ),
        },
        {
          provide: SubmitRequestUseCase,
          inject: [
            DataSource,
            IssueVerificationUseCase,
            RenderNoticeUseCase,
            PolicySettingsStore,
            DataMapStore,
          ],
          useFactory: (
            dataSource: DataSource,
            issue: IssueVerificationUseCase,
            notices: RenderNoticeUseCase,
            policy: PolicySettingsStore,
            maps: DataMapStore,
          ) =>
            new SubmitRequestUseCase(
              dataSource,
              lifecycleSettings(config, policy, maps),
              issue,
              notices,
            ),
        },
        {
          provide: ConfirmVerificationUseCase,
          inject: [DataSource, RenderNoticeUseCase, PolicySettingsStore, DataMapStore],
          useFactory: (
            dataSource: DataSource,
            notices: RenderNoticeUseCase,
            policy: PolicySettingsStore,
            maps: DataMapStore,
          ) =>
            new ConfirmVerificationUseCase(
              dataSource,
              lifecycleSettings(config, policy, maps),
              new ActiveMapIdentityMatcher(maps),
              notices,
              liveVerificationPolicy(policy),
            ),
        },
        {
          provide: RequestStatusQuery,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new RequestStatusQuery(dataSource, config.tokenKey, config.COMPANY_TIME_ZONE),
        },
        {
          provide: AppealRequestUseCase,
          inject: [DataSource, SubmitRequestUseCase, PolicySettingsStore, DataMapStore],
          useFactory: (
            dataSource: DataSource,
            submit: SubmitRequestUseCase,
            policy: PolicySettingsStore,
            maps: DataMapStore,
          ) =>
            new AppealRequestUseCase(dataSource, lifecycleSettings(config, policy, maps), submit),
        },
      ],
    };
  }
}

/**
 * What the request lifecycle needs: fixed configuration, and the policy (auto-approval,
 * holidays, expiry) and correction rules in force at each use (admin settings, data map).
 */
export function lifecycleSettings(
  config: AppConfig,
  policy: PolicySettingsStore,
  maps: DataMapStore,
): LifecycleSettings {
  return liveLifecycleSettings(
    {
      defaultRegime: config.DEFAULT_REGIME,
      timeZone: config.COMPANY_TIME_ZONE,
      tokenKey: config.tokenKey,
      sealKey: config.packageEncryptionKey,
    },
    policy,
    maps,
  );
}
