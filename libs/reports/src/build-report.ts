import type { DataMap } from '@rightsdesk/data-map';
import { auditLog, auditLogDocument } from './audit-log.report';
import { ccpaMetrics, ccpaMetricsDocument } from './ccpa-metrics.report';
import { processingRecord, processingRecordDocument } from './processing-record.report';
import type { ReportContext } from './report-context';
import type { ReportDocument } from './report-document';
import type { ReportFormat, ReportRequest } from './report-parameters';
import { renderReportCsv, renderReportJson } from './render-csv';
import { PDF_MAX_ROWS, renderReportPdf } from './render-pdf';
import { requestLog, requestLogDocument } from './request-log.report';
import { timeliness, timelinessDocument } from './timeliness.report';
import { DomainError } from '@rightsdesk/domain';

export interface ReportSources extends ReportContext {
  dataMap: DataMap;
  privacyContact: string;
}

/** Computes the figures of one report and lays them out for every format. */
export async function buildReport(
  sources: ReportSources,
  request: ReportRequest,
): Promise<ReportDocument> {
  switch (request.report) {
    case 'ccpa-metrics':
      return ccpaMetricsDocument(await ccpaMetrics(sources, request.year, request.scope));
    case 'timeliness':
      return timelinessDocument(await timeliness(sources, request.period));
    case 'request-log':
      return requestLogDocument(await requestLog(sources, request.period));
    case 'audit-log':
      return auditLogDocument(await auditLog(sources, request.period));
    case 'processing-record':
      return processingRecordDocument(
        processingRecord(
          sources.dataMap,
          { name: sources.companyName, contact: sources.privacyContact },
          sources.now,
        ),
      );
  }
}

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  pdf: 'application/pdf',
};

/** The report as a file of the asked format. A PDF of thousands of rows is refused with 400. */
export async function renderReport(
  document: ReportDocument,
  format: ReportFormat,
  generatedAt: Date,
): Promise<RenderedReport> {
  const fileName = `${document.fileName}.${format}`;
  if (format === 'json')
    return { body: renderReportJson(document), contentType: CONTENT_TYPES.json, fileName };
  if (format === 'csv')
    return { body: renderReportCsv(document), contentType: CONTENT_TYPES.csv, fileName };
  const rows = document.tables.reduce((sum, table) => sum + table.rows.length, 0);
  if (rows > PDF_MAX_ROWS) {
    throw new DomainError(
      'invalid_input',
      `a PDF holds at most ${PDF_MAX_ROWS} rows and this report has ${rows}; download it as CSV or JSON, or ask for a shorter period.`,
      [{ path: 'format', message: 'too many rows for a PDF' }],
    );
  }
  return {
    body: await renderReportPdf(document, generatedAt),
    contentType: CONTENT_TYPES.pdf,
    fileName,
  };
}
