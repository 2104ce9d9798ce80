import { DataMapInvalidError } from './data-map-invalid.error';
import { mappedSystem } from './mapped-system';
import { validateDataMap } from './validate-data-map';
import { validDataMapDocument, type DataMapDocument } from './valid-data-map.fixture';
import { T, issuesOf, tables } from './data-map-issues.fixture';

type Doc = DataMapDocument;

describe(validateDataMap.name, () => {
  it('accepts the valid fixture and fills defaults', () => {
    const map = validateDataMap(validDataMapDocument());
    const email = mappedSystem(map, 'shop').tables.customers?.fields.email;
    expect(email).toEqual({
      category: 'email',
      disclosure: 'disclose',
      correctable: false,
      erasure: 'hash',
    });
    expect(mappedSystem(map, 'shop').tables.customers?.legal_basis).toEqual(['contract']);
  });

  it('throws DataMapInvalidError listing every issue, one per line', () => {
    const doc = validDataMapDocument();
    tables(doc).orders.link.via = 'customer';
    tables(doc).orders.erasure.period = '7 years';
    expect(() => validateDataMap(doc, 'shop.yaml')).toThrow(DataMapInvalidError);
    try {
      validateDataMap(doc, 'shop.yaml');
    } catch (error) {
      expect((error as Error).message).toBe(
        [
          'data map shop.yaml is invalid (1 issue):',
          `${T}.orders.erasure.period: "7 years" is not an ISO 8601 duration such as P7Y`,
        ].join('\n'),
      );
    }
  });
});

describe('data map shape (zod)', () => {
  it.each<[string, (doc: Doc) => void, string, string]>([
    ['missing version', (d) => delete d.version, 'version', 'required'],
    ['misspelt key', (d) => (tables(d).orders.lnk = {}), `${T}.orders.lnk`, 'unknown key'],
    [
      'unknown category',
      (d) => (tables(d).orders.fields.ship_name.category = 'shoe_size'),
      `${T}.orders.fields.ship_name.category`,
      expect.stringMatching(
        /^"shoe_size" is not one of: none, identifiers, name, /,
      ) as unknown as string,
    ],
    [
      'bad erasure action',
      (d) => (tables(d).sessions.erasure = { action: 'nuke' }),
      `${T}.sessions.erasure.action`,
      '"nuke" is not one of: delete, deidentify, retain',
    ],
    [
      'retain without legal basis',
      (d) => delete tables(d).orders.erasure.legal_basis,
      `${T}.orders.erasure.legal_basis`,
      'required',
    ],
    [
      'retain with an invalid period',
      (d) => (tables(d).orders.erasure.period = '7 years'),
      `${T}.orders.erasure.period`,
      '"7 years" is not an ISO 8601 duration such as P7Y',
    ],
    [
      'retention with an invalid period',
      (d) => (tables(d).orders.retention.period = 'P7'),
      `${T}.orders.retention.period`,
      '"P7" is not an ISO 8601 duration such as P7Y',
    ],
    [
      'table name not an identifier',
      (d) => (tables(d)['Order-Lines'] = tables(d).products),
      `${T}.Order-Lines`,
      'invalid name: must be a lower-case SQL identifier: [a-z_][a-z0-9_]*, at most 63 characters',
    ],
    [
      'secret in connection_env',
      (d) => (d.systems.shop.connection_env = 'postgres://u:p@h/db'),
      'systems.shop.connection_env',
      'must name an environment variable, e.g. SHOP_DATABASE_URL',
    ],
    [
      'unknown connector',
      (d) => (d.systems.shop.connector = 'mysql'),
      'systems.shop.connector',
      '"mysql" is not one of: postgres, webhook, manual',
    ],
    [
      'bad disclosure',
      (d) => (tables(d).customers.fields.email.disclosure = 'hide'),
      `${T}.customers.fields.email.disclosure`,
      'must be disclose, withhold or { partial: { keep_last: N } }',
    ],
    [
      'erasure written as YAML null',
      (d) => (tables(d).customers.fields.phone.erasure = null),
      `${T}.customers.fields.phone.erasure`,
      'null is not one of: set_null, mask, hash, keep',
    ],
    [
      'unknown lawful basis',
      (d) => (tables(d).orders.legal_basis = 'because'),
      `${T}.orders.legal_basis.0`,
      '"because" is not one of: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests',
    ],
  ])('%s', (_name, change, path, message) => {
    expect(issuesOf(change)).toEqual([{ path, message }]);
  });
});
