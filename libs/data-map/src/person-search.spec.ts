import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseDataMap } from './load-data-map';
import { mappedSystem } from './mapped-system';
import { personSearchOf, searchedBy } from './person-search';
import { validDataMapDocument, type DataMapDocument } from './valid-data-map.fixture';
import { checkDataMap } from './validate-data-map';

const SHOP_MAP_PATH = resolve(__dirname, '../../../data-map/shop.v1.yaml');

function issuesOf(change: (shop: DataMapDocument) => void): string[] {
  const doc = validDataMapDocument();
  change(doc.systems.shop);
  const result = checkDataMap(doc);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** The fixture's orders given a saved delivery address, as a shop's address book would be. */
function withAddressPoints(shop: DataMapDocument): void {
  shop.tables.orders.fields.ship_line1 = { category: 'postal_address' };
  shop.tables.orders.fields.ship_postal_code = { category: 'postal_address' };
  shop.tables.orders.data_points = {
    postal_address: { line1: 'ship_line1', postal_code: 'ship_postal_code' },
  };
}

describe(personSearchOf.name, () => {
  it('finds a shop customer who wrote without email by account name, saved address and order', () => {
    const map = parseDataMap(readFileSync(SHOP_MAP_PATH, 'utf8'));
    const shop = mappedSystem(map, 'shop');
    expect(searchedBy(shop)).toEqual(['email', 'name_and_postal_address', 'order_number']);
    expect(personSearchOf(shop)).toEqual({
      person: { table: 'customers', primaryKey: 'id', name: ['first_name', 'last_name'] },
      address: {
        table: 'addresses',
        personColumn: 'customer_id',
        line1: 'line1',
        postalCode: 'postal_code',
      },
      orderNumber: { table: 'orders', personColumn: 'customer_id', column: 'order_number' },
    });
    // Analytics is searched by email only; its sessions are found through the shop's customer.
    expect(personSearchOf(mappedSystem(map, 'analytics'))).toBeNull();
  });

  it('is email only when the map says nothing', () => {
    const result = checkDataMap(validDataMapDocument());
    if (!result.ok) throw new Error('fixture invalid');
    expect(searchedBy(mappedSystem(result.map, 'shop'))).toEqual(['email']);
    expect(personSearchOf(mappedSystem(result.map, 'shop'))).toBeNull();
  });

  it.each<[string, (shop: DataMapDocument) => void, string[]]>([
    [
      'name and address declared, with the data points to carry them',
      (shop) => {
        withAddressPoints(shop);
        shop.searched_by = ['email', 'name_and_postal_address'];
      },
      [],
    ],
    [
      'name and address declared, but no table holds an address data point',
      (shop) => {
        shop.searched_by = ['email', 'name_and_postal_address'];
      },
      [
        'systems.shop.searched_by: name_and_postal_address needs data_points.name on a table found by identity and data_points.postal_address on it or a table linked to it',
      ],
    ],
    [
      'an order number without name and address to narrow',
      (shop) => {
        shop.searched_by = ['email', 'order_number'];
      },
      [
        'systems.shop.searched_by: order_number narrows a search by name_and_postal_address; list that too',
      ],
    ],
    [
      'an order number no table holds',
      (shop) => {
        withAddressPoints(shop);
        shop.searched_by = ['email', 'name_and_postal_address', 'order_number'];
      },
      [
        'systems.shop.searched_by: order_number needs data_points.order_number on the table found by identity or a table linked to it',
      ],
    ],
    [
      'email left out',
      (shop) => {
        withAddressPoints(shop);
        shop.searched_by = ['name_and_postal_address'];
      },
      ['systems.shop.searched_by: must include email: people who give one are found by it'],
    ],
  ])('checks searched_by: %s', (_case, change, issues) => {
    expect(issuesOf(change)).toEqual(issues);
  });
});
