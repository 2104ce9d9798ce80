import { JSON_SAFE_TYPES, jsonSafeRow } from './json-safe-types';

const parse = (oid: number, text: string): unknown =>
  JSON_SAFE_TYPES.getTypeParser(oid, 'text')(text);

describe('JSON_SAFE_TYPES', () => {
  it.each<[string, number, string, unknown]>([
    ['bigint stays a string', 20, '9007199254740993', '9007199254740993'],
    ['numeric stays exact', 1700, '12.30', '12.30'],
    ['date stays a calendar date', 1082, '1990-02-28', '1990-02-28'],
    [
      'timestamptz becomes ISO 8601 UTC',
      1184,
      '2024-03-01 09:30:00.123+01',
      '2024-03-01T08:30:00.123Z',
    ],
    ['timestamp keeps its wall clock', 1114, '2024-03-01 09:30:00', '2024-03-01T09:30:00'],
    ['inet stays text', 869, '2001:db8::1', '2001:db8::1'],
    ['integer becomes a number', 23, '42', 42],
    ['boolean', 16, 't', true],
    ['text array', 1009, '{books,"garden tools"}', ['books', 'garden tools']],
  ])('%s', (_case, oid, text, expected) => {
    expect(parse(oid, text)).toEqual(expected);
  });

  it('makes values the parsers cannot settle JSON-safe', () => {
    const row = jsonSafeRow({
      score: Number.NaN,
      at: new Date('2024-01-02T03:04:05Z'),
      raw: Buffer.from([1, 255]),
      big: 10n,
    });
    expect(row).toEqual({
      score: 'NaN',
      at: '2024-01-02T03:04:05.000Z',
      raw: '\\x01ff',
      big: '10',
    });
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });
});
