import { CSV_BOM, csvRecord } from '@rightsdesk/fulfilment';
import type { ReportDocument } from './report-document';

/**
 * The report's main table as RFC 4180 CSV, UTF-8 with a byte order mark like the access
 * package's files; the header row holds the same keys as the JSON.
 */
export function renderReportCsv(document: ReportDocument): Buffer {
  const { columns, rows } = document.csv;
  const lines = [csvRecord(columns.map((column) => column.key))];
  for (const row of rows) lines.push(csvRecord(columns.map((column) => row[column.key])));
  return Buffer.from(CSV_BOM + lines.join(''), 'utf8');
}

export function renderReportJson(document: ReportDocument): Buffer {
  return Buffer.from(JSON.stringify(document.json, null, 2) + '\n', 'utf8');
}
