/** How a legal period is counted. */
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

export const days = (amount: number): Period => ({ amount, unit: 'days' });
export const businessDays = (amount: number): Period => ({ amount, unit: 'business_days' });
export const months = (amount: number): Period => ({ amount, unit: 'months' });
