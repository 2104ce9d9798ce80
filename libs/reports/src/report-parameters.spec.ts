import { DomainError } from '@rightsdesk/domain';
import { parseReportRequest } from './report-parameters';

describe(parseReportRequest.name, () => {
  it.each([
    [
      'ccpa-metrics',
      { year: '2026' },
      { report: 'ccpa-metrics', format: 'json', year: 2026, scope: 'california' },
    ],
    [
      'ccpa-metrics',
      { year: '2025', scope: 'all', format: 'pdf' },
      { report: 'ccpa-metrics', format: 'pdf', year: 2025, scope: 'all' },
    ],
    [
      'timeliness',
      { from: '2026-01-01', to: '2026-01-01', format: 'csv' },
      { report: 'timeliness', format: 'csv', period: { from: '2026-01-01', to: '2026-01-01' } },
    ],
    ['processing-record', { format: 'pdf' }, { report: 'processing-record', format: 'pdf' }],
  ])('reads %s %j', (report, query, expected) => {
    expect(parseReportRequest(report, query)).toEqual(expected);
  });

  it.each([
    ['ccpa-metrics', {}, 'invalid_input', 'year is required, e.g. year=2026.'],
    ['ccpa-metrics', { year: '26' }, 'invalid_input', /calendar year from 2020 to 2100; got "26"/],
    ['ccpa-metrics', { year: '2019' }, 'invalid_input', /from 2020 to 2100/],
    ['ccpa-metrics', { year: '2026', scope: 'CA' }, 'invalid_input', /california or all/],
    ['ccpa-metrics', { year: ['2025', '2026'] }, 'invalid_input', 'year must be given once.'],
    ['timeliness', { to: '2026-01-01' }, 'invalid_input', /from is required/],
    [
      'request-log',
      { from: '2026-02-29', to: '2026-03-01' },
      'invalid_input',
      /from must be a date/,
    ],
    ['audit-log', { from: '2026-01-02', to: '2026-01-01' }, 'invalid_input', /before from/],
    ['timeliness', { from: '2020-01-01', to: '2026-01-01' }, 'invalid_input', /at most 1830 days/],
    ['processing-record', { format: 'docx' }, 'invalid_input', /json, csv, pdf; got "docx"/],
    ['volumes', {}, 'not_found', /there is no report "volumes"/],
  ])('refuses %s %j with %s', (report, query, code, message) => {
    let error: unknown;
    try {
      parseReportRequest(report, query);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    expect((error as DomainError).message).toMatch(message);
  });
});
