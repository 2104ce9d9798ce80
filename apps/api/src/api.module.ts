import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { AppConfig, ConfigModule } from '@rightsdesk/config';
import { DataMap, correctionRules, datasetLabel } from '@rightsdesk/data-map';
import {
  CompleteManualTaskUseCase,
  ConfirmDownloadCodeUseCase,
  DEFAULT_PACKAGE_DOWNLOAD,
  DataPointMatcher,
  IssueDownloadCodeUseCase,
  OpenPackageDownloadUseCase,
  PackageDownloadSettings,
  RecordRecipientCallbackUseCase,
  RetryFulfilmentUseCase,
  SourceRegistry,
  SuppressionList,
} from '@rightsdesk/fulfilment';
import {
  AppealRequestUseCase,
  ConfirmVerificationUseCase,
  LifecycleSettings,
  RequestStatusQuery,
  SubmitRequestUseCase,
} from '@rightsdesk/intake';
import { RenderNoticeUseCase, companyIdentity } from '@rightsdesk/notices';
import { PreparedProcess, httpLoggerOptions } from '@rightsdesk/observability';
import { dataSourceOptions } from '@rightsdesk/persistence';
import { IssueVerificationUseCase, RateLimiter } from '@rightsdesk/verification';
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
import { PrivacyCenterSettings } from './privacy-center/privacy-center.settings';
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
import { REVIEW_CONTROLLERS, reviewProviders } from './review/review-providers';
import { assignableStaff } from './review/assignable-staff';
import { CONSOLE_CONTROLLERS, consoleProviders } from './console/console.providers';
import { ReportsController } from './reports/reports.controller';
import { ReportPagesController } from './console/reports/report-pages.controller';

/** The HTTP process: REST API, privacy center pages and health. */
@Module({})
export class ApiModule {
  static forRoot({ config, dataMap, connections, webhooks }: PreparedProcess): DynamicModule {
    const settings = lifecycleSettings(config, dataMap);
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: httpLoggerOptions(config.LOG_LEVEL) }),
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
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
      ],
      providers: [
        ...reviewProviders(config, dataMap, assignableStaff),
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        ...consoleProviders(config),
        HealthChecks,
        { provide: PrivacyCenterSettings, useValue: PrivacyCenterSettings.from(config, dataMap) },
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
          inject: [DataSource, ApiResources],
          useFactory: (dataSource: DataSource, resources: ApiResources) =>
            new RecordRecipientCallbackUseCase(dataSource, resources.sources),
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
              new SourceRegistry(dataMap, connections, webhooks),
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
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new RenderNoticeUseCase(dataSource, companyIdentity(config), datasetLabel(dataMap)),
        },
        {
          provide: IssueVerificationUseCase,
          inject: [DataSource, RenderNoticeUseCase],
          useFactory: (dataSource: DataSource, notices: RenderNoticeUseCase) =>
            new IssueVerificationUseCase(dataSource, notices, {
              codeMinutes: config.VERIFICATION_CODE_MINUTES,
              codesPerHour: config.VERIFICATION_CODES_PER_HOUR,
              maxAttempts: config.VERIFICATION_MAX_ATTEMPTS,
              tokenKey: config.tokenKey,
              publicUrl: config.PUBLIC_URL,
            }),
        },
        {
          provide: SubmitRequestUseCase,
          inject: [DataSource, IssueVerificationUseCase, RenderNoticeUseCase],
          useFactory: (
            dataSource: DataSource,
            issue: IssueVerificationUseCase,
            notices: RenderNoticeUseCase,
          ) => new SubmitRequestUseCase(dataSource, settings, issue, notices),
        },
        {
          provide: ConfirmVerificationUseCase,
          inject: [DataSource, ApiResources, RenderNoticeUseCase],
          useFactory: (
            dataSource: DataSource,
            resources: ApiResources,
            notices: RenderNoticeUseCase,
          ) =>
            new ConfirmVerificationUseCase(
              dataSource,
              settings,
              new DataPointMatcher(resources.sources),
              notices,
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
          inject: [DataSource, SubmitRequestUseCase],
          useFactory: (dataSource: DataSource, submit: SubmitRequestUseCase) =>
            new AppealRequestUseCase(dataSource, settings, submit),
        },
      ],
    };
  }
}

export function lifecycleSettings(config: AppConfig, dataMap: DataMap): LifecycleSettings {
  return {
    defaultRegime: config.DEFAULT_REGIME,
    timeZone: config.COMPANY_TIME_ZONE,
    calendar: config.holidayCalendar,
    tokenKey: config.tokenKey,
    sealKey: config.packageEncryptionKey,
    autoApprove: config.autoApprove,
    verificationExpiryDays: config.VERIFICATION_EXPIRY_DAYS,
    correction: correctionRules(dataMap),
  };
}
