import {
  buildDeleteRowsQuery,
  buildLockRowsQuery,
  buildResidualCountQuery,
  buildUpdateRowsQuery,
} from './erasure.builder';
import { HASHED_VALUE, MASKED_VALUE } from './erased-value';

const fields = [
  { column: 'email', rule: 'hash' },
  { column: 'phone', rule: 'set_null' },
  { column: 'first_name', rule: 'mask' },
] as const;

describe(buildUpdateRowsQuery.name, () => {
  it('updates all changed rows in one statement, set_null without a value', () => {
    const query = buildUpdateRowsQuery('customers', 'id', fields, [
      { key: '1', values: ['h1', null, 'm1'] },
      { key: '2', values: ['h2', null, 'm2'] },
    ]);
    expect(query.text).toBe(
      'UPDATE "customers" AS t0 SET "email" = v."v0", "phone" = NULL, "first_name" = v."v2" FROM unnest($1::text[], $2::text[], $3::text[]) AS v("k", "v0", "v2") WHERE t0."id" = ANY($4) AND t0."id"::text = v."k"',
    );
    expect(query.values).toEqual([
      ['1', '2'],
      ['h1', 'h2'],
      ['m1', 'm2'],
      ['1', '2'],
    ]);
  });
});

describe(buildLockRowsQuery.name, () => {
  it('reads the erased fields as text and locks the rows', () => {
    expect(buildLockRowsQuery('orders', 'id', [{ column: 'ship_name' }], ['9']).text).toBe(
      'SELECT t0."id"::text AS "k", t0."ship_name"::text AS "v0" FROM "orders" t0 WHERE t0."id" = ANY($1) ORDER BY 1 FOR UPDATE',
    );
  });
});

describe(buildDeleteRowsQuery.name, () => {
  it('deletes by primary key only', () => {
    expect(buildDeleteRowsQuery('page_views', 'id', ['1', '2'])).toEqual({
      text: 'DELETE FROM "page_views" WHERE "id" = ANY($1)',
      values: [['1', '2']],
    });
  });

  it('refuses a name that is not a plain identifier', () => {
    expect(() => buildDeleteRowsQuery('orders; --', 'id', ['1'])).toThrow(
      'is not a valid SQL identifier',
    );
  });
});

describe(buildResidualCountQuery.name, () => {
  it('counts every row of a deleted table', () => {
    expect(buildResidualCountQuery('sessions', 'id', ['1'], 'delete')?.text).toBe(
      'SELECT count(*) AS "count" FROM "sessions" t0 WHERE t0."id" = ANY($1)',
    );
  });

  it('counts kept rows still holding a value the field rules remove', () => {
    const query = buildResidualCountQuery('customers', 'id', ['1'], fields);
    expect(query?.text).toBe(
      'SELECT count(*) AS "count" FROM "customers" t0 WHERE t0."id" = ANY($1) AND ((t0."email" IS NOT NULL AND t0."email"::text !~ $2) OR t0."phone" IS NOT NULL OR (t0."first_name" IS NOT NULL AND t0."first_name"::text !~ $3))',
    );
    expect(query?.values).toEqual([['1'], HASHED_VALUE.source, MASKED_VALUE.source]);
  });

  it('has nothing to count for kept rows without field rules', () => {
    expect(buildResidualCountQuery('payments', 'id', ['1'], [])).toBeNull();
  });
});
