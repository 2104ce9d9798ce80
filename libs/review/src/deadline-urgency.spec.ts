import { TimeLeft } from '@rightsdesk/domain';
import { DUE_SOON_DAYS, deadlineUrgency } from './deadline-urgency';

describe(deadlineUrgency.name, () => {
  const open = (days: number): TimeLeft => ({ state: 'open', days, text: `${days} days left` });
  it.each<[string, TimeLeft | null, string]>([
    ['3 days overdue', { state: 'overdue', days: 3, text: '3 days overdue' }, 'overdue'],
    ['due today', { state: 'due_today', days: 0, text: 'due today' }, 'due_today'],
    ['1 day left', open(1), 'due_soon'],
    [`${DUE_SOON_DAYS} days left`, open(DUE_SOON_DAYS), 'due_soon'],
    [`${DUE_SOON_DAYS + 1} days left`, open(DUE_SOON_DAYS + 1), 'on_track'],
    ['a closed request', null, 'closed'],
  ])('%s is %s', (_label, left, urgency) => {
    expect(deadlineUrgency(left)).toBe(urgency);
  });
});
