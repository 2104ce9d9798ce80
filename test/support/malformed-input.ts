import fc from 'fast-check';

/** Text the edge must refuse: NUL, lone surrogates, U+FFFD (what bad UTF-8 decodes to). */
export const malformedText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }))
    .map(([a, b]) => `${a}\u0000${b}`),
  fc.constantFrom('\uD800', 'a\uDC00b', 'x\uD83D', '\uFFFD', 'caf\u00E9\u0000'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }),
);

/** A YAML document whose aliases expand to a billion items: a data map upload's worst case. */
const YAML_ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(
    'bcdefghi'
      .split('')
      .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
  )
  .join('\n');

/** Values of the wrong shape, in range or far out of it, and huge text. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('1e+23', '-1', '0', '2147483648', '99999999999999999999', 'NaN', '1.5', ''),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  fc.constant('x'.repeat(20_000)),
  fc.constant(YAML_ALIAS_BOMB),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** Any value for a field: mostly malformed text, sometimes the wrong shape. */
export const fuzzedValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: malformedText, weight: 1 },
  { arbitrary: wrongValue, weight: 1 },
);

/**
 * Percent-encodes text's UTF-8 bytes (a lone surrogate becomes U+FFFD, as a browser sends it),
 * where encodeURIComponent would throw.
 */
export function percentEncoded(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/** A path segment, already encoded: malformed text, broken escapes, numbers out of range. */
export function pathSegment(knownIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...knownIds), weight: 6 },
    { arbitrary: malformedText.map(percentEncoded), weight: 2 },
    fc.constantFrom('%00', '%ED%A0%80', '%E0%A4%A', '%FF', '1e%2B23', '-1', '0', 'abc'),
    fc.constantFrom('2147483648', '99999999999999999999999', 'x'.repeat(5_000)),
    fc.uuid(),
  );
}

/** A JSON body: an object with the operation's fields fuzzed (and extra ones), or not an object. */
export function jsonBody(fields: string[]): fc.Arbitrary<string | Buffer> {
  const known = fields.length ? fields : ['value'];
  const object = fc
    .tuple(
      fc.subarray(known, { minLength: 1 }),
      fc.array(fuzzedValue, { minLength: known.length, maxLength: known.length }),
      fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
    )
    .map(([keys, values, extra]) => {
      const body: Record<string, unknown> = {};
      keys.forEach((key, index) => (body[key] = values[index]));
      if (extra !== undefined) body[`${extra}\u0000`] = 'extra';
      return JSON.stringify(body);
    });
  return fc.oneof(
    { arbitrary: object, weight: 6 },
    fc.constantFrom('{"a":', '[]', 'null', '12', '"text"', '{"a":"\\ud800"}'),
    // A string with bytes that are not UTF-8 inside it.
    fc.constant(
      Buffer.concat([
        Buffer.from(`{"${known[0]}":"a`),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}'),
      ]),
    ),
  );
}
