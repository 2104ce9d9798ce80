import { PostgresConnector } from '@rightsdesk/connectors';
import { type ShopFixtureKey } from '@demo/shop';
import { Pool } from 'pg';
import { emailOf, shopConnectors } from './postgres-connector.support';

describe(PostgresConnector.name + ': data points', () => {
  const scenario = shopConnectors();
  let pool: Pool;
  let connector: PostgresConnector;
  beforeAll(() => {
    ({ pool, connector } = scenario);
  });

  it.each<[string, ShopFixtureKey, Record<string, unknown>, Record<string, string>]>([
    [
      'all stated and held, written differently',
      'household-a',
      {
        name: '  maria KOWALSKI',
        phone: '(217) 555-0187',
        postalAddress: { line1: '47 willow lane', postalCode: '62704' },
      },
      { name: 'matched', phone: 'matched', postalAddress: 'matched', orderNumber: 'not_provided' },
    ],
    [
      'stated but different',
      'household-a',
      {
        name: 'Piotr Kowalski',
        phone: '+1 217 555 0166',
        postalAddress: { line1: '47 Willow Lane', postalCode: '62705' },
      },
      {
        name: 'not_matched',
        phone: 'not_matched',
        postalAddress: 'not_matched',
        orderNumber: 'not_provided',
      },
    ],
    [
      'accented name typed without accents',
      'accented-name',
      { name: 'Zoe Angstrom-Nunez' },
      {
        name: 'matched',
        phone: 'not_provided',
        postalAddress: 'not_provided',
        orderNumber: 'not_provided',
      },
    ],
    [
      'family name first',
      'japanese-name',
      { name: '山田 太郎' },
      {
        name: 'matched',
        phone: 'not_provided',
        postalAddress: 'not_provided',
        orderNumber: 'not_provided',
      },
    ],
    [
      'one of several addresses',
      'many-addresses',
      { postalAddress: { line1: '14 Chapel Row', postalCode: 'ba1 1hn' } },
      {
        name: 'not_provided',
        phone: 'not_provided',
        postalAddress: 'matched',
        orderNumber: 'not_provided',
      },
    ],
    [
      'no account: nothing held to compare',
      'newsletter-only',
      {
        name: 'News Reader',
        phone: '+15105550100',
        postalAddress: { line1: '1 Main St', postalCode: '94611' },
      },
      {
        name: 'not_held',
        phone: 'not_held',
        postalAddress: 'not_held',
        orderNumber: 'not_provided',
      },
    ],
  ])('reports data points: %s', async (_case, key, stated, expected) => {
    const location = await connector.locate({ email: emailOf(key), ...stated });
    expect(location.dataPoints).toEqual(expected);
  });

  it("matches an order number copied from a receipt, and only the person's own", async () => {
    const orderOf = async (key: ShopFixtureKey): Promise<string> => {
      const { rows } = await pool.query(
        `SELECT o.order_number FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE lower(c.email) = lower($1) ORDER BY o.placed_at DESC LIMIT 1`,
        [emailOf(key)],
      );
      return rows[0].order_number;
    };
    const own = await orderOf('many-addresses');
    const other = await orderOf('household-a');
    const pointsFor = async (key: ShopFixtureKey, orderNumber: string) =>
      (await connector.locate({ email: emailOf(key), orderNumber })).dataPoints.orderNumber;

    expect(await pointsFor('many-addresses', `# ${own.toLowerCase()}`)).toBe('matched');
    expect(await pointsFor('many-addresses', other)).toBe('not_matched');
    expect(await pointsFor('no-orders', own)).toBe('not_held');
  });
});
