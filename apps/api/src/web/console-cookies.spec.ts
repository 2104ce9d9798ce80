import { safeNext } from './console-cookies';

describe('safeNext', () => {
  it.each([
    ['/console', '/console'],
    ['/console/requests', '/console/requests'],
    ['/console/requests?status=failed&page=2', '/console/requests?status=failed&page=2'],
    ['/console/admin/users/1f0c', '/console/admin/users/1f0c'],
  ])('keeps the console page %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    ['another site', 'https://evil.example/console'],
    ['a protocol-relative URL', '//evil.example/console'],
    ['a backslash trick', '/console\\@evil.example'],
    ['a page outside the console', '/status/abc'],
    ['a lookalike prefix', '/consolex'],
    ['a script URL', 'javascript:alert(1)'],
    ['nothing', undefined],
    ['a list', ['/console/a', '/console/b']],
  ])('sends %s to the console home instead', (_label, next) => {
    expect(safeNext(next)).toBe('/console');
  });
});
