import { malformedTextPath } from './well-formed-text';

describe(malformedTextPath.name, () => {
  it.each([
    ['a NUL in a value', { note: 'a\u0000b' }, 'note'],
    ['a NUL in a key', { ['a\u0000']: 'b' }, 'a\u0000'],
    ['a lone high surrogate', { name: ['ok', 'x\uD800'] }, 'name.1'],
    ['a lone low surrogate', { q: '\uDC00' }, 'q'],
    ['bytes that were not UTF-8', { body: { email: 'a\uFFFD@b.c' } }, 'body.email'],
  ])('finds %s', (_case, value, path) => {
    expect(malformedTextPath(value)).toBe(path);
  });

  it('takes well-formed text in any script, emoji included, and non-text values', () => {
    expect(malformedTextPath({ name: 'Zoë 山田 😀', n: 1, on: true, none: null })).toBeNull();
  });
});
