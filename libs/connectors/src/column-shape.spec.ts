import { columnShapeProblem, type ColumnShape } from './column-shape';

const text: ColumnShape = { dataType: 'text', maxLength: null, nullable: false };

describe(columnShapeProblem.name, () => {
  it.each<[string, 'set_null' | 'mask' | 'hash', string, ColumnShape | undefined, string | null]>([
    ['mask in NOT NULL text', 'mask', 'name', text, null],
    ['hash in a unique text column', 'hash', 'email', text, null],
    [
      'set_null in a nullable timestamp',
      'set_null',
      'account_activity',
      { dataType: 'timestamp with time zone', maxLength: null, nullable: true },
      null,
    ],
    [
      'set_null in a NOT NULL column',
      'set_null',
      'name',
      text,
      'customers.col is NOT NULL, so it cannot be set_null; use mask',
    ],
    [
      'mask in varchar(23)',
      'mask',
      'name',
      { dataType: 'character varying', maxLength: 23, nullable: false },
      null,
    ],
    [
      'mask in varchar(20)',
      'mask',
      'name',
      { dataType: 'character varying', maxLength: 20, nullable: false },
      'customers.col holds at most 20 characters; a mask value needs 23',
    ],
    [
      'email mask in varchar(30)',
      'mask',
      'email',
      { dataType: 'character varying', maxLength: 30, nullable: false },
      'customers.col holds at most 30 characters; a mask value needs 38',
    ],
    [
      'hash in varchar(40)',
      'hash',
      'login',
      { dataType: 'character varying', maxLength: 40, nullable: false },
      'customers.col holds at most 40 characters; a hash value needs 64',
    ],
    [
      'mask in char(2)',
      'mask',
      'postal_address',
      { dataType: 'character', maxLength: 2, nullable: false },
      'customers.col is character, so it cannot hold a mask value; use set_null',
    ],
    [
      'hash in a date',
      'hash',
      'profile',
      { dataType: 'date', maxLength: null, nullable: true },
      'customers.col is date, so it cannot hold a hash value; use set_null',
    ],
    [
      'a column the database lacks',
      'mask',
      'name',
      undefined,
      'customers.col is not in the database',
    ],
  ])('%s', (_case, rule, category, shape, problem) => {
    expect(
      columnShapeProblem('customers', { column: 'col', rule, category: category as 'name' }, shape),
    ).toBe(problem);
  });
});
