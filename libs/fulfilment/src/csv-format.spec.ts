import { CSV_BOM, csvCell, csvRecord } from './csv-format';

describe(csvCell.name, () => {
  it.each([
    ['plain text stays as is', 'Zoë Ångström', 'Zoë Ångström'],
    ['a comma is quoted', 'Oakland, CA', '"Oakland, CA"'],
    ['a quote is doubled and quoted', 'say "hi"', '"say ""hi"""'],
    ['a line break is quoted', 'line 1\nline 2', '"line 1\nline 2"'],
    ['a carriage return is quoted', 'a\r\nb', '"a\r\nb"'],
    ['null is an empty cell', null, ''],
    ['a number is its text', 4200, '4200'],
    ['a boolean is its text', true, 'true'],
    ['a structure is JSON, quoted', { a: 1, b: [2] }, '"{""a"":1,""b"":[2]}"'],
    ['a formula is defused', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['an @ start is defused', '@SUM(A1)', "'@SUM(A1)"],
    ['a phone number keeps its plus', '+44 7700 900123', '+44 7700 900123'],
    ['a negative number keeps its minus', '-12.5', '-12.5'],
    ['a plus formula is defused', '+cmd|calc', "'+cmd|calc"],
  ] as const)('%s', (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe(csvRecord.name, () => {
  it('joins cells with commas and ends the record with CRLF (RFC 4180)', () => {
    expect(csvRecord(['id', 'name', null, 'a,b'])).toBe('id,name,,"a,b"\r\n');
  });

  it('starts files with a byte order mark so spreadsheets read accents', () => {
    expect(Buffer.from(CSV_BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
