import { roleAllowed, rolesInWords, scopesForRole } from './staff-role';

const SCOPES = [
  'requests:write',
  'requests:read',
  'requests:manage',
  'letters:manage',
  'suppressions:read',
  'admin:staff',
] as const;

describe('staff roles', () => {
  it.each([
    ['admin', [...SCOPES]],
    [
      'privacy_officer',
      ['requests:write', 'requests:read', 'requests:manage', 'letters:manage', 'suppressions:read'],
    ],
    ['auditor', ['requests:read', 'suppressions:read']],
  ] as const)('%s holds exactly these API scopes', (role, expected) => {
    expect(scopesForRole(role, SCOPES)).toEqual(expected);
  });

  it('never gives an auditor a scope that changes anything', () => {
    for (const scope of scopesForRole('auditor', SCOPES)) expect(scope).toMatch(/:read$/);
  });

  it.each([
    ['admin', [], true],
    ['auditor', [], true],
    ['auditor', ['admin', 'privacy_officer'], false],
    ['privacy_officer', ['admin', 'privacy_officer'], true],
    ['privacy_officer', ['admin'], false],
    ['admin', ['admin'], true],
  ] as const)('%s on a page for %j: allowed %s', (role, allowed, expected) => {
    expect(roleAllowed(role, allowed)).toBe(expected);
  });

  it.each([
    [['admin'], 'Admin'],
    [['admin', 'privacy_officer'], 'Admin or Privacy officer'],
    [['admin', 'privacy_officer', 'auditor'], 'Admin, Privacy officer or Auditor'],
  ] as const)('names %j as "%s"', (roles, words) => {
    expect(rolesInWords(roles)).toBe(words);
  });
});
