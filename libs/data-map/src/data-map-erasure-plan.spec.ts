import { type DataMapDocument } from './valid-data-map.fixture';
import { T, deleteCustomers, issuesOf, tables } from './data-map-issues.fixture';

type Doc = DataMapDocument;

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
