import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { T, issuesOf, tables } from './data-map-issues.fixture';
import { datasetLabel } from './dataset-label';
import { DataMapInvalidError } from './data-map-invalid.error';
import { parseDataMap } from './load-data-map';
import { peopleWords } from './people-words';
import { checkDataMap, validateDataMap } from './validate-data-map';
import { validDataMapDocument, type DataMapDocument } from './valid-data-map.fixture';

const SHOP_YAML = readFileSync(resolve(__dirname, '../../../data-map/shop.v1.yaml'), 'utf8');
const shop = parseDataMap(SHOP_YAML, 'shop.v1.yaml', { requirePeopleLabels: true });

/** The fixture with every label activation asks for, so each test removes just one. */
function labelled(): DataMapDocument {
  const doc = validDataMapDocument();
  doc.systems.shop.label = { en: 'Our shop', es: 'Nuestra tienda' };
  for (const [name, table] of Object.entries<DataMapDocument>(tables(doc))) {
    if (name !== 'products') table.label = { en: `Your ${name}`, es: `Sus ${name}` };
    for (const [column, field] of Object.entries<DataMapDocument>(table.fields)) {
      if (field.category !== 'none') field.label = { en: `The ${column}`, es: `El ${column}` };
    }
  }
  return doc;
}

const activationIssues = (doc: DataMapDocument) => {
  const result = checkDataMap(doc, { requirePeopleLabels: true });
  return result.ok
    ? []
    : result.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('people-facing labels in the data map', () => {
  it('loads a stored map from before labels existed, without asking for them', () => {
    expect(() => validateDataMap(validDataMapDocument())).not.toThrow();
  });

  it('accepts a labelled map for activation, and keeps a description as a separate staff note', () => {
    const doc = labelled();
    tables(doc).customers.description = 'Customer accounts.';
    const map = validateDataMap(doc, undefined, { requirePeopleLabels: true });
    const customers = map.systems.shop;
    expect(customers.connector === 'postgres' && customers.tables.customers?.label).toEqual({
      en: 'Your customers',
      es: 'Sus customers',
    });
  });

  it('refuses activation of a table without its Spanish label, naming the table', () => {
    const doc = labelled();
    delete tables(doc).orders.label.es;
    expect(activationIssues(doc)).toEqual([
      {
        path: `${T}.orders.label.es`,
        message: expect.stringContaining('the name people read for table "orders", in Spanish'),
      },
    ]);
  });

  it('refuses activation of a system without a label, naming the system', () => {
    const doc = labelled();
    delete doc.systems.shop.label;
    expect(activationIssues(doc).map((i) => i.path)).toEqual([
      'systems.shop.label.en',
      'systems.shop.label.es',
    ]);
  });

  it('refuses activation of a personal field without a label, naming the field', () => {
    const doc = labelled();
    delete tables(doc).customers.fields.phone.label;
    const issues = activationIssues(doc);
    expect(issues.map((i) => i.path)).toEqual([
      `${T}.customers.fields.phone.label.en`,
      `${T}.customers.fields.phone.label.es`,
    ]);
    expect(issues[0]?.message).toContain('field "phone" of table "customers", in English');
    expect(issues[0]?.message).toContain('a description is a note for staff');
  });

  it('refuses activation of a correctable field without its Spanish label, saying a correction names it', () => {
    const doc = labelled();
    delete tables(doc).customers.fields.first_name.label.es;
    expect(activationIssues(doc)).toEqual([
      {
        path: `${T}.customers.fields.first_name.label.es`,
        message: expect.stringContaining(
          'field "first_name" of table "customers", in Spanish: people pick it when they ask for a correction and read it in our answer',
        ) as string,
      },
    ]);
  });

  it('refuses activation when a kind a person names a record by has no words', () => {
    const doc = labelled();
    const orders = tables(doc).orders;
    orders.fields.kind = {
      category: 'none',
      shown_as: 'code',
      label: { en: 'Kind', es: 'Tipo' },
      codes: { gift: { en: 'Gift order', es: 'Pedido de regalo' } },
    };
    orders.correction = { record_named_by: 'kind', kinds: ['gift', 'business'] };
    expect(activationIssues(doc)).toEqual([
      {
        path: `${T}.orders.fields.kind.codes.business`,
        message: expect.stringContaining('what kind "business" of field "kind"'),
      },
    ]);
  });

  it('does not ask labels of keys or of a table holding no personal data', () => {
    const doc = labelled();
    expect(tables(doc).products.label).toBeUndefined();
    expect(tables(doc).orders.fields.customer_id.label).toBeUndefined();
    expect(activationIssues(doc)).toEqual([]);
  });

  it('throws a readable error from the YAML path when activating without labels', () => {
    const yaml = SHOP_YAML.replace('es: Sus direcciones guardadas', 'fr: Vos adresses');
    expect(() => parseDataMap(yaml, 'upload', { requirePeopleLabels: true })).toThrow(
      DataMapInvalidError,
    );
    try {
      parseDataMap(yaml, 'upload', { requirePeopleLabels: true });
    } catch (error) {
      const issues = (error as DataMapInvalidError).issues;
      expect(issues.map((i) => i.path)).toContain('systems.shop.tables.addresses.label.fr');
    }
    const spanishless = SHOP_YAML.replace(/\n\s+es: Sus direcciones guardadas/, '').replace(
      ', es: Sus direcciones guardadas',
      '',
    );
    try {
      parseDataMap(spanishless, 'upload', { requirePeopleLabels: true });
      throw new Error('accepted a map without the Spanish name of addresses');
    } catch (error) {
      expect((error as DataMapInvalidError).issues).toEqual([
        expect.objectContaining({
          path: 'systems.shop.tables.addresses.label.es',
          line: expect.any(Number) as number,
        }),
      ]);
    }
  });

  it.each<[string, (doc: DataMapDocument) => void, string, string]>([
    [
      'code without codes',
      (d) => (tables(d).customers.fields.phone.shown_as = 'code'),
      `${T}.customers.fields.phone.codes`,
      'required with shown_as: code (what each stored value means, in en and es)',
    ],
    [
      'codes on text',
      (d) => (tables(d).customers.fields.phone.codes = { a: { en: 'A', es: 'A' } }),
      `${T}.customers.fields.phone.codes`,
      'only used with shown_as: code',
    ],
    [
      'currency on a date',
      (d) => {
        tables(d).orders.fields.ship_name.shown_as = 'date';
        tables(d).orders.fields.ship_name.currency = { code: 'USD' };
      },
      `${T}.orders.fields.ship_name.currency`,
      'only used with shown_as: money_cents',
    ],
    [
      'currency column that does not exist',
      (d) => {
        tables(d).orders.fields.ship_name.shown_as = 'money_cents';
        tables(d).orders.fields.ship_name.currency = { column: 'currency' };
      },
      `${T}.orders.fields.ship_name.currency.column`,
      'unknown field "currency" of table "orders"',
    ],
  ])('checks shown_as on every map: %s', (_name, change, path, message) => {
    expect(issuesOf(change)).toEqual([{ path, message }]);
  });
});

describe(peopleWords.name, () => {
  const words = peopleWords(shop);

  it('names datasets and fields in the person’s language, never by the staff note', () => {
    expect(words.dataset('shop', 'addresses', 'en')).toBe('Your saved addresses');
    expect(words.dataset('shop', 'addresses', 'es')).toBe('Sus direcciones guardadas');
    expect(words.field('shop', 'addresses', 'line1', 'en')).toBe('Address line 1');
    expect(words.field('shop', 'addresses', 'line1', 'es')).toBe('Línea 1 de la dirección');
    expect(datasetLabel(shop)('shop', 'payments', 'en')).toBe('Your payments');
    expect(words.system('analytics', 'es')).toBe('La analítica de nuestra web');
    expect(words.dataset('support_letters', 'support_letters', 'en')).toBe(
      'Your letters to customer support',
    );
    expect(datasetLabel(shop)('shop', 'customers')).toBe('Your customer account');
  });

  it('every dataset and personal field of the demo map has words without staff jargon', () => {
    for (const [systemName, system] of Object.entries(shop.systems)) {
      if (system.connector !== 'postgres') continue;
      for (const [table, definition] of Object.entries(system.tables)) {
        for (const language of ['en', 'es'] as const) {
          const name = words.dataset(systemName, table, language);
          expect(name).not.toMatch(/PCI|DSS|\.$|_/);
          if (definition.description) expect(name).not.toBe(definition.description);
        }
      }
    }
  });

  it('names the record a correction names by the map’s words, in the person’s language', () => {
    expect(words.record('shop', 'addresses', { by: 'kind', value: 'shipping' }, 'es')).toEqual({
      dataset: 'Sus direcciones guardadas',
      kind: 'Dirección de envío',
    });
    expect(
      words.record(
        'shop',
        'addresses',
        { by: 'current_value', field: 'line1', value: '1 Elm' },
        'en',
      ),
    ).toEqual({
      dataset: 'Your saved addresses',
      where: { field: 'Address line 1', value: '1 Elm' },
    });
    expect(words.record('shop', 'customers', null, 'en')).toEqual({
      dataset: 'Your customer account',
    });
  });

  it('shows money as money, dates in words, yes/no and codes explained', () => {
    const row = { currency: 'EUR' };
    expect(words.value('shop', 'orders', 'total_cents', 123456, 'en', row)).toBe('€1,234.56');
    expect(words.value('shop', 'orders', 'total_cents', 123456, 'es', row)).toBe('1234,56\u00a0€');
    expect(words.value('shop', 'orders', 'placed_at', new Date('2027-01-07T09:05:00Z'), 'en')).toBe(
      '7 January 2027 at 09:05 (UTC)',
    );
    expect(
      peopleWords(shop, { timeZone: 'Europe/Madrid' }).value(
        'shop',
        'orders',
        'placed_at',
        '2027-01-07T09:05:00Z',
        'es',
      ),
    ).toBe('7 de enero de 2027 a las 10:05 (Europe/Madrid)');
    expect(words.value('shop', 'customer_profiles', 'date_of_birth', '1990-03-01', 'es')).toBe(
      '1 de marzo de 1990',
    );
    expect(words.value('shop', 'addresses', 'is_default', true, 'es')).toBe('Sí');
    expect(words.value('shop', 'addresses', 'kind', 'billing', 'en')).toBe('Billing address');
    expect(words.value('shop', 'payments', 'card_brand', 'amex', 'es')).toBe('American Express');
    expect(words.value('shop', 'orders', 'status', 'refunded', 'es')).toBe('Reembolsado');
    expect(words.value('shop', 'addresses', 'line2', null, 'en')).toBe('Not recorded');
    expect(words.value('shop', 'addresses', 'line1', '59 Riverside', 'en')).toBe('59 Riverside');
  });

  it('falls back to category words for a stored map without labels, never a note or column', () => {
    const doc = validDataMapDocument();
    tables(doc).orders.description = 'Internal: PCI DSS 3.4.1.';
    const old = peopleWords(validateDataMap(doc));
    expect(old.dataset('shop', 'orders', 'en')).toBe('Data about you: Name');
    expect(old.dataset('shop', 'customers', 'es')).toBe(
      'Datos sobre usted: Dirección de correo electrónico, Nombre, Número de teléfono',
    );
    expect(old.dataset('shop', 'products', 'en')).toBe('Other data about you');
    expect(old.system('shop', 'es')).toBe('Nuestros registros');
    expect(old.field('shop', 'orders', 'ship_name', 'en')).toBe('Name');
    expect(old.field('shop', 'orders', 'customer_id', 'es')).toBe('Otro dato');
  });
});
