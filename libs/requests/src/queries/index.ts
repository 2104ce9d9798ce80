import { RequestTimelineQuery } from './request-timeline.query';

export * from './request-timeline.query';

/** Read models over the request aggregate; each is a named, injectable query. */
export const REQUEST_QUERIES = [RequestTimelineQuery];
