import { CalendarDate, addDays, addMonths } from './calendar-date';
import { addBusinessDays } from './business-days';
import { HolidayCalendar } from './holiday-calendar';
import { ClockRule, Period, businessDays } from './clock-rule';
import { PRIVACY_LAWS } from './laws/law-table';
import { Regime } from './request-kinds';

export type { ClockRule, Period, PeriodUnit } from './clock-rule';

/**
 * The clock to answer a request, counted from the local date of receipt whatever time
 * verification takes: a view of the law table (laws/), one entry per regime. Calendar days are
 * not moved off weekends or holidays: the earlier date is the safe one (Regulation 1182/71 would
 * move a GDPR deadline to the next working day).
 */
export const RESPONSE_CLOCKS: Readonly<Record<Regime, ClockRule>> = Object.fromEntries(
  Object.values(PRIVACY_LAWS).map((law) => [law.id, law.respond]),
) as Record<Regime, ClockRule>;

/**
 * Appeals of a refusal run on their own clock from receipt of the appeal; laws without an appeal
 * (the CCPA, Utah's, the GDPRs) have no entry: a refusal names the authority instead.
 */
export const APPEAL_CLOCKS: Readonly<Partial<Record<Regime, ClockRule>>> = Object.fromEntries(
  Object.values(PRIVACY_LAWS).flatMap((law) => (law.appeal ? [[law.id, law.appeal]] : [])),
) as Partial<Record<Regime, ClockRule>>;

/** regs 7021(a): confirm receipt of know, delete and correct requests within 10 business days. */
export const CCPA_ACKNOWLEDGEMENT: ClockRule = PRIVACY_LAWS.ccpa.acknowledge as ClockRule;

/** Opt-out and limit take effect within 15 business days of receipt, with no extension. */
export const CCPA_OPT_OUT_CLOCKS = {
  opt_out_sale_sharing: { period: businessDays(15), citation: 'CCPA regs 7026(f)' },
  limit_sensitive_use: { period: businessDays(15), citation: 'CCPA regs 7027' },
} as const satisfies Record<string, ClockRule>;

export function addPeriod(
  date: CalendarDate,
  period: Period,
  calendar: HolidayCalendar,
): CalendarDate {
  switch (period.unit) {
    case 'days':
      return addDays(date, period.amount);
    case 'business_days':
      return addBusinessDays(date, period.amount, calendar);
    case 'months':
      return addMonths(date, period.amount);
  }
}
