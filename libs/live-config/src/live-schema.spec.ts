import { liveSchemaIssues, type LiveColumn } from './live-schema';

const live: LiveColumn[] = [
  { table: 'customers', column: 'id', nullable: false, type: 'bigint' },
  { table: 'customers', column: 'email', nullable: false, type: 'text' },
  { table: 'customers', column: 'phone', nullable: true, type: 'text' },
  { table: 'seed_meta', column: 'seed', nullable: false, type: 'integer' },
];

type Fields = Record<string, { category: string; erasure?: string }>;
const system = (fields: Fields, extra: Record<string, { fields: Fields }> = {}) =>
  ({ tables: { customers: { fields }, ...extra } }) as never;
const P = 'systems.shop.tables';

describe(liveSchemaIssues.name, () => {
  it.each<[string, ReturnType<typeof system>, Array<{ path: string; message: RegExp }>]>([
    [
      'a map that matches (bookkeeping tables left out)',
      system({
        id: { category: 'none' },
        email: { category: 'email', erasure: 'hash' },
        phone: { category: 'phone', erasure: 'set_null' },
      }),
      [],
    ],
    [
      'a table the database does not have',
      system(
        { id: { category: 'none' }, email: { category: 'email' }, phone: { category: 'phone' } },
        { orders: { fields: { id: { category: 'none' } } } },
      ),
      [{ path: `${P}.orders`, message: /no table "orders"/ }],
    ],
    [
      'a column the table does not have, and one it has that the map leaves out',
      system({
        id: { category: 'none' },
        email: { category: 'email' },
        fax: { category: 'phone' },
      }),
      [
        { path: `${P}.customers.fields.fax`, message: /no column "fax"/ },
        { path: `${P}.customers.fields`, message: /does not describe the column "phone"/ },
      ],
    ],
    [
      'erasure rules the column types cannot take',
      system({
        id: { category: 'none', erasure: 'mask' },
        email: { category: 'email', erasure: 'set_null' },
        phone: { category: 'phone' },
      }),
      [
        {
          path: `${P}.customers.fields.id.erasure`,
          message: /mask needs a text column, not bigint/,
        },
        { path: `${P}.customers.fields.email.erasure`, message: /NOT NULL/ },
      ],
    ],
  ])('%s', (_name, mapped, expected) => {
    const issues = liveSchemaIssues('shop', mapped, live);
    expect(issues).toEqual(
      expected.map(({ path, message }) => ({ path, message: expect.stringMatching(message) })),
    );
  });
});
