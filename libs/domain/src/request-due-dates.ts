import { PRIVACY_LAWS } from './laws/law-table';
import {
  DEFAULT_TIME_ZONE,
  DueDate,
  acknowledgementDueDate,
  appealDueDate,
  optOutDueDate,
  responseDueDate,
} from './due-date';
import { DEFAULT_HOLIDAY_CALENDAR, HolidayCalendar } from './holiday-calendar';
import { Regime } from './request-kinds';
import { RightType, rightProfile } from './request-rights';

export interface DeadlineSettings {
  readonly timeZone?: string;
  readonly calendar?: HolidayCalendar;
}

export interface RequestDueDates {
  /** The answer (or, for an opt-out, the effect) is due by then. */
  readonly respond: DueDate;
  /** CCPA know, delete and correct only: confirm receipt by then (regs 7021(a)). */
  readonly acknowledge?: DueDate;
}

/**
 * Every deadline a new request carries, by type and regime. An opt-out or limit runs on the
 * 15-business-day clock under the CCPA; the other laws name opt-out among the rights answered
 * within their 45 days. An appeal runs on its state's appeal clock (none under CCPA or GDPR).
 */
export function dueDatesFor(
  request: { readonly type: RightType; readonly regime: Regime; readonly receivedAt: Date },
  settings: DeadlineSettings = {},
): RequestDueDates {
  const timeZone = settings.timeZone ?? DEFAULT_TIME_ZONE;
  const calendar = settings.calendar ?? DEFAULT_HOLIDAY_CALENDAR;
  const { type, regime, receivedAt } = request;
  const profile = rightProfile(type);
  let respond: DueDate;
  if (profile.clock === 'appeal') {
    respond = appealDueDate(regime, receivedAt, timeZone);
  } else if (
    profile.clock === 'opt_out' &&
    regime === 'ccpa' &&
    (type === 'opt_out_sale_sharing' || type === 'limit_sensitive_use')
  ) {
    respond = optOutDueDate(type, receivedAt, timeZone, calendar);
  } else {
    respond = responseDueDate(regime, receivedAt, timeZone);
  }
  const acknowledge =
    PRIVACY_LAWS[regime].acknowledge !== undefined && profile.acknowledgedUnderCcpa
      ? acknowledgementDueDate(receivedAt, timeZone, calendar)
      : undefined;
  return acknowledge ? { respond, acknowledge } : { respond };
}
