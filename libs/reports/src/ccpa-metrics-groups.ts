import type { RequestStatus } from '@rightsdesk/domain';
import {
  CCPA_METRIC_TYPES,
  CCPA_TYPE_LABELS,
  CcpaMetricType,
  DenialCategory,
} from './request-categories';

/**
 * One group of a year's requests that share everything the metrics count: CCPA type, status,
 * part compliance, denial category and days to respond (null without a response). Postgres
 * hashes a year's requests into a few thousand such groups; the figures follow from them here.
 */
export interface CcpaGroup {
  metric: CcpaMetricType;
  status: RequestStatus;
  compliedInPart: boolean;
  denial: DenialCategory | null;
  days: number | null;
  requests: number;
  appealed: number;
}

export interface CcpaTypeFigures {
  type: CcpaMetricType;
  label: string;
  received: number;
  compliedInWhole: number;
  compliedInPart: number;
  complied: number;
  denied: number;
  deniedUnverifiable: number;
  deniedNotConsumer: number;
  deniedExempt: number;
  deniedOther: number;
  withdrawn: number;
  pending: number;
  appealed: number;
  medianDaysToRespond: number | null;
  meanDaysToRespond: number | null;
}

const CLOSED: readonly RequestStatus[] = ['completed', 'denied', 'cancelled', 'expired'];

/** The regs 7102 figures per type, every type listed (zeros and nulls where none was received). */
export function summariseCcpaGroups(groups: readonly CcpaGroup[]): CcpaTypeFigures[] {
  return CCPA_METRIC_TYPES.map((type) => {
    const mine = groups.filter((group) => group.metric === type);
    const count = (keep: (group: CcpaGroup) => boolean) =>
      mine.filter(keep).reduce((sum, group) => sum + group.requests, 0);
    const denial = (category: DenialCategory) => count((group) => group.denial === category);
    const whole = count((group) => group.status === 'completed' && !group.compliedInPart);
    const part = count((group) => group.status === 'completed' && group.compliedInPart);
    const histogram = new Map<number, number>();
    for (const group of mine) {
      if (group.days === null) continue;
      histogram.set(group.days, (histogram.get(group.days) ?? 0) + group.requests);
    }
    return {
      type,
      label: CCPA_TYPE_LABELS[type],
      received: count(() => true),
      compliedInWhole: whole,
      compliedInPart: part,
      complied: whole + part,
      denied: count((group) => group.denial !== null),
      deniedUnverifiable: denial('unverifiable'),
      deniedNotConsumer: denial('not_consumer'),
      deniedExempt: denial('exempt'),
      deniedOther: denial('other'),
      withdrawn: count((group) => group.status === 'cancelled'),
      pending: count((group) => !CLOSED.includes(group.status)),
      appealed: mine.reduce((sum, group) => sum + group.appealed, 0),
      medianDaysToRespond: round(medianOfHistogram(histogram)),
      meanDaysToRespond: round(meanOfHistogram(histogram)),
    };
  });
}

/**
 * The median of values given as value → how many times it occurs: the middle value, or for an
 * even count the mean of the two middle ones (which may tie), as percentile_cont(0.5) gives.
 */
export function medianOfHistogram(histogram: ReadonlyMap<number, number>): number | null {
  const total = [...histogram.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const sorted = [...histogram.entries()].sort(([a], [b]) => a - b);
  // 0-based positions of the middle one or two values.
  const low = Math.floor((total - 1) / 2);
  const high = Math.floor(total / 2);
  return (valueAt(sorted, low) + valueAt(sorted, high)) / 2;
}

function valueAt(sorted: ReadonlyArray<[number, number]>, position: number): number {
  let seen = 0;
  for (const [value, n] of sorted) {
    seen += n;
    if (position < seen) return value;
  }
  throw new RangeError(`position ${position} is past the last value`);
}

export function meanOfHistogram(histogram: ReadonlyMap<number, number>): number | null {
  let total = 0;
  let sum = 0;
  for (const [value, n] of histogram) {
    total += n;
    sum += value * n;
  }
  return total === 0 ? null : sum / total;
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
