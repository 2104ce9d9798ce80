import { monthsBetween } from './chart-geometry';
import { dashboardCounts } from '@rightsdesk/requests';
import { ReportContext, share } from './report-context';
import type { ReportPeriod } from './report-parameters';

export interface DashboardMonth {
  month: string;
  received: number;
  answered: number;
  onTime: number;
  /** Share of the month's answered requests answered on time; null when none was answered. */
  onTimeShare: number | null;
}

export interface DashboardFigures {
  period: ReportPeriod;
  received: number;
  open: number;
  overdue: number;
  onTimeShare: number | null;
  /** Every month of the period, months without requests included. */
  months: DashboardMonth[];
  types: Array<{ type: string; received: number }>;
}

interface Row {
  month: string;
  type: string;
  received: number;
  answered: number;
  on_time: number;
  open: number;
  overdue: number;
}

/**
 * What the admin dashboard charts for requests received in a period: volume per month, the mix
 * of types, and the share answered on time per month (answered and on time as in the
 * timeliness report). One grouped scan of the period's requests.
 */
export async function dashboardFigures(
  context: ReportContext,
  period: ReportPeriod,
): Promise<DashboardFigures> {
  const rows: Row[] = await dashboardCounts(context.db, period, context.timeZone, context.now);
  const sum = (list: Row[], key: keyof Omit<Row, 'month' | 'type'>) =>
    list.reduce((total, row) => total + row[key], 0);
  const months = monthsBetween(period.from, period.to).map((month) => {
    const inMonth = rows.filter((row) => row.month === month);
    const answered = sum(inMonth, 'answered');
    const onTime = sum(inMonth, 'on_time');
    return {
      month,
      received: sum(inMonth, 'received'),
      answered,
      onTime,
      onTimeShare: share(onTime, answered),
    };
  });
  const types = [...new Set(rows.map((row) => row.type))].sort().map((type) => ({
    type,
    received: sum(
      rows.filter((row) => row.type === type),
      'received',
    ),
  }));
  return {
    period,
    received: sum(rows, 'received'),
    open: sum(rows, 'open'),
    overdue: sum(rows, 'overdue'),
    onTimeShare: share(sum(rows, 'on_time'), sum(rows, 'answered')),
    months,
    types,
  };
}
