import { DataMapInvalidError } from './data-map-invalid.error';
import { mappedSystem } from './mapped-system';
import { checkDataMap, validateDataMap } from './validate-data-map';
import { validDataMapDocument, type DataMapDocument } from './valid-data-map.fixture';

type Doc = DataMapDocument;
const T = 'systems.shop.tables';

function issuesOf(change: (doc: Doc) => void): { path: string; message: string }[] {
  const doc = validDataMapDocument();
  change(doc);
  const result = checkDataMap(doc);
  if (result.ok) return [];
  return result.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const tables = (doc: Doc): Doc => doc.systems.shop.tables;
const deleteCustomers = (doc: Doc): void => {
  tables(doc).customers.erasure = { action: 'delete' };
  for (const field of Object.values<Doc>(tables(doc).customers.fields)) delete field.erasure;
};

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

describe('data map cross-references', () => {
  it.each<[string, (doc: Doc) => void, string, string]>([
    [
      'via names an unknown table',
      (d) => (tables(d).orders.link.via = 'customer'),
      `${T}.orders.link.via`,
      'unknown table "customer"',
    ],
    [
      'via the table itself',
      (d) => (tables(d).sessions.link.via = 'sessions'),
      `${T}.sessions.link.via`,
      'a table cannot link via itself',
    ],
    [
      'link column not a field',
      (d) => (tables(d).orders.link.column = 'cust_id'),
      `${T}.orders.link.column`,
      'unknown field "cust_id" in table "orders"',
    ],
    [
      'references not a parent field',
      (d) => (tables(d).orders.link.references = 'uuid'),
      `${T}.orders.link.references`,
      'unknown field "uuid" in table "customers"',
    ],
    [
      'via without column',
      (d) => delete tables(d).orders.link.column,
      `${T}.orders.link.column`,
      'required with via',
    ],
    [
      'column without via',
      (d) => (tables(d).customers.link.column = 'id'),
      `${T}.customers.link.column`,
      'only used with via',
    ],
    [
      'references without via',
      (d) => (tables(d).customers.link.references = 'id'),
      `${T}.customers.link.references`,
      'only used with via',
    ],
    [
      'legitimate interest stated without that basis',
      (d) => (tables(d).orders.legitimate_interest = 'Because.'),
      `${T}.orders.legitimate_interest`,
      'only used when legal_basis includes legitimate_interests',
    ],
    [
      'preference flag column not a field',
      (d) =>
        (tables(d).sessions.preference_flags = {
          columns: ['analytics'],
          updated_at: 'ip_address',
        }),
      `${T}.sessions.preference_flags.columns.0`,
      'unknown field "analytics" in table "sessions"',
    ],
    [
      'empty link',
      (d) => (tables(d).sessions.link = {}),
      `${T}.sessions.link`,
      'needs identity, via, or both',
    ],
    [
      'identity column not a field',
      (d) => (tables(d).customers.link.identity.email = 'mail'),
      `${T}.customers.link.identity.email`,
      'unknown field "mail" in table "customers"',
    ],
    [
      'identity column of another category',
      (d) => (tables(d).customers.link.identity.email = 'id'),
      `${T}.customers.link.identity.email`,
      'field "id" has category "none"; an email identity column must have category "email"',
    ],
    [
      'no path to an identity link',
      (d) => (tables(d).sessions.link = { via: 'products', column: 'customer_id' }),
      `${T}.sessions.link`,
      'no path to a table with an identity link (sessions -> products)',
    ],
    [
      'link column states another foreign key',
      (d) => (tables(d).orders.fields.customer_id.foreign_key = 'products.id'),
      `${T}.orders.fields.customer_id.foreign_key`,
      'conflicts with link.via, which implies customers.id',
    ],
    [
      'primary key not a field',
      (d) => (tables(d).orders.primary_key = 'order_id'),
      `${T}.orders.primary_key`,
      'unknown field "order_id" in table "orders"',
    ],
    [
      'data point column not a field',
      (d) => (tables(d).customers.data_points.phone = 'mobile'),
      `${T}.customers.data_points.phone`,
      'unknown field "mobile" in table "customers"',
    ],
    [
      'name data point column not a field',
      (d) => (tables(d).customers.data_points.name = ['first_name', 'surname']),
      `${T}.customers.data_points.name.1`,
      'unknown field "surname" in table "customers"',
    ],
    [
      'marketing marker column not a field',
      (d) => (tables(d).subscriptions.marketing.ended_at = 'unsubscribed_at'),
      `${T}.subscriptions.marketing.ended_at`,
      'unknown field "unsubscribed_at" in table "subscriptions"',
    ],
    [
      'consent marker column not a field',
      (d) =>
        (tables(d).sessions.consent = {
          purpose: 'purpose',
          granted: 'ip_address',
          withdrawn_at: 'ip_address',
        }),
      `${T}.sessions.consent.purpose`,
      'unknown field "purpose" in table "sessions"',
    ],
    [
      'personal table without link',
      (d) => (tables(d).products.fields.name.category = 'name'),
      `${T}.products.link`,
      'required: the table holds personal data (field "name")',
    ],
    [
      'data points on an unlinked table',
      (d) => (tables(d).products.data_points = {}),
      `${T}.products.data_points`,
      'only used on a table linked to people',
    ],
    [
      'linked table without purpose',
      (d) => delete tables(d).sessions.purpose,
      `${T}.sessions.purpose`,
      'required on a table linked to people',
    ],
    [
      'linked table without erasure',
      (d) => delete tables(d).sessions.erasure,
      `${T}.sessions.erasure`,
      'required on a table linked to people',
    ],
    [
      'legitimate interests without the interest',
      (d) => (tables(d).sessions.legal_basis = 'legitimate_interests'),
      `${T}.sessions.legitimate_interest`,
      'required when legal_basis includes legitimate_interests (GDPR Art. 13(1)(d))',
    ],
    [
      'unknown recipient',
      (d) => (tables(d).sessions.recipients = ['cloud_host', 'ad_network']),
      `${T}.sessions.recipients.1`,
      'unknown recipient "ad_network"; declare it under recipients',
    ],
    [
      'correctable non-personal field',
      (d) => (tables(d).orders.fields.id.correctable = true),
      `${T}.orders.fields.id.correctable`,
      'a field that holds no personal data has nothing to correct',
    ],
    [
      'correctable identity column',
      (d) => (tables(d).customers.fields.email.correctable = true),
      `${T}.customers.fields.email.correctable`,
      'a key or link column cannot be corrected: rows would lose their link to the person',
    ],
    [
      'correctable secret',
      (d) => (tables(d).customers.fields.phone.disclosure = 'withhold'),
      `${T}.customers.fields.phone.correctable`,
      'a withheld secret is not changed through a correction request',
    ],
  ])('%s', (_name, change, path, message) => {
    expect(issuesOf(change)).toEqual([{ path, message }]);
  });

  it('reports a cycle on every table in it', () => {
    const issues = issuesOf((d) => {
      tables(d).sessions.link = { via: 'page_views', column: 'customer_id' };
    });
    expect(issues).toEqual([
      {
        path: `${T}.sessions.link.via`,
        message: 'link path cycles back to "sessions" (sessions -> page_views -> sessions)',
      },
      {
        path: `${T}.page_views.link.via`,
        message: 'link path cycles back to "page_views" (page_views -> sessions -> page_views)',
      },
    ]);
  });
});

/** The doc with sessions and page views moved to a second database, linked through the shop. */
function withAnalytics(d: Doc): Doc {
  const { sessions, page_views } = tables(d);
  delete tables(d).sessions;
  delete tables(d).page_views;
  sessions.link = { system: 'shop', via: 'customers', column: 'customer_id' };
  d.systems.analytics = {
    connector: 'postgres',
    connection_env: 'ANALYTICS_DATABASE_URL',
    tables: { sessions, page_views },
  };
  return d.systems.analytics.tables;
}
const A = 'systems.analytics.tables';

describe('data map links across databases', () => {
  it('accepts a table linked through another database by its primary key', () => {
    expect(issuesOf((d) => withAnalytics(d))).toEqual([]);
  });

  it.each<[string, (doc: Doc) => void, string, string]>([
    [
      'an unknown system',
      (d) => (withAnalytics(d).sessions.link.system = 'crm'),
      `${A}.sessions.link.system`,
      'unknown system "crm"',
    ],
    [
      'its own system',
      (d) => (withAnalytics(d).sessions.link.system = 'analytics'),
      `${A}.sessions.link.system`,
      'names this system; leave system out to link within one database',
    ],
    [
      'an unknown table there',
      (d) => (withAnalytics(d).sessions.link.via = 'customer'),
      `${A}.sessions.link.via`,
      'unknown table "customer" in system "shop"',
    ],
    [
      'a table there not found by identity',
      (d) => (withAnalytics(d).sessions.link.via = 'orders'),
      `${A}.sessions.link.via`,
      '"shop.orders" must find people by identity (an email link) to be linked from another database',
    ],
    [
      'another column than the primary key',
      (d) => (withAnalytics(d).sessions.link.references = 'email'),
      `${A}.sessions.link.references`,
      "not used with system: the other table's primary key is compared",
    ],
    [
      'no column',
      (d) => delete withAnalytics(d).sessions.link.column,
      `${A}.sessions.link.column`,
      'required with system',
    ],
  ])('refuses %s', (_case, change, path, message) => {
    expect(issuesOf(change)).toContainEqual({ path, message });
  });
});

describe('data map erasure plan', () => {
  it.each<[string, (doc: Doc) => void, string, string]>([
    [
      'deleting a table a retained table references',
      (d) => deleteCustomers(d),
      `${T}.customers.erasure.action`,
      'delete would break foreign key orders.customer_id from table "orders", whose rows are kept (retain); use deidentify, or set_null that column',
    ],
    [
      'field erasure on a deleted table',
      (d) => (tables(d).sessions.fields.ip_address.erasure = 'mask'),
      `${T}.sessions.fields.ip_address.erasure`,
      'has no effect: table "sessions" deletes its rows',
    ],
    [
      'de-identified table with a personal field without a rule',
      (d) => delete tables(d).customers.fields.phone.erasure,
      `${T}.customers.fields.phone.erasure`,
      'required: table "customers" is de-identified, so each personal field says set_null, mask, hash or keep',
    ],
    [
      'de-identified table keeping a direct identifier',
      (d) => (tables(d).customers.fields.email.erasure = 'keep'),
      `${T}.customers.fields.email.erasure`,
      'a de-identified row cannot keep a direct identifier (category "email")',
    ],
    [
      'erasing a primary key of a kept row',
      (d) => (tables(d).orders.fields.id.erasure = 'hash'),
      `${T}.orders.fields.id.erasure`,
      'the primary key of a kept row must be kept',
    ],
    [
      'masking a foreign key column',
      (d) => (tables(d).orders.fields.customer_id.erasure = 'mask'),
      `${T}.orders.fields.customer_id.erasure`,
      'a foreign key column can only be kept or set_null',
    ],
    [
      'field erasure on a table without personal data',
      (d) => (tables(d).products.fields.name.erasure = 'mask'),
      `${T}.products.fields.name.erasure`,
      'only used on a table with an erasure rule',
    ],
    [
      'foreign_key naming an unknown table',
      (d) => (tables(d).orders.fields.product_id.foreign_key = 'product.id'),
      `${T}.orders.fields.product_id.foreign_key`,
      'unknown table "product"',
    ],
    [
      'foreign_key naming an unknown column',
      (d) => (tables(d).orders.fields.product_id.foreign_key = 'products.sku'),
      `${T}.orders.fields.product_id.foreign_key`,
      'unknown field "sku" in table "products"',
    ],
  ])('%s', (_name, change, path, message) => {
    expect(issuesOf(change)).toEqual([{ path, message }]);
  });

  it('lets a table be deleted when the kept child nulls its foreign key', () => {
    expect(
      issuesOf((d) => {
        deleteCustomers(d);
        tables(d).orders.fields.customer_id.erasure = 'set_null';
      }),
    ).toEqual([]);
  });

  it('requires a referenced column of a kept row to be kept', () => {
    expect(
      issuesOf((d) => {
        tables(d).orders.link.references = 'email';
      }),
    ).toContainEqual({
      path: `${T}.customers.fields.email.erasure`,
      message: 'must be keep: foreign key orders.customer_id references it',
    });
  });
});
