import { erasedValue, HASHED_VALUE, MASKED_VALUE } from './erased-value';

const key = Buffer.from('0123456789abcdef0123456789abcdef');
const otherKey = Buffer.from('fedcba9876543210fedcba9876543210');
const cell = (column: string, rowKey = '42') => ({
  system: 'shop',
  table: 'customers',
  column,
  key: rowKey,
});

describe(erasedValue.name, () => {
  it.each<[string, string, string]>([
    ['first_name', 'name', 'Maria'],
    ['last_name', 'name', 'Ångström-Núñez'],
    ['ship_name', 'name', '山田 太郎'],
    ['ship_line1', 'postal_address', '47 Willow Lane'],
    ['password_hash', 'password', '$argon2id$v=19$m=65536'],
    ['email', 'email', 'maria.kowalski@example.com'],
    ['first_name', 'name', 'erased'],
    ['first_name', 'name', 'e'],
  ])('masks %s "%s" without a trace of the original', (column, category, original) => {
    const field = { rule: 'mask', category: category as 'name' } as const;
    const masked = erasedValue(field, cell(column), original, key);
    expect(masked).toMatch(MASKED_VALUE);
    expect(masked).not.toBe(original);
    // Long enough originals could only appear by copying; short ones may match hex by chance.
    if (original.length > 6) expect(masked).not.toContain(original);
    // Made from the row's place alone: any other original gives the same mask.
    expect(erasedValue(field, cell(column), 'something else', key)).toBe(masked);
  });

  it('masks an email column as an undeliverable address, unique per row', () => {
    const field = { rule: 'mask', category: 'email' } as const;
    const one = erasedValue(field, cell('email', '1'), 'a@example.com', key);
    const two = erasedValue(field, cell('email', '2'), 'a@example.com', key);
    expect(one).toMatch(/^erased-[0-9a-f]{16}@erased\.invalid$/);
    expect(one).not.toBe(two);
    expect(erasedValue(field, cell('email', '1'), 'a@example.com', otherKey)).not.toBe(one);
  });

  it('gives every row and column its own mask', () => {
    const field = { rule: 'mask', category: 'name' } as const;
    const masks = new Set(
      ['1', '2', '10', '11'].flatMap((row) =>
        ['first_name', 'last_name'].map((column) =>
          erasedValue(field, cell(column, row), 'Jo', key),
        ),
      ),
    );
    expect(masks.size).toBe(8);
  });

  it.each<[string, string, string, string]>([
    ['login', 'login', 'maria_k', 'maria_k'],
    ['email', 'email', 'Grace.OMalley@Example.COM', ' grace.omalley@example.com'],
  ])('hashes %s with the key: equal values hash equal', (column, category, value, same) => {
    const field = { rule: 'hash', category: category as 'email' } as const;
    const hashed = erasedValue(field, cell(column), value, key);
    expect(hashed).toMatch(HASHED_VALUE);
    expect(hashed).not.toContain(value.toLowerCase());
    expect(erasedValue(field, cell(column, '7'), same, key)).toBe(hashed);
    expect(erasedValue(field, cell(column), value, otherKey)).not.toBe(hashed);
  });

  it('leaves a hashed value and a missing value as they are, so erasing twice is a no-op', () => {
    const field = { rule: 'hash', category: 'login' } as const;
    const hashed = erasedValue(field, cell('login'), 'maria_k', key);
    expect(erasedValue(field, cell('login'), hashed, key)).toBe(hashed);
    expect(erasedValue(field, cell('login'), null, key)).toBeNull();
  });

  it('sets a set_null field to null', () => {
    expect(
      erasedValue({ rule: 'set_null', category: 'phone' }, cell('phone'), '+12175550187', key),
    ).toBeNull();
  });
});
