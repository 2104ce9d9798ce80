import { DataMap, mappedSystem, readDataMapFile } from '@rightsdesk/data-map';
import { findCardLikeNumbers } from '../../../test/support/card-number-scan';
import { AccessReport, renderAccessReport } from './access-report';
import { datasetFactsOf } from './dataset-facts';

describe(renderAccessReport.name, () => {
  let map: DataMap;
  beforeAll(async () => {
    map = await readDataMapFile('data-map/shop.v1.yaml');
  });

  const systemOf = (table: string) =>
    ['sessions', 'page_views'].includes(table) ? 'analytics' : 'shop';

  function reportOf(counts: Record<string, number>, scope: 'copy' | 'categories' = 'copy') {
    const report: AccessReport = {
      reference: 'RD-7K3M-Q9XD',
      generatedAt: '2026-11-25T10:00:00.000Z',
      scope,
      dataMapVersion: map.version,
      datasets: Object.entries(counts).map(([table, rows]) =>
        datasetFactsOf(
          systemOf(table),
          table,
          mappedSystem(map, systemOf(table)).tables[table],
          map.recipients,
          rows,
          scope === 'copy',
        ),
      ),
    };
    return renderAccessReport(report).toString();
  }

  it('says who it is for and when, and the Art. 15(1) facts of each dataset', () => {
    const html = reportOf({ customers: 1, sessions: 3012, payments: 2 });
    expect(html).toContain('RD-7K3M-Q9XD');
    expect(html).toContain('25 November 2026');
    expect(html).toContain('3,012');
    // Purposes, legal basis with its wording, recipients by name and role, retention, source.
    expect(html).toContain('Keep accounts secure, and measure and improve the performance');
    expect(html).toContain('GDPR Art. 6(1)(f)');
    expect(html).toContain('Securing accounts against misuse');
    expect(html).toContain(
      'Website analytics tool</strong>, service provider acting on our instructions (processor)',
    );
    expect(html).toContain('13 months from the visit.');
    expect(html).toContain('Collected automatically when you use the website');
    expect(html).toContain('Automated decision-making');
    expect(html).toContain('<code>analytics/sessions.csv</code>');
  });

  it('states secrets as held but not disclosed', () => {
    const html = reportOf({ customers: 1, payments: 1 });
    expect(html).toMatch(/Held but not disclosed<\/dt><dd><ul><li><code>password_hash<\/code>/);
    expect(html).toContain('<code>processor_token</code>');
  });

  it('lists places that hold nothing apart, and offers no files for categories only', () => {
    const html = reportOf({ customers: 1, feedback: 0 }, 'categories');
    expect(html).toContain('Where we hold nothing about you');
    expect(html).toContain('no copy of the data itself');
    expect(html).not.toContain('.csv');
  });

  it('is self-contained: no script, nothing loaded from elsewhere, no card-like number', () => {
    const html = reportOf({ customers: 1, orders: 12, payments: 12, page_views: 200_000 });
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(findCardLikeNumbers(html)).toEqual([]);
  });

  it('escapes what the data map says', () => {
    const table = {
      ...mappedSystem(map, 'shop').tables.comments,
      description: 'Comments <b>&</b>',
    };
    const html = renderAccessReport({
      reference: 'RD-1',
      generatedAt: '2026-11-25T10:00:00.000Z',
      scope: 'copy',
      dataMapVersion: 1,
      datasets: [datasetFactsOf('shop', 'comments', table, map.recipients, 1, true)],
    }).toString();
    expect(html).toContain('Comments &lt;b&gt;&amp;&lt;/b&gt;');
  });

  it("states when it was prepared in the person's own zone, named (a person in Spain)", () => {
    const html = renderAccessReport({
      reference: 'RD-7K3M-Q9XD',
      generatedAt: '2026-11-25T10:00:00.000Z',
      timeZone: 'Europe/Madrid',
      scope: 'categories',
      dataMapVersion: map.version,
      datasets: [],
    }).toString();
    expect(html).toContain(
      'Prepared on</dt><dd>25 November 2026, 11:00 Central European Standard Time (Europe/Madrid)</dd>',
    );
    expect(html).not.toContain('(UTC)');
  });
});
