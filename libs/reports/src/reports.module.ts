import { Module } from '@nestjs/common';
import { PurgeExpiredRecordsUseCase } from './purge-expired-records.use-case';

const USE_CASES = [PurgeExpiredRecordsUseCase];

/**
 * Reports' use cases. The reports themselves are functions over a ReportContext (raw SQL is
 * clearest there); the retention purge (regs 7101) is the worker's.
 */
@Module({ providers: USE_CASES, exports: USE_CASES })
export class ReportsModule {}
