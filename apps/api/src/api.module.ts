import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@rightsdesk/config';
import { SubmitRequestUseCase } from '@rightsdesk/intake';
import { httpLoggerOptions } from '@rightsdesk/observability';
import { dataSourceOptions } from '@rightsdesk/persistence';
import { HealthChecks } from './health/health-checks';
import { HealthController } from './health/health.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RequestsController } from './requests/requests.controller';

/** The HTTP process: REST API, health, and (later) the privacy center and staff pages. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: httpLoggerOptions(config.LOG_LEVEL) }),
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
      ],
      controllers: [RequestsController, HealthController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        HealthChecks,
        {
          provide: SubmitRequestUseCase,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new SubmitRequestUseCase(dataSource, {
              defaultRegime: config.DEFAULT_REGIME,
              timeZone: config.COMPANY_TIME_ZONE,
            }),
        },
      ],
    };
  }
}
