import { ReviewActionsController } from './review-actions.controller';
import { ReviewPagesController } from './review-pages.controller';
import { ReviewQueueController } from './review-queue.controller';

/** Bulk routes first: `bulk/assign` must not reach `:id/assign`. */
export const REVIEW_CONTROLLERS = [
  ReviewActionsController,
  ReviewQueueController,
  ReviewPagesController,
];
