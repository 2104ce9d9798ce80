import { copyField, copyRow, pgTextArray } from './copy-text';

describe('copyField', () => {
  it('writes NULL as \\N and leaves plain text alone', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('Zoë Ångström-Núñez')).toBe('Zoë Ångström-Núñez');
    expect(copyField('山田 太郎')).toBe('山田 太郎');
  });

  it('escapes backslash, tab, newline and carriage return', () => {
    expect(copyField('C:\\Users\\noor')).toBe('C:\\\\Users\\\\noor');
    expect(copyField('a\tb')).toBe('a\\tb');
    expect(copyField('line 1\r\nline 2')).toBe('line 1\\r\\nline 2');
    // The literal text \N must stay text, not turn into NULL.
    expect(copyField('\\N')).toBe('\\\\N');
  });

  it('writes numbers and booleans as Postgres reads them', () => {
    expect(copyField(42)).toBe('42');
    expect(copyField('0.1235')).toBe('0.1235');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
    expect(() => copyField(Number.NaN)).toThrow(RangeError);
  });
});

describe('copyRow', () => {
  it('joins fields with tabs and ends with a newline', () => {
    expect(copyRow([1, 'a\tb', null, false])).toBe('1\ta\\tb\t\\N\tf\n');
  });
});

describe('pgTextArray', () => {
  it('quotes elements that are not plain words', () => {
    expect(pgTextArray([])).toBe('{}');
    expect(pgTextArray(['cooking', 'home office', 'kids & family'])).toBe(
      '{cooking,"home office","kids & family"}',
    );
    expect(pgTextArray(['say "hi"', 'a\\b', 'NULL', 'x,y'])).toBe(
      '{"say \\"hi\\"","a\\\\b","NULL","x,y"}',
    );
  });
});
