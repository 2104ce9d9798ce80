import { CalendarDate, addDays, addMonths } from './calendar-date';
import { addBusinessDays } from './business-days';
import { HolidayCalendar } from './holiday-calendar';
import { Regime } from './request-kinds';

export type PeriodUnit = 'days' | 'business_days' | 'months';

export interface Period {
  readonly amount: number;
  readonly unit: PeriodUnit;
}

export interface ClockRule {
  readonly period: Period;
  readonly citation: string;
  /** One extension, with notice and reason given before the first period ends. */
  readonly extension?: { readonly period: Period; readonly citation: string };
}

const days = (amount: number): Period => ({ amount, unit: 'days' });
const businessDays = (amount: number): Period => ({ amount, unit: 'business_days' });
const months = (amount: number): Period => ({ amount, unit: 'months' });

/**
 * The clock to answer a request, counted from the local date of receipt whatever time
 * verification takes. Calendar days are not moved off weekends or holidays: the earlier date is
 * the safe one (Regulation 1182/71 would move a GDPR deadline to the next working day).
 */
export const RESPONSE_CLOCKS: Record<Regime, ClockRule> = {
  // GDPR Art. 12(3): one month, extendable by two further months with reasons told in the first.
  gdpr: {
    period: months(1),
    citation: 'GDPR Art. 12(3)',
    extension: { period: months(2), citation: 'GDPR Art. 12(3)' },
  },
  // regs 7021(b): 45 calendar days; Civ. Code 1798.130(a)(2): once 45 more with notice (90 total).
  ccpa: {
    period: days(45),
    citation: 'CCPA regs 7021(b)',
    extension: { period: days(45), citation: 'Civ. Code 1798.130(a)(2)' },
  },
  vcdpa: {
    period: days(45),
    citation: 'Va. Code 59.1-577(B)(1)',
    extension: { period: days(45), citation: 'Va. Code 59.1-577(B)(1)' },
  },
  cpa: {
    period: days(45),
    citation: 'C.R.S. 6-1-1306(2)',
    extension: { period: days(45), citation: 'C.R.S. 6-1-1306(2)' },
  },
  ctdpa: {
    period: days(45),
    citation: 'Conn. Gen. Stat. 42-518(c)(1)',
    extension: { period: days(45), citation: 'Conn. Gen. Stat. 42-518(c)(1)' },
  },
  tdpsa: {
    period: days(45),
    citation: 'Tex. Bus. & Com. Code 541.052(b)',
    extension: { period: days(45), citation: 'Tex. Bus. & Com. Code 541.052(b)' },
  },
};

/**
 * Appeals of a refusal run on their own clock from receipt of the appeal. The CCPA and the GDPR
 * have none: a GDPR refusal names the supervisory authority and the courts instead (Art. 12(4)).
 */
export const APPEAL_CLOCKS: Partial<Record<Regime, ClockRule>> = {
  vcdpa: { period: days(60), citation: 'Va. Code 59.1-577(C)' },
  // Colorado alone lets an appeal be extended: 60 more days, with notice within the first 45.
  cpa: {
    period: days(45),
    citation: 'C.R.S. 6-1-1306(3)',
    extension: { period: days(60), citation: 'C.R.S. 6-1-1306(3)' },
  },
  ctdpa: { period: days(60), citation: 'Conn. Gen. Stat. 42-518(d)' },
  tdpsa: { period: days(60), citation: 'Tex. Bus. & Com. Code 541.053' },
};

/** regs 7021(a): confirm receipt of know, delete and correct requests within 10 business days. */
export const CCPA_ACKNOWLEDGEMENT: ClockRule = {
  period: businessDays(10),
  citation: 'CCPA regs 7021(a)',
};

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
