import { Module } from '@nestjs/common';
import { IntakeModule } from '@rightsdesk/intake';
import { NoticesModule } from '@rightsdesk/notices';
import { RequestsModule } from '@rightsdesk/requests';
import { AssignableStaffQuery } from './assignable-staff.query';
import { CorrectionPreviews } from './correction-previews';
import { FoundInSources } from './found-in-sources';
import { ReopenAfterAppeal } from './reopen-after-appeal';
import { RequestReviewQuery } from './request-review.query';
import { ReviewDecisionsUseCase } from './review-decisions.use-case';
import { ReviewHandlingUseCase } from './review-handling.use-case';
import { ReviewQueueQuery } from './review-queue.query';

const USE_CASES = [ReviewDecisionsUseCase, ReviewHandlingUseCase];

const QUERIES = [ReviewQueueQuery, RequestReviewQuery, AssignableStaffQuery];

/**
 * The privacy officers' queue, request page and actions. Needs DatabaseModule, ConfigModule and
 * LiveConfigModule in the root module.
 */
@Module({
  imports: [RequestsModule, IntakeModule, NoticesModule],
  providers: [...USE_CASES, ...QUERIES, ReopenAfterAppeal, FoundInSources, CorrectionPreviews],
  exports: [...USE_CASES, ...QUERIES],
})
export class ReviewModule {}
