import { TimeLeft } from '@rightsdesk/domain';

/** How many days before the due date a request is marked as close to it in the queue. */
export const DUE_SOON_DAYS = 7;

export type DeadlineUrgency = 'overdue' | 'due_today' | 'due_soon' | 'on_track' | 'closed';

/**
 * How the queue marks a request's time left (CCPA regs 7021, GDPR Art. 12(3): the queue shows time
 * left on every request): overdue and due today stand out, a week or less is "due soon".
 */
export function deadlineUrgency(left: TimeLeft | null): DeadlineUrgency {
  if (!left) return 'closed';
  if (left.state === 'overdue') return 'overdue';
  if (left.state === 'due_today') return 'due_today';
  return left.days <= DUE_SOON_DAYS ? 'due_soon' : 'on_track';
}
