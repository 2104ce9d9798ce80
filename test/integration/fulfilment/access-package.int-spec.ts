import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnector } from '@rightsdesk/connectors';
import { readDataMapFile } from '@rightsdesk/data-map';
import {
  ACCESS_PACKAGE_FORMAT,
  CollectAccessPackageUseCase,
  FulfilmentModule,
  SourceRegistry,
  WITHHELD,
} from '@rightsdesk/fulfilment';
import { findCardLikeNumbers } from '../../support/card-number-scan';
import { ReadAccessPackage, parseCsv, readAccessPackage } from '../../support/package-reader';
import { withSources } from '../../support/fixed-sources';
import { createTestRequest } from '../../support/requests';
import { type TestModule, testModule } from '../../support/test-module';
import {
  TEST_ANALYTICS_DATABASE_URL,
  TEST_CONNECTIONS,
  TEST_SHOP_DATABASE_URL,
} from '../../support/test-env';

/**
 * Packages built for people of the seeded test shop, read back as a person would: decrypted,
 * unzipped, every file opened. The counts are checked against the shop itself.
 */
describe('access package (ZIP)', () => {
  let fulfilment: TestModule;
  let key: Buffer;
  let dataSource: DataSource;
  let sources: SourceRegistry;
  let collect: CollectAccessPackageUseCase;
  let shop: Client;
  let analytics: Client;

  beforeAll(async () => {
    sources = new SourceRegistry(await readDataMapFile('data-map/shop.v1.yaml'), TEST_CONNECTIONS);
    fulfilment = await testModule(
      [FulfilmentModule],
      { PACKAGE_ENCRYPTION_KEY: randomKey() },
      withSources(sources),
    );
    dataSource = fulfilment.dataSource;
    key = fulfilment.config.packageEncryptionKey;
    collect = fulfilment.get(CollectAccessPackageUseCase);
    shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
    await shop.connect();
    analytics = new Client({ connectionString: TEST_ANALYTICS_DATABASE_URL });
    await analytics.connect();
  });

  afterAll(async () => {
    await sources?.close();
    await shop?.end();
    await analytics?.end();
    await fulfilment?.close();
  });

  /** An access request for this email, approved (as a reviewer would) and then fulfilled. */
  async function fulfilled(email: string, scope: 'copy' | 'categories' = 'copy') {
    // Earlier runs' open requests for the same person would make this one a duplicate.
    await dataSource.query(
      `UPDATE requests SET status = 'cancelled' WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired')
         AND subject_id IN (SELECT id FROM subject_identities WHERE lower(email) = lower($1))`,
      [email],
    );
    const id = await createTestRequest(dataSource, {
      email,
      scope,
      residence: { country: 'DE' },
    });
    await dataSource.query(`UPDATE requests SET status = 'approved' WHERE id = $1`, [id]);
    await collect.execute(id);
    const [{ status }] = await dataSource.query('SELECT status FROM requests WHERE id = $1', [id]);
    expect(status).toBe('completed');
    return { id, read: await readAccessPackage(dataSource, key, id) };
  }

  async function customerId(email: string): Promise<string> {
    const { rows } = await shop.query('SELECT id FROM customers WHERE lower(email) = lower($1)', [
      email,
    ]);
    return rows[0].id;
  }

  function everyText(read: ReadAccessPackage): string {
    return [...read.entries.values()].join('\n');
  }

  it('packages a person with thousands of rows: JSON and CSV per table, counts as the shop has them', async () => {
    const email = 'sam.rivera@example.com';
    const { read } = await fulfilled(email);
    const customer = await customerId(email);
    // Both databases of the map: the shop's own, and analytics (sessions, page views).
    const files = sources.connectors.flatMap((connector) =>
      connector.tables().map((table) => `${connector.system.name}/${table}`),
    );
    const tables = sources.connectors.flatMap((connector) => connector.tables());

    expect(read.stored.format).toBe(ACCESS_PACKAGE_FORMAT);
    expect(files).toContain('analytics/sessions');
    expect([...read.entries.keys()].sort()).toEqual(
      [
        'report.html',
        'manifest.json',
        ...files.flatMap((file) => [`${file}.json`, `${file}.csv`]),
      ].sort(),
    );
    // Every table's JSON and CSV hold the same number of rows as the manifest says.
    for (const table of tables) {
      const stated = read.manifest.datasets.find((dataset) => dataset.table === table)?.rows;
      expect({ table, rows: read.rows(table).length }).toEqual({ table, rows: stated });
      expect({ table, rows: parseCsv(read.csv(table)).length - 1 }).toEqual({
        table,
        rows: stated,
      });
    }
    // ...and those numbers are the shop's, and its analytics database's.
    const [{ sessions }] = (
      await analytics.query(
        'SELECT count(*)::int AS sessions FROM sessions WHERE customer_id = $1',
        [customer],
      )
    ).rows;
    const [{ views }] = (
      await analytics.query(
        `SELECT count(*)::int AS views FROM page_views v JOIN sessions s ON s.id = v.session_id
          WHERE s.customer_id = $1`,
        [customer],
      )
    ).rows;
    expect(sessions).toBe(3000);
    expect(read.rows('sessions')).toHaveLength(sessions);
    expect(read.rows('page_views')).toHaveLength(views);
    expect(read.stored.rowCount).toBe(
      read.manifest.datasets.reduce((sum, dataset) => sum + dataset.rows, 0),
    );
    expect(read.stored.byteSize).toBe(String(read.zip.length));
    expect(findCardLikeNumbers(everyText(read))).toEqual([]);
  }, 120_000);

  it("reads each of a person's tables from the shop and analytics databases once", async () => {
    const streamed = jest.spyOn(PostgresConnector.prototype, 'streamTable');
    try {
      const { read } = await fulfilled('zoe.angstrom@example.com');
      const queries = new Map<string, number>();
      for (const [index, [, table]] of streamed.mock.calls.entries()) {
        const dataset = `${streamed.mock.contexts[index]?.system.name}/${table}`;
        queries.set(dataset, (queries.get(dataset) ?? 0) + 1);
      }
      // One query per table: the JSON, the CSV and the report's readable table share its rows
      // (it was three queries a table, one per file and one for the report).
      expect(queries.size).toBe(read.manifest.datasets.length);
      expect([...queries.values()].every((count) => count === 1)).toBe(true);
    } finally {
      streamed.mockRestore();
    }
  });

  it('states the Art. 15(1) facts in the report and withholds secrets everywhere', async () => {
    const email = 'grace.omalley@example.com';
    const { read } = await fulfilled(email);
    const { rows } = await shop.query(
      `SELECT c.password_hash, p.processor_token FROM customers c
         LEFT JOIN payments p ON p.customer_id = c.id WHERE lower(c.email) = $1`,
      [email],
    );
    const report = read.report;
    expect(report).toContain(read.manifest.reference);
    for (const fact of [
      'Why we use it',
      'Provide and operate the customer account, sign-in and service notices.',
      'GDPR Art. 6(1)(b)',
      'GDPR Art. 6(1)(c)',
      'Payment gateway (PCI DSS compliant), service provider acting on our instructions (processor)',
      'Shipping carriers, independent organisation deciding its own use (controller)',
      '7 years after the order, for tax and accounting records.',
      'Provided by you',
      'Automated decision-making',
      'Held but not disclosed',
    ]) {
      expect(report).toContain(fact);
    }
    const text = everyText(read);
    for (const row of rows) {
      expect(text).not.toContain(row.password_hash);
      if (row.processor_token) expect(text).not.toContain(row.processor_token);
    }
    expect(read.rows('customers')[0].password_hash).toBe(WITHHELD);
    const payments = read.rows('payments');
    expect(payments.length).toBeGreaterThan(0);
    for (const payment of payments) {
      expect(payment.processor_token).toBe(WITHHELD);
      expect(String(payment.card_last4)).toMatch(/^\d{4}$/);
    }
    expect(read.csv('payments')).toContain(WITHHELD);
    expect(findCardLikeNumbers(text)).toEqual([]);
    expect(findCardLikeNumbers(read.zip.toString('latin1'))).toEqual([]);
  }, 60_000);

  it('keeps accents and awkward text intact in CSV (UTF-8 with BOM, RFC 4180)', async () => {
    const zoe = (await fulfilled('zoe.angstrom@example.com')).read;
    const customers = zoe.csv('customers');
    expect(customers.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parseCsv(customers);
    expect(row[header.indexOf('first_name')]).toBe('Zoë');
    expect(row[header.indexOf('last_name')]).toBe('Ångström-Núñez');

    const noor = (await fulfilled('noor.vandenberg@example.net')).read;
    const [messageHeader, ...messages] = parseCsv(noor.csv('support_messages'));
    const bodies = noor.rows('support_messages').map((message) => message.body);
    expect(messages.map((message) => message[messageHeader.indexOf('body')])).toEqual(bodies);
    expect(bodies.some((body) => String(body).includes('\r\n'))).toBe(true);
  }, 60_000);

  it('answers categories-only access with the report and manifest, and no rows', async () => {
    const { read } = await fulfilled('morgan.ellis@example.com', 'categories');
    expect([...read.entries.keys()].sort()).toEqual(['manifest.json', 'report.html']);
    expect(read.manifest.scope).toBe('categories');
    const addresses = read.manifest.datasets.find((dataset) => dataset.table === 'addresses');
    expect(addresses).toMatchObject({ rows: 7, files: null });
    expect(addresses?.categories).toContain('Postal address');
    expect(read.report).toContain('no copy of the data itself');
    expect(read.report).toContain('Deliver orders and bill payments.');
    expect(read.report).not.toContain('.csv');
    // Each dataset by its name for people, never the data map's notes for staff.
    expect(read.report).toContain('Your saved addresses');
    expect(addresses?.label).toBe('Your saved addresses');
    for (const note of ['Shipping, billing and home addresses of an account', 'PCI DSS 3.3.1'])
      expect(read.report).not.toContain(note);
  }, 60_000);
});

/** A package key of this run (PACKAGE_ENCRYPTION_KEY). */
function randomKey(): string {
  return randomBytes(32).toString('hex');
}
