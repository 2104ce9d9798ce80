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

describe('PostgresConnector.correct', () => {
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
        'SELECT c.*, p.display_name FROM customers c JOIN customer_profiles p ON p.customer_id = c.id WHERE lower(c.email) = lower($1)',
        [email],
      )
    ).rows;

  it('writes the corrected phone, first name and display name everywhere they are held', async () => {
    const email = fixtureEmail('accented-name');
    const location = await connector.locate({ email });
    const [before] = await customerOf(email);
    const near = await connector.locate({ email: fixtureEmail('similar-name-jon') });
    const nearBefore = await snapshot(connector, near);
    const corrections = [
      { field: 'phone', value: '+34699000111' },
      { field: 'first_name', value: 'Zoé' },
      { field: 'display_name', value: 'Zoé Á.' },
    ];

    const receipt = await connector.correct(location, corrections);

    expect(receipt).toEqual({
      system: 'shop',
      fields: [
        { table: 'customers', field: 'phone', rowsChanged: 1, verified: true },
        { table: 'customers', field: 'first_name', rowsChanged: 1, verified: true },
        { table: 'customer_profiles', field: 'display_name', rowsChanged: 1, verified: true },
      ],
    });
    // The receipt states what changed, never what the person's data was.
    expect(JSON.stringify(receipt)).not.toMatch(/Zoë|\+34612345678|Zoé/);
    expect(await customerOf(email)).toEqual([
      { ...before, phone: '+34699000111', first_name: 'Zoé', display_name: 'Zoé Á.' },
    ]);
    const holders = await pool.query('SELECT id FROM customers WHERE phone = $1', ['+34699000111']);
    expect(holders.rows).toEqual([{ id: before?.id }]);
    expect(await snapshot(connector, near)).toEqual(nearBefore);

    // Corrected once is corrected: again, nothing changes and it still reads back.
    const again = await connector.correct(location, corrections);
    expect(again.fields.map((entry) => [entry.rowsChanged, entry.verified])).toEqual([
      [0, true],
      [0, true],
      [0, true],
    ]);
  });

  it('refuses a field no table lets anyone correct, before changing anything', async () => {
    const email = fixtureEmail('similar-name-john');
    const location = await connector.locate({ email });
    const before = await snapshot(connector, location);
    await expect(
      connector.correct(location, [
        { field: 'phone', value: '+13125550999' },
        { field: 'email', value: 'someone.else@example.com' },
      ]),
    ).rejects.toThrow('field "email" cannot be corrected');
    expect(await snapshot(connector, location)).toEqual(before);
  });
});
