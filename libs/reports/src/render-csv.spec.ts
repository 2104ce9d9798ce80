import { renderReportCsv } from './render-csv';
import type { ReportDocument } from './report-document';

describe(renderReportCsv.name, () => {
  it('writes RFC 4180 CSV with a BOM, CRLF records, quoted fields and empty nulls', () => {
    const document = {
      csv: {
        title: 'x',
        columns: [
          { key: 'reference', label: 'Reference' },
          { key: 'reason', label: 'Reason' },
          { key: 'days', label: 'Days' },
          { key: 'extended', label: 'Extended' },
        ],
        rows: [
          { reference: 'RD-1', reason: 'said "no", twice\nthen left', days: 10.5, extended: true },
          { reference: '=HYPERLINK("x")', reason: null, days: null, extended: false },
        ],
      },
    } as unknown as ReportDocument;
    expect(renderReportCsv(document).toString('utf8')).toBe(
      '\uFEFFreference,reason,days,extended\r\n' +
        'RD-1,"said ""no"", twice\nthen left",10.5,true\r\n' +
        // A value a spreadsheet would run as a formula is defused (OWASP CSV injection).
        `"'=HYPERLINK(""x"")",,,false\r\n`,
    );
  });
});
