import {
  DueDate,
  RequestStatus,
  RequestType,
  allowedEvents,
  canExtend,
  isOpen,
} from '@rightsdesk/domain';
import { Reviewer, mayActOnRequests } from './reviewer';

/** Everything staff can do to a request from the review queue and the request page. */
export const REVIEW_ACTIONS = [
  'assign',
  'enter_code',
  'post_code',
  'approve',
  'deny',
  'extend',
  'request_information',
  'information_received',
  'note',
  'retry',
  'complete_task',
  'cancel',
  'decide_appeal',
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** What the rules need to know about a request to offer an action. */
export interface ReviewableRequest {
  readonly type: RequestType;
  readonly status: RequestStatus;
  /** The deadline as it stands; null for rows written before due dates kept their basis. */
  readonly due: DueDate | null;
  readonly extended: boolean;
  /** A fulfilment step waits for staff to do it by hand. */
  readonly manualTaskWaiting: boolean;
  /** The person gave no email: codes reach them by post. */
  readonly reachedByPost?: boolean;
}

/**
 * The actions this reviewer may take on this request now: the request page shows a form for each
 * and nothing else, and the use cases refuse the rest with the same rules (state machine for
 * transitions, canExtend for the one extension). An appeal is decided (upheld or reversed), not
 * approved or denied like the request it appeals.
 */
export function availableActions(
  request: ReviewableRequest,
  reviewer: Reviewer,
  now: Date,
): ReviewAction[] {
  if (!mayActOnRequests(reviewer)) return [];
  const events = allowedEvents(request.status, { type: request.type, approval: 'manual' });
  const appeal = request.type === 'appeal';
  const open = isOpen(request.status);
  const offered: Record<ReviewAction, boolean> = {
    assign: open,
    // The person reads their code out on a call (a person without email got it by post).
    enter_code: request.status === 'pending_verification',
    // Their letter was lost or the code stopped working: a new one goes by post.
    post_code: request.status === 'pending_verification' && request.reachedByPost === true,
    approve: !appeal && events.includes('approve'),
    deny: !appeal && open,
    extend:
      request.due !== null &&
      canExtend({ status: request.status, due: request.due, extended: request.extended }, now)
        .allowed,
    request_information: events.includes('ask_for_info'),
    information_received: events.includes('info_received'),
    note: true,
    // In progress, it may be started again once no job works on it. The queues are asked only
    // when the officer presses it (the retry refuses while a job lives), not on every view.
    retry: events.includes('retry') || request.status === 'in_progress',
    complete_task: request.status === 'in_progress' && request.manualTaskWaiting,
    cancel: open,
    decide_appeal: appeal && request.status === 'awaiting_review',
  };
  return REVIEW_ACTIONS.filter((action) => offered[action]);
}
