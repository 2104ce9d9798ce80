import { Module } from '@nestjs/common';
import { RequestsModule } from '@rightsdesk/requests';
import { ExportReportUseCase } from './export-report.use-case';
import { PurgeExpiredRecordsUseCase } from './purge-expired-records.use-case';
import { ReportRunner } from './report-runner';

const USE_CASES = [ReportRunner, ExportReportUseCase, PurgeExpiredRecordsUseCase];

/**
 * Reports and retention. The reports themselves are functions over a ReportContext (raw SQL is
 * clearest there), run by ReportRunner on the database and settings in force; the api exports
 * them, the worker runs the retention purge (regs 7101).
 */
@Module({ imports: [RequestsModule], providers: USE_CASES, exports: USE_CASES })
export class ReportsModule {}
