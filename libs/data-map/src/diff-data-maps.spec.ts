import { describePath, diffDataMaps } from './diff-data-maps';
import { validDataMapDocument, type DataMapDocument } from './valid-data-map.fixture';
import { validateDataMap } from './validate-data-map';

const T = 'systems.shop.tables';

function diffAfter(change: (doc: DataMapDocument) => void) {
  const current = validateDataMap(validDataMapDocument());
  const doc = validDataMapDocument();
  change(doc);
  return diffDataMaps(current, validateDataMap(doc));
}

describe(diffDataMaps.name, () => {
  it('finds nothing between a map and itself, whatever its version number says', () => {
    expect(diffAfter((doc) => (doc.version = 9))).toEqual([]);
  });

  it.each<[string, (doc: DataMapDocument) => void, object[]]>([
    [
      'a retention period',
      (doc) => (doc.systems.shop.tables.orders.erasure.period = 'P10Y'),
      [
        {
          kind: 'changed',
          path: `${T}.orders.erasure.period`,
          subject: 'table shop.orders',
          attribute: 'erasure.period',
          before: '"P7Y"',
          after: '"P10Y"',
        },
      ],
    ],
    [
      'a field category',
      (doc) => (doc.systems.shop.tables.orders.fields.ship_name.category = 'postal_address'),
      [
        {
          kind: 'changed',
          path: `${T}.orders.fields.ship_name.category`,
          subject: 'field shop.orders.ship_name',
          attribute: 'category',
          before: '"name"',
          after: '"postal_address"',
        },
      ],
    ],
    [
      'a recipient added to the catalogue and to a table',
      (doc) => {
        doc.recipients.mailer = { name: 'Mailer', role: 'processor' };
        doc.systems.shop.tables.customers.recipients = ['cloud_host', 'mailer'];
      },
      [
        expect.objectContaining({ kind: 'added', path: 'recipients.mailer' }),
        expect.objectContaining({
          kind: 'changed',
          path: `${T}.customers.recipients`,
          before: '["cloud_host"]',
          after: '["cloud_host","mailer"]',
        }),
      ],
    ],
    [
      'a field added',
      (doc) => (doc.systems.shop.tables.products.fields.sku = { category: 'none' }),
      [
        expect.objectContaining({
          kind: 'added',
          path: `${T}.products.fields.sku`,
          subject: 'field shop.products.sku',
        }),
      ],
    ],
    [
      'a table removed',
      (doc) => delete doc.systems.shop.tables.page_views,
      [
        {
          kind: 'removed',
          path: `${T}.page_views`,
          subject: 'table shop.page_views',
          attribute: '',
          before: 'a table with 3 fields',
        },
      ],
    ],
  ])('reports %s with its path', (_name, change, expected) => {
    expect(diffAfter(change)).toEqual(expected);
  });
});

describe(describePath.name, () => {
  it.each([
    [['version'], 'the map', 'version'],
    [['recipients', 'cloud_host', 'name'], 'recipient cloud_host', 'name'],
    [['systems', 'shop', 'connection_env'], 'system shop', 'connection_env'],
    [['systems', 'shop', 'tables', 'orders', 'link', 'via'], 'table shop.orders', 'link.via'],
    [['systems', 'shop', 'tables', 'orders', 'fields', 'id'], 'field shop.orders.id', ''],
  ])('%j is the %s', (path, subject, attribute) => {
    expect(describePath(path)).toEqual({ subject, attribute });
  });
});
