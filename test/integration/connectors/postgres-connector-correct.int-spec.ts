import { PostgresConnector } from '@rightsdesk/connectors';
import { Pool } from 'pg';
import {
  changingShopDatabaseUrl,
  fixtureEmail,
  seedChangingShop,
  snapshot,
} from './changing-shop.support';
import { loadShopSystem } from './shop-lookup.support';

// These tests change people's data: a shop of their own, seeded afresh.
const DATABASE_URL = changingShopDatabaseUrl('correct');

describe('PostgresConnector.correctChosenRows', () => {
  let pool: Pool;
  let connector: PostgresConnector;

  beforeAll(async () => {
    await seedChangingShop(DATABASE_URL);
    pool = new Pool({ connectionString: DATABASE_URL, max: 4 });
    connector = new PostgresConnector(await loadShopSystem(), pool);
  }, 180_000);

  afterAll(async () => {
    await pool.end();
  });

  const customerOf = async (email: string) =>
    (
      await pool.query<Record<string, unknown>>(
        'SELECT * FROM customers WHERE lower(email) = lower($1)',
        [email],
      )
    ).rows;

  it('writes the corrected phone and first name to the row the officer chose, and reads them back', async () => {
    const email = fixtureEmail('accented-name');
    const location = await connector.locate({ email });
    const [before] = await customerOf(email);
    const near = await connector.locate({ email: fixtureEmail('similar-name-jon') });
    const nearBefore = await snapshot(connector, near);
    const correction = {
      table: 'customers',
      record: null,
      changes: { phone: '+34699000111', first_name: 'Zoé' },
    };
    const rows = await connector.correctionRows(location, correction);
    expect(rows.map((row) => row.key)).toEqual([String(before?.id)]);

    const receipt = await connector.correctChosenRows(location, [
      { ...correction, rows: rows.map((row) => row.key) },
    ]);

    expect(receipt).toEqual({
      system: 'shop',
      corrections: [
        {
          table: 'customers',
          fields: ['first_name', 'phone'],
          rowsChosen: 1,
          rowsChanged: 1,
          verified: true,
        },
      ],
    });
    // The receipt states what changed, never what the person's data was.
    expect(JSON.stringify(receipt)).not.toMatch(/Zoë|\+34612345678|Zoé/);
    expect(await customerOf(email)).toEqual([
      { ...before, phone: '+34699000111', first_name: 'Zoé' },
    ]);
    expect(await snapshot(connector, near)).toEqual(nearBefore);
  });

  it("leaves alone a chosen row that is not one of the person's own", async () => {
    const email = fixtureEmail('similar-name-john');
    const location = await connector.locate({ email });
    const stranger = await connector.locate({ email: fixtureEmail('similar-name-jon') });
    const strangerBefore = await snapshot(connector, stranger);
    const [strangerRow] = await customerOf(fixtureEmail('similar-name-jon'));

    const receipt = await connector.correctChosenRows(location, [
      {
        table: 'customers',
        record: null,
        changes: { phone: '+13125550999' },
        rows: [String(strangerRow?.id)],
      },
    ]);

    expect(receipt.corrections[0]).toMatchObject({ rowsChosen: 0, rowsChanged: 0 });
    expect(await snapshot(connector, stranger)).toEqual(strangerBefore);
  });

  it('refuses a field no table lets anyone correct, before changing anything', async () => {
    const email = fixtureEmail('similar-name-john');
    const location = await connector.locate({ email });
    const before = await snapshot(connector, location);
    const [row] = await customerOf(email);
    await expect(
      connector.correctChosenRows(location, [
        {
          table: 'customers',
          record: null,
          changes: { phone: '+13125550999', email: 'someone.else@example.com' },
          rows: [String(row?.id)],
        },
      ]),
    ).rejects.toThrow('"customers.email" cannot be corrected');
    expect(await snapshot(connector, location)).toEqual(before);
  });
});
