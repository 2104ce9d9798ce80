import { type DataMapDocument } from './valid-data-map.fixture';
import { T, issuesOf, tables } from './data-map-issues.fixture';

type Doc = DataMapDocument;

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
