/**
 * Audit-trail actions a person is shown on their status page that are not a change of status
 * (those are shown by their status label). Anything else in the trail is staff-only detail.
 */
export const TIMELINE_ACTIONS = [
  'verification.code_sent',
  'verification.email_confirmed',
  'verification.code_posted',
  'verification.posted_code_confirmed',
  'verification.wrong_code',
  'verification.needs_more',
  'agent.authorization_received',
  'notice.rendered',
  'download.code_sent',
  'access.downloaded',
] as const;
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

export function isTimelineAction(action: string): action is TimelineAction {
  return (TIMELINE_ACTIONS as readonly string[]).includes(action);
}
