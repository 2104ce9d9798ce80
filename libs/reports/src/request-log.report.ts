import { z } from 'zod';
import { DomainError, residenceInWords } from '@rightsdesk/domain';
import {
  DENIAL_CATEGORY_LABELS,
  MANNER_LABELS,
  REQUEST_NATURE_LABELS,
  RESPONSE_NATURE_LABELS,
  denialCategory,
  responseNature,
} from './request-categories';
import { monthsBetween } from './chart-geometry';
import { RequestLogRow, requestLogRows } from '@rightsdesk/requests';
import { ReportContext } from './report-context';
import type { ReportDocument } from './report-document';
import type { ReportPeriod } from './report-parameters';
import { requestLogSchema } from './report-schemas';
import { REGIME_LABELS } from './timeliness.report';
import { timeWithZone, zoneInWords } from '@rightsdesk/messages';

export type RequestLog = z.infer<typeof requestLogSchema>;

/** A log longer than this is asked for by shorter periods; it keeps one answer in memory. */
export const REQUEST_LOG_MAX_ROWS = 100_000;

type LogRow = RequestLogRow;

/**
 * The record regs 7101(b) requires of every request received in the period: date of request,
 * nature, manner, date and nature of the response, basis of any denial. Reads only columns that
 * retention keeps, so a purged request's line is as complete as it ever was.
 */
export async function requestLog(
  context: ReportContext,
  period: ReportPeriod,
): Promise<RequestLog> {
  const rows: LogRow[] = await requestLogRows(
    context.db,
    period,
    context.timeZone,
    REQUEST_LOG_MAX_ROWS + 1,
  );
  if (rows.length > REQUEST_LOG_MAX_ROWS) {
    throw new DomainError(
      'invalid_input',
      `the request log from ${period.from} to ${period.to} holds more than ${REQUEST_LOG_MAX_ROWS} requests; ask for a shorter period.`,
      [{ path: 'to', message: 'choose a shorter period' }],
    );
  }
  return {
    report: 'request-log',
    version: 1,
    from: period.from,
    to: period.to,
    timeZone: context.timeZone,
    generatedAt: context.now.toISOString(),
    requests: rows.map((row) => {
      const response = responseNature(row.status, row.complied_in_part);
      return {
        reference: row.reference,
        receivedOn: row.received_on,
        nature: row.type,
        regime: row.regime,
        regimeLabel: REGIME_LABELS[row.regime] ?? row.regime,
        residenceCountry: row.residence_country,
        residenceRegion: row.residence_region,
        residenceLabel: residenceInWords(row.residence_country, row.residence_region),
        manner: row.manner,
        status: row.status,
        respondedOn: row.responded_on,
        response,
        responseLabel: RESPONSE_NATURE_LABELS[response],
        denialCategory: denialCategory(row.status, row.denial_basis),
        denialBasis: row.status === 'expired' ? 'unverifiable' : row.denial_basis,
        dueOn: row.due_on,
        extended: row.extended,
        appealOf: row.appeal_of,
        personalDataPurged: row.purged,
      };
    }),
  };
}

export function requestLogDocument(log: RequestLog): ReportDocument {
  const columns = [
    { key: 'reference', label: 'Reference', width: 1.6 },
    { key: 'receivedOn', label: 'Received', width: 1.3 },
    { key: 'nature', label: 'Nature', width: 1.2 },
    { key: 'residenceLabel', label: 'Residence', width: 1.2 },
    { key: 'regimeLabel', label: 'Law applied', width: 1 },
    { key: 'manner', label: 'Manner', width: 0.9 },
    { key: 'respondedOn', label: 'Responded', width: 1.3 },
    { key: 'responseLabel', label: 'Nature of response', width: 1.4 },
    { key: 'denialBasis', label: 'Basis of denial', width: 1.2 },
    { key: 'dueOn', label: 'Due', width: 1.3 },
    { key: 'extended', label: 'Extended', width: 0.7 },
    { key: 'appealOf', label: 'Appeal of', width: 1.6 },
    { key: 'personalDataPurged', label: 'Data purged', width: 0.6 },
  ];
  const natures = Object.keys(RESPONSE_NATURE_LABELS) as Array<keyof typeof RESPONSE_NATURE_LABELS>;
  const months = monthsBetween(log.from, log.to);
  const rows = log.requests.map((row) => ({
    ...row,
    nature: REQUEST_NATURE_LABELS[row.nature] ?? row.nature,
    manner: MANNER_LABELS[row.manner] ?? row.manner,
    denialBasis: row.denialCategory
      ? `${DENIAL_CATEGORY_LABELS[row.denialCategory]}${basisInWords(row.denialBasis)}`
      : null,
  }));
  return {
    name: 'request-log',
    title: `Request log ${log.from} to ${log.to}`,
    fileName: `request-log-${log.from}-${log.to}`,
    timeZone: log.timeZone,
    facts: [
      ['Requests received', `${log.from} to ${log.to} (inclusive)`],
      ['Requests', String(log.requests.length)],
      ['Residence', 'Where the person said they live; "Not given" when they did not say.'],
      // Staff read times in the company's zone, named (the same rule as the console's pages).
      ['Dates in', zoneInWords(log.timeZone, 'en')],
      ['Generated', timeWithZone(log.generatedAt, 'en', log.timeZone)],
    ],
    notes: [
      'Cal. Code Regs. tit. 11, § 7101: kept at least 24 months. After the retention period a closed request\'s personal data is purged ("Data purged"); its line here stays.',
    ],
    charts: [
      {
        title: 'Requests by month of receipt and nature of response',
        kind: 'bar',
        categories: months,
        series: natures
          .map((nature) => ({
            name: RESPONSE_NATURE_LABELS[nature],
            values: months.map(
              (month) =>
                log.requests.filter(
                  (row) => row.response === nature && row.receivedOn.startsWith(month),
                ).length,
            ),
          }))
          .filter((series) => series.values.some((value) => value > 0)),
      },
    ],
    tables: [{ title: 'Requests', columns, rows }],
    csv: {
      title: 'Requests',
      columns: [
        'reference',
        'receivedOn',
        'nature',
        'regime',
        'regimeLabel',
        'residenceCountry',
        'residenceRegion',
        'residenceLabel',
        'manner',
        'status',
        'respondedOn',
        'response',
        'responseLabel',
        'denialCategory',
        'denialBasis',
        'dueOn',
        'extended',
        'appealOf',
        'personalDataPurged',
      ].map((key) => ({ key, label: key })),
      rows: log.requests,
    },
    json: log,
  };
}

/**
 * A basis stored as a code (not_a_consumer, unverifiable) is said by its category alone: an
 * officer never reads the code. A basis written in words by staff is added as written.
 */
function basisInWords(basis: string | null): string {
  return basis && !/^[a-z0-9_]+$/.test(basis) ? ` (${basis})` : '';
}
