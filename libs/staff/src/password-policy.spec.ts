import { normalizeEmail, passwordProblem } from './password-policy';

describe('password policy', () => {
  it.each([
    ['short', 'Use at least 12 characters'],
    ['eleven char', 'Use at least 12 characters'],
    ['ada.lovelace@example.com', 'must not be your email address'],
    ['aaaaaaaaaaaaaaa', 'too easy to guess'],
    ['123456789012345', 'too easy to guess'],
    ['x'.repeat(201), 'at most 200'],
  ])('refuses "%s"', (password, problem) => {
    expect(passwordProblem(password, 'ada.lovelace@example.com')).toContain(problem);
  });

  it.each(['correct horse battery staple', 'Tr0ub4dor&3-extended', 'ünïcödé pässwörd ok'])(
    'accepts "%s"',
    (password) => {
      expect(passwordProblem(password, 'ada.lovelace@example.com')).toBeNull();
    },
  );

  it('compares emails without case or surrounding spaces', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
  });
});
