import { z } from 'zod';
import { PRIVACY_LAW_LIST } from '@rightsdesk/domain';
import { monthsBetween } from './chart-geometry';
import { timelinessCounts } from '@rightsdesk/requests';
import { ReportContext, percent, share } from './report-context';
import type { ReportDocument } from './report-document';
import type { ReportPeriod } from './report-parameters';
import { timelinessSchema } from './report-schemas';
import { timeWithZone, zoneInWords } from '@rightsdesk/messages';

export type Timeliness = z.infer<typeof timelinessSchema>;
type Figures = Omit<Timeliness['regimes'][number], 'regime'>;

interface Counts {
  received: number;
  answered: number;
  on_time: number;
  late: number;
  extended: number;
  open: number;
  overdue: number;
}

/**
 * On-time performance per regime, for requests received in the period, with a line per month
 * of receipt. Answered: completed, denied, or expired unverified, each a response the law's clock
 * stops at. On time: answered by the due date in force (extended once where the law allows,
 * regs 7021(b), GDPR 12(3)). Overdue: still open after its due date, as of the report's time.
 */
export async function timeliness(
  context: ReportContext,
  period: ReportPeriod,
): Promise<Timeliness> {
  const rows = await timelinessCounts(context.db, period, context.timeZone, context.now);
  const totals = new Map<string, Counts>();
  for (const row of rows) {
    const total = totals.get(row.regime) ?? zero();
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += row[key];
    totals.set(row.regime, total);
  }
  return {
    report: 'timeliness',
    version: 1,
    from: period.from,
    to: period.to,
    timeZone: context.timeZone,
    generatedAt: context.now.toISOString(),
    regimes: [...totals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([regime, counts]) => ({ regime, ...figures(counts) })),
    months: rows.map((row) => ({ month: row.month, regime: row.regime, ...figures(row) })),
  };
}

function zero(): Counts {
  return { received: 0, answered: 0, on_time: 0, late: 0, extended: 0, open: 0, overdue: 0 };
}

function figures(counts: Counts): Figures {
  return {
    received: counts.received,
    answered: counts.answered,
    onTime: counts.on_time,
    late: counts.late,
    extended: counts.extended,
    open: counts.open,
    overdue: counts.overdue,
    onTimeShare: share(counts.on_time, counts.answered),
    lateShare: share(counts.late, counts.answered),
    extendedShare: share(counts.extended, counts.answered),
  };
}

/** Each law's short English name, from the law table. */
export const REGIME_LABELS: Record<string, string> = Object.fromEntries(
  PRIVACY_LAW_LIST.map((law) => [law.id, law.label.en]),
);

export function timelinessDocument(report: Timeliness): ReportDocument {
  const columns = [
    { key: 'received', label: 'Received', numeric: true },
    { key: 'answered', label: 'Answered', numeric: true },
    { key: 'onTime', label: 'On time', numeric: true },
    { key: 'late', label: 'Late', numeric: true },
    { key: 'extended', label: 'Extended', numeric: true },
    { key: 'open', label: 'Open', numeric: true },
    { key: 'overdue', label: 'Overdue now', numeric: true },
    { key: 'onTimeShare', label: 'Share on time', numeric: true },
    { key: 'lateShare', label: 'Share late', numeric: true },
    { key: 'extendedShare', label: 'Share extended', numeric: true },
  ];
  const readable = (row: Figures) => ({
    ...row,
    onTimeShare: percent(row.onTimeShare),
    lateShare: percent(row.lateShare),
    extendedShare: percent(row.extendedShare),
  });
  const months = monthsBetween(report.from, report.to);
  const regimes = report.regimes.map((row) => row.regime);
  const monthShare = (month: string) => {
    const answered = report.months.filter((row) => row.month === month);
    const total = answered.reduce((sum, row) => sum + row.answered, 0);
    const onTime = answered.reduce((sum, row) => sum + row.onTime, 0);
    return total === 0 ? null : Math.round((onTime / total) * 1000) / 10;
  };
  return {
    name: 'timeliness',
    title: `Timeliness ${report.from} to ${report.to}`,
    fileName: `timeliness-${report.from}-${report.to}`,
    timeZone: report.timeZone,
    facts: [
      ['Requests received', `${report.from} to ${report.to} (inclusive)`],
      // Staff read times in the company's zone, named (the same rule as the console's pages).
      ['Dates in', zoneInWords(report.timeZone, 'en')],
      ['Generated', timeWithZone(report.generatedAt, 'en', report.timeZone)],
    ],
    notes: [
      'Answered: completed, denied, or expired for want of verification. On time: answered by the due date in force, after the one extension the law allows (CCPA regs 7021(b); GDPR Art. 12(3); the state laws). Shares are of the answered requests.',
      'Open and overdue are counted as of the moment the report was generated.',
    ],
    charts: [
      {
        title: 'Share answered on time, by month of receipt (all regimes)',
        kind: 'line',
        unit: '%',
        max: 100,
        categories: months,
        series: [{ name: 'On time', values: months.map(monthShare) }],
      },
      {
        title: 'Answered on time and late, by regime',
        kind: 'bar',
        categories: regimes.map((regime) => REGIME_LABELS[regime] ?? regime),
        series: [
          { name: 'On time', values: report.regimes.map((row) => row.onTime) },
          { name: 'Late', values: report.regimes.map((row) => row.late) },
          { name: 'Overdue now', values: report.regimes.map((row) => row.overdue) },
        ],
      },
    ],
    tables: [
      {
        title: 'Per regime',
        columns: [{ key: 'regime', label: 'Regime', width: 1.4 }, ...columns],
        rows: report.regimes.map((row) => ({
          ...readable(row),
          regime: REGIME_LABELS[row.regime] ?? row.regime,
        })),
      },
      {
        title: 'Per month of receipt',
        columns: [
          { key: 'month', label: 'Month' },
          { key: 'regime', label: 'Regime', width: 1.4 },
          ...columns,
        ],
        rows: report.months.map((row) => ({
          ...readable(row),
          regime: REGIME_LABELS[row.regime] ?? row.regime,
        })),
      },
    ],
    csv: {
      title: 'Timeliness',
      columns: [{ key: 'month', label: 'Month' }, { key: 'regime', label: 'Regime' }, ...columns],
      rows: [...report.regimes.map((row) => ({ month: 'all', ...row })), ...report.months],
    },
    json: report,
  };
}
