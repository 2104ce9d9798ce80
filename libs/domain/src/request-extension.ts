import { calendarDateIn, formatCalendarDate, parseCalendarDate } from './calendar-date';
import { addPeriod } from './deadline-rules';
import { DomainError, InvalidTransitionError } from './domain-error';
import { DueDate, clockRuleOf, dueDateOn } from './due-date';
import { DEFAULT_HOLIDAY_CALENDAR } from './holiday-calendar';
import { RequestStatus } from './request-kinds';
import { isOpen } from './request-state-machine';
import { statusInWords } from './status-words';

/**
 * "Extended" is an event, not a state: a request keeps its status and gets a later due date.
 * Allowed once, while the request is open, with notice and a reason given before the original
 * deadline passes (regs 7021(b) and Civ. Code 1798.130(a)(2); GDPR Art. 12(3); the state laws).
 */
export interface ExtendableRequest {
  readonly status: RequestStatus;
  /** The deadline as it stands now. */
  readonly due: DueDate;
  /** True once an extension is on record (also read from `due` when it is an extended one). */
  readonly extended?: boolean;
}

export type ExtensionCheck = { allowed: true } | { allowed: false; reason: string };

/** Whether notice of an extension given at `noticeAt` may extend this request's deadline. */
export function canExtend(request: ExtendableRequest, noticeAt: Date): ExtensionCheck {
  const { status, due } = request;
  if (!isOpen(status)) return refuse(`cannot extend a request that is ${statusInWords(status)}`);
  if (request.extended || due.basis.extension) {
    return refuse('cannot extend a request twice: the law allows one extension');
  }
  if (!clockRuleOf(due.basis)?.extension) {
    return refuse(`cannot extend the ${due.rule} deadline: the law allows no extension of it`);
  }
  if (noticeAt.getTime() > due.dueAt.getTime()) {
    return refuse(
      `cannot extend after the due date ${due.dueOn}: notice of an extension is given by then`,
    );
  }
  return { allowed: true };
}

export interface Extension {
  /** Why more time is needed, told to the requester in the notice. */
  readonly reason: string;
  /** When the notice of extension was sent. */
  readonly noticeGivenAt: Date;
}

/**
 * The extended deadline, counted from the original due date: 45 more days (90 from receipt) for
 * the CCPA and the state laws, 60 more for a Colorado appeal, and two more months for the GDPR.
 * GDPR months are added to the original due date, not to receipt: the earlier date whenever
 * month-end clamping differs (receipt 31 Jan: due 28 Feb, extended to 28 Apr, not 30 Apr).
 * Refusals throw InvalidTransitionError (`invalid_state`); a missing reason is `invalid_input`.
 */
export function extendDueDate(
  request: ExtendableRequest,
  extension: Extension,
  timeZone: string,
): DueDate {
  if (!extension.reason.trim()) {
    throw new DomainError('invalid_input', 'an extension must give its reason', [
      { path: 'reason', message: 'is required to extend a deadline' },
    ]);
  }
  const check = canExtend(request, extension.noticeGivenAt);
  if (!check.allowed) throw new InvalidTransitionError(request.status, 'extend', check.reason);
  const { due } = request;
  const rule = clockRuleOf(due.basis)!.extension!;
  // Extensions are in calendar days or months, so the holiday calendar plays no part.
  const extended = addPeriod(parseCalendarDate(due.dueOn), rule.period, DEFAULT_HOLIDAY_CALENDAR);
  return dueDateOn(
    extended,
    {
      ...due.basis,
      period: rule.period,
      citation: rule.citation,
      extension: {
        originalDueOn: due.dueOn,
        noticeOn: formatCalendarDate(calendarDateIn(extension.noticeGivenAt, timeZone)),
        reason: extension.reason.trim(),
      },
    },
    timeZone,
  );
}

function refuse(reason: string): ExtensionCheck {
  return { allowed: false, reason };
}
