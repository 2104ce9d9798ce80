import { RequestHistoryQuery } from './request-history.query';
import { RequestTimelineQuery } from './request-timeline.query';
import { ReviewQueueRowsQuery } from './review-queue-rows.query';
import { RetentionPurgeQuery } from './retention-purge.query';

export * from './request-timeline.query';
export * from './request-history.query';
export * from './review-queue-rows.query';
export * from './report-sql';
export * from './ccpa-metrics.query';
export * from './timeliness.query';
export * from './request-log.query';
export * from './audit-log.query';
export * from './dashboard.query';
export * from './retention-purge.query';
export * from './outbox-replay.query';
export * from './failed-request.query';
export * from './kept-mail.query';

/** Read models over the request aggregate; each is a named, injectable query. */
export const REQUEST_QUERIES = [
  RequestTimelineQuery,
  RequestHistoryQuery,
  ReviewQueueRowsQuery,
  RetentionPurgeQuery,
];
