import { Module } from '@nestjs/common';
import { RequestsModule } from '@rightsdesk/requests';
import { PurgeExpiredRecordsUseCase } from './purge-expired-records.use-case';

const USE_CASES = [PurgeExpiredRecordsUseCase];

/**
 * Reports' use cases. The reports themselves are functions over a ReportContext (raw SQL is
 * clearest there); the retention purge (regs 7101) is the worker's.
 */
@Module({ imports: [RequestsModule], providers: USE_CASES, exports: USE_CASES })
export class ReportsModule {}
