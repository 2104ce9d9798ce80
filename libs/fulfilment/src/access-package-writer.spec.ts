import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataMap, mappedSystem, readDataMapFile } from '@rightsdesk/data-map';
import { findCardLikeNumbers } from '../../../test/support/card-number-scan';
import { parseCsv, readZipPackage } from '../../../test/support/package-reader';
import { ACCESS_PACKAGE_FORMAT, AccessPackageWriter } from './access-package-writer';
import { reportFor } from '../../../test/support/access-report-fixture';
import { WITHHELD } from './disclosure';

/** Collects what the writer produces, as the encrypted chunk store would receive it. */
class MemorySink extends Writable {
  readonly parts: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.parts.push(chunk);
    done();
  }
}

async function* rowsOf(rows: Array<Record<string, unknown>>) {
  for (const row of rows) yield { ...row };
}

describe(AccessPackageWriter.name, () => {
  let map: DataMap;
  const generatedAt = new Date('2026-11-25T10:00:00.000Z');
  beforeAll(async () => {
    map = await readDataMapFile('data-map/shop.v1.yaml');
  });

  const customer = {
    id: 7,
    login: 'zoe',
    email: 'zoe.angstrom@example.com',
    password_hash: '$argon2id$v=19$m=65536$secret',
    first_name: 'Zoë',
    last_name: 'Ångström-Núñez, "Jr"',
    phone: '+44 7700 900123',
    created_at: '2024-03-05T10:11:12.000Z',
    last_login_at: null,
  };
  const payment = {
    id: 1,
    order_id: 2,
    customer_id: 7,
    processor: 'stripe',
    processor_token: 'tok_4111111111111111',
    card_brand: 'visa',
    card_last4: '1111',
    card_exp_month: 12,
    card_exp_year: 2030,
    amount_cents: 4200,
    paid_at: '2024-03-05T10:11:12.000Z',
  };

  async function writePackage(reads: string[] = []): Promise<Buffer> {
    const sink = new MemorySink();
    const writer = new AccessPackageWriter(sink, generatedAt);
    const tables = { customers: [customer], payments: [payment], comments: [] };
    const written = [];
    for (const [table, rows] of Object.entries(tables)) {
      const definition = mappedSystem(map, 'shop').tables[table];
      const count = await writer.addDataset('shop', table, definition, () => {
        reads.push(table);
        return rowsOf(rows);
      });
      written.push({ system: 'shop', table, definition, rows: count });
    }
    await writer.finish({ ...reportFor(written, map), generatedAt: generatedAt.toISOString() });
    return Buffer.concat(sink.parts);
  }

  it('writes a JSON and a CSV file per table, a report and a manifest', async () => {
    const read = await readZipPackage(await writePackage());
    expect([...read.entries.keys()]).toEqual([
      'shop/customers.json',
      'shop/customers.csv',
      'shop/payments.json',
      'shop/payments.csv',
      'shop/comments.json',
      'shop/comments.csv',
      'report.html',
      'manifest.json',
    ]);
    expect(read.manifest).toMatchObject({ format: ACCESS_PACKAGE_FORMAT, scope: 'copy' });
    expect(read.manifest.datasets.map((dataset) => dataset.rows)).toEqual([1, 1, 0]);
    expect(read.rows('customers')).toEqual([{ ...customer, password_hash: WITHHELD }]);
    expect(read.rows('comments')).toEqual([]);
  });

  it("reads each of the person's datasets from the shop once for the JSON, the CSV and the report", async () => {
    const reads: string[] = [];
    const read = await readZipPackage(await writePackage(reads));
    // One query per dataset (it was three: one per file and one for the report's tables).
    expect(reads).toEqual(['customers', 'payments', 'comments']);
    expect(read.rows('payments')).toHaveLength(1);
    expect(read.entries.get('shop/payments.csv')).toContain('stripe');
    expect(read.entries.get('report.html')).toContain('1111');
  });

  it('writes CSV a spreadsheet reads: BOM, header, quoting, accents intact', async () => {
    const read = await readZipPackage(await writePackage());
    const text = read.csv('customers');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parseCsv(text);
    expect(header).toEqual(Object.keys(mappedSystem(map, 'shop').tables.customers.fields));
    expect(row[header.indexOf('last_name')]).toBe('Ångström-Núñez, "Jr"');
    expect(row[header.indexOf('password_hash')]).toBe(WITHHELD);
    expect(row[header.indexOf('last_login_at')]).toBe('');
    expect(parseCsv(read.csv('comments'))).toEqual([
      Object.keys(mappedSystem(map, 'shop').tables.comments.fields),
    ]);
  });

  it('withholds secrets everywhere and leaves no card number in any file', async () => {
    const read = await readZipPackage(await writePackage());
    const everything = [...read.entries.values()].join('\n');
    expect(everything).not.toContain('tok_4111111111111111');
    expect(everything).not.toContain('$argon2id');
    expect(findCardLikeNumbers(everything)).toEqual([]);
    expect(findCardLikeNumbers(read.zip.toString('latin1'))).toEqual([]);
    expect(read.rows('payments')[0]).toMatchObject({
      card_brand: 'visa',
      card_last4: '1111',
      processor_token: WITHHELD,
    });
  });

  it('streams: rows are read only as fast as the store takes the bytes', async () => {
    let produced = 0;
    async function* many() {
      for (let i = 0; i < 200_000; i += 1) {
        produced += 1;
        // Random text compresses little, so bytes held up in buffers would show as rows here.
        const page = randomBytes(24).toString('hex');
        yield { id: i, session_id: i, url: `https://shop.example/p/${page}`, viewed_at: null };
      }
    }
    let release: () => void = () => undefined;
    let writes = 0;
    const stalled = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, done) {
        writes += 1;
        if (writes === 1) release = () => done();
        else done();
      },
    });
    const writer = new AccessPackageWriter(stalled, generatedAt);
    const definition = mappedSystem(map, 'analytics').tables.page_views;
    const adding = writer.addDataset('analytics', 'page_views', definition, many);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The store has not taken its first write: the rows wait in the database, not in memory.
    // What was read is what fits the zip and deflate buffers (about 20,000 such rows here),
    // a small fraction of the 200,000, whatever the machine's speed.
    expect(produced).toBeLessThan(50_000);
    release();
    expect(await adding).toBe(200_000);
  }, 60_000);
});
