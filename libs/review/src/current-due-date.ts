import { DueDate, dueDateOn, parseCalendarDate } from '@rightsdesk/domain';
import { DataSubjectRequest } from '@rightsdesk/persistence';

/** A stored request's deadline as the domain rules see it; null if it predates kept bases. */
export function currentDueDate(
  request: Pick<DataSubjectRequest, 'dueRule'>,
  timeZone: string,
): DueDate | null {
  if (!request.dueRule) return null;
  return dueDateOn(parseCalendarDate(request.dueRule.dueOn), request.dueRule.basis, timeZone);
}
