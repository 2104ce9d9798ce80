import { DataMap, mappedSystem, readDataMapFile } from '@rightsdesk/data-map';
import { findCardLikeNumbers } from '../../../test/support/card-number-scan';
import { reportFor } from '../../../test/support/access-report-fixture';
import { READABLE_ROWS, renderAccessReport } from './access-report';

describe(renderAccessReport.name, () => {
  let map: DataMap;
  beforeAll(async () => {
    map = await readDataMapFile('data-map/shop.v1.yaml');
  });

  const systemOf = (table: string) =>
    ['sessions', 'page_views'].includes(table) ? 'analytics' : 'shop';

  function reportOf(counts: Record<string, number>, scope: 'copy' | 'categories' = 'copy') {
    const tables = Object.entries(counts).map(([table, rows]) => ({
      system: systemOf(table),
      table,
      definition: mappedSystem(map, systemOf(table)).tables[table],
      rows,
    }));
    return renderAccessReport(reportFor(tables, map, { scope }));
  }

  it('says who it is for and when, and the Art. 15(1) facts of each dataset', async () => {
    const html = await reportOf({ customers: 1, sessions: 3012, payments: 2 });
    expect(html).toContain('RD-7K3M-Q9XD');
    expect(html).toContain('25 November 2026');
    expect(html).toContain('3,012');
    // Purposes, legal basis with its wording, recipients by name and role, retention, source.
    expect(html).toContain('Keep accounts secure, and measure and improve the performance');
    expect(html).toContain('GDPR Art. 6(1)(f)');
    expect(html).toContain('Securing accounts against misuse');
    expect(html).toContain(
      'Website analytics tool, service provider acting on our instructions (processor)',
    );
    expect(html).toContain('13 months from the visit.');
    expect(html).toContain('Collected automatically when you use the website');
    expect(html).toContain('Automated decision-making');
    expect(html).toContain('<code>analytics/sessions.csv</code>');
  });

  it('states secrets as held but not disclosed, by their names for people', async () => {
    const html = await reportOf({ customers: 1, payments: 1 });
    expect(html).toMatch(/Held but not disclosed<\/dt><dd><ul><li>Password<\/li>/);
    expect(html).toContain('<li>Payment reference kept by the payment company</li>');
    expect(html).not.toContain('password_hash');
  });

  it('lists places that hold nothing apart, and offers no files for categories only', async () => {
    const html = await reportOf({ customers: 1, feedback: 0 }, 'categories');
    expect(html).toContain('Where we hold nothing about you');
    expect(html).toContain('no copy of the data itself');
    expect(html).not.toContain('.csv');
  });

  it('is self-contained: no script, nothing loaded from elsewhere, no card-like number', async () => {
    const html = await reportOf({ customers: 1, orders: 12, payments: 12, page_views: 200_000 });
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(findCardLikeNumbers(html)).toEqual([]);
  });

  it('shows the first rows of a large dataset in words and says every row is in its files', async () => {
    const definition = mappedSystem(map, 'shop').tables.orders;
    const report = reportFor([{ system: 'shop', table: 'orders', definition, rows: 1500 }], map);
    let read = 0;
    async function* orders() {
      for (let index = 0; index < 1500; index += 1) {
        read += 1;
        yield {
          id: index,
          order_number: `SO-${index}`,
          placed_at: new Date('2025-03-04T12:30:00Z'),
          status: 'delivered',
          currency: 'USD',
          total_cents: 4250,
        };
      }
    }
    const html = await renderAccessReport(report, () => orders());
    expect(html.match(/<td>\$42\.50<\/td>/g)).toHaveLength(READABLE_ROWS);
    expect(html).toContain('4 March 2025 at 13:30 (Europe/Madrid)');
    expect(html).toContain(
      'Showing the first 1,000 of 1,500 records. Every record is in the files shop/orders.json and shop/orders.csv',
    );
    expect(html).not.toContain('total_cents');
    expect(read).toBeLessThanOrEqual(READABLE_ROWS + 1); // stopped reading, not read to the end
  });

  it('escapes what the data map says', async () => {
    const definition = {
      ...mappedSystem(map, 'shop').tables.comments,
      purpose: { en: 'Comments <b>&</b>' },
    };
    const html = await renderAccessReport(
      reportFor([{ system: 'shop', table: 'comments', definition, rows: 1 }], map),
    );
    expect(html).toContain('Comments &lt;b&gt;&amp;&lt;/b&gt;');
  });

  it("states when it was prepared in the person's own zone, named (a person in the Canary Islands)", async () => {
    const html = await renderAccessReport(reportFor([], map, { personZone: 'Atlantic/Canary' }));
    // The one format of times everywhere: the date in words, the clock, the zone named once.
    expect(html).toContain(
      '<dd>25 November 2026, 10:00 Western European Standard Time (Atlantic/Canary)</dd>',
    );
    expect(html).not.toContain('(UTC)');
    expect(html).not.toContain('(Europe/Madrid)');
  });

  it.each([
    ['en', 'Greek', 'Greece'],
    ['es', 'griego', 'Grecia'],
  ] as const)(
    'names a Greek speaker’s language and countries in words when the report is in %s',
    async (language, greek, greece) => {
      const system = mappedSystem(map, 'shop');
      const html = await renderAccessReport(
        reportFor(
          [
            {
              system: 'shop',
              table: 'customer_profiles',
              definition: system.tables.customer_profiles,
              rows: 1,
            },
            { system: 'shop', table: 'addresses', definition: system.tables.addresses, rows: 1 },
          ],
          map,
          { language },
        ),
        (dataset) =>
          (async function* () {
            yield dataset.table === 'addresses'
              ? {
                  id: 1,
                  customer_id: 1,
                  kind: 'home',
                  line1: '3 Odos Ermou',
                  city: 'Athina',
                  country: 'GR',
                }
              : { customer_id: 1, display_name: 'Eleni', preferred_language: 'el' };
          })(),
      );
      expect(html).toContain(`<td>${greek}</td>`);
      expect(html).toContain(`<td>${greece}</td>`);
      expect(html).not.toMatch(/<td>(el|GR)<\/td>/);
    },
  );
});
