import { RequestTimelineQuery } from './request-timeline.query';
import { ReviewQueueRowsQuery } from './review-queue-rows.query';

export * from './request-timeline.query';
export * from './review-queue-rows.query';

/** Read models over the request aggregate; each is a named, injectable query. */
export const REQUEST_QUERIES = [RequestTimelineQuery, ReviewQueueRowsQuery];
