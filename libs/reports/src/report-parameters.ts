import { DomainError, parseCalendarDate } from '@rightsdesk/domain';

/** Every report the admin console and GET /api/v1/reports/{report} offer. */
export const REPORT_NAMES = [
  'ccpa-metrics',
  'timeliness',
  'request-log',
  'audit-log',
  'processing-record',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export const REPORT_FORMATS = ['json', 'csv', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** regs 7102 lets a business report on California residents only or on everyone it answered. */
export const CCPA_SCOPES = ['california', 'all'] as const;
export type CcpaScope = (typeof CCPA_SCOPES)[number];

/** Inclusive calendar dates (YYYY-MM-DD) on the company's calendar. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export type ReportRequest =
  | { report: 'ccpa-metrics'; format: ReportFormat; year: number; scope: CcpaScope }
  | {
      report: 'timeliness' | 'request-log' | 'audit-log';
      format: ReportFormat;
      period: ReportPeriod;
    }
  | { report: 'processing-record'; format: ReportFormat };

/** The longest period a dated report covers: a regs 7101 log is kept 24 months, with margin. */
export const MAX_PERIOD_DAYS = 366 * 5;

/**
 * Reads a report's query parameters as they come from a URL or a form, or explains in one
 * sentence which one is wrong (DomainError `invalid_input`, answered with 400).
 */
export function parseReportRequest(
  report: string,
  query: Readonly<Record<string, unknown>>,
): ReportRequest {
  if (!(REPORT_NAMES as readonly string[]).includes(report)) {
    throw new DomainError(
      'not_found',
      `there is no report "${report}"; the reports are ${REPORT_NAMES.join(', ')}.`,
    );
  }
  const format = text(query, 'format') ?? 'json';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw invalid('format', `format must be one of ${REPORT_FORMATS.join(', ')}; got "${format}"`);
  }
  const name = report as ReportName;
  const chosen = format as ReportFormat;
  if (name === 'processing-record') return { report: name, format: chosen };
  if (name === 'ccpa-metrics') {
    const yearText = text(query, 'year');
    if (yearText === undefined) throw invalid('year', 'year is required, e.g. year=2026');
    if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2020 || Number(yearText) > 2100) {
      throw invalid('year', `year must be a calendar year from 2020 to 2100; got "${yearText}"`);
    }
    const scope = text(query, 'scope') ?? 'california';
    if (!(CCPA_SCOPES as readonly string[]).includes(scope)) {
      throw invalid('scope', `scope must be california or all; got "${scope}"`);
    }
    return { report: name, format: chosen, year: Number(yearText), scope: scope as CcpaScope };
  }
  return {
    report: name,
    format: chosen,
    period: parsePeriod(text(query, 'from'), text(query, 'to')),
  };
}

/** `from` and `to`, both inclusive; `to` not before `from`; at most MAX_PERIOD_DAYS long. */
export function parsePeriod(from: string | undefined, to: string | undefined): ReportPeriod {
  if (from === undefined) throw invalid('from', 'from is required, a date such as 2026-01-01');
  if (to === undefined) throw invalid('to', 'to is required, a date such as 2026-12-31');
  const start = calendarDay('from', from);
  const end = calendarDay('to', to);
  if (end < start) throw invalid('to', `to (${to}) is before from (${from})`);
  if ((end - start) / 86_400_000 + 1 > MAX_PERIOD_DAYS) {
    throw invalid('to', `a report covers at most ${MAX_PERIOD_DAYS} days; choose a shorter period`);
  }
  return { from, to };
}

function calendarDay(field: string, value: string): number {
  try {
    const date = parseCalendarDate(value);
    return Date.UTC(date.year, date.month - 1, date.day);
  } catch {
    throw invalid(field, `${field} must be a date such as 2026-01-31; got "${value}"`);
  }
}

function text(query: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = query[key];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw invalid(key, `${key} must be given once`);
  return value.trim();
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('invalid_input', `${message}.`, [{ path, message }]);
}
