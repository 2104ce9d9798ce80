import { DataMapInvalidError, type DataMapIssue } from './data-map-invalid.error';
import { parseDataMap } from './load-data-map';

const VALID = `
version: 3
systems:
  shop:
    connector: postgres
    connection_env: SHOP_DATABASE_URL
    tables:
      products:
        primary_key: id
        fields:
          id: { category: none }
`;

function issuesOf(yamlText: string): DataMapIssue[] {
  try {
    parseDataMap(yamlText, 'test.yaml');
  } catch (error) {
    if (error instanceof DataMapInvalidError) return [...error.issues];
    throw error;
  }
  return [];
}

describe(parseDataMap.name, () => {
  it('parses a valid document', () => {
    expect(parseDataMap(VALID).version).toBe(3);
  });

  it('reports each issue with its dotted path and YAML line', () => {
    const text = VALID.replace('primary_key: id', 'primary_key: id\n        colour: red').replace(
      'version: 3',
      'version: three',
    );
    expect(issuesOf(text)).toEqual([
      { path: 'version', message: 'expected number, got string "three"', line: 2 },
      { path: 'systems.shop.tables.products.colour', message: 'unknown key', line: 10 },
    ]);
  });

  it('places a missing key on the line of its parent', () => {
    expect(issuesOf(VALID.replace('        primary_key: id\n', ''))).toEqual([
      { path: 'systems.shop.tables.products.primary_key', message: 'required', line: 8 },
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    const issues = issuesOf(
      VALID.replace('      products:', '      products:\n        primary_key: id'),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: '(yaml)', line: 10 });
    expect(issues[0]?.message).toMatch(/unique/i);
  });

  it('lists every issue in the error message, one per line', () => {
    const text = VALID.replace('version: 3', 'version: 0').replace(
      'connector: postgres',
      'connector: mysql',
    );
    expect(() => parseDataMap(text, 'test.yaml')).toThrow(
      [
        'data map test.yaml is invalid (2 issues):',
        'version: Too small: expected number to be >0 (line 2)',
        'systems.shop.connector: "mysql" is not one of: postgres, webhook, manual (line 5)',
      ].join('\n'),
    );
  });

  it('reports an alias, even an alias bomb, as an issue on its line instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
      .concat(
        Array.from({ length: 9 }, (_, i) => {
          const name = String.fromCharCode(98 + i);
          const previous = String.fromCharCode(97 + i);
          return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
        }),
      )
      .join('\n');
    const issues = issuesOf(`${VALID}\nnotes:\n  ${bomb.replace(/\n/g, '\n  ')}\n`);
    expect(issues).toHaveLength(9);
    expect(issues[0]).toMatchObject({ path: '(yaml)', line: 15 });
    expect(issues[0]?.message).toMatch(/Aliases are not allowed.*\*a/);
  });

  it.each([
    [
      'a NUL character in the text',
      VALID.replace('id: { category', 'id: { description: "a\u0000b", category'),
    ],
    [
      'a NUL written as an escape',
      VALID.replace('id: { category', 'id: { description: "a\\0b", category'),
    ],
    [
      'half of a surrogate pair',
      VALID.replace('id: { category', 'id: { description: "a\\ud800b", category'),
    ],
  ])('reports %s as an issue rather than taking it in', (_case, text) => {
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/NUL character/) }),
    ]);
  });
});
