import { isAutoApproved } from './approval-policy';

describe('isAutoApproved', () => {
  it.each([
    ['a withdrawal, nothing set (the default)', [], false, 'withdraw_consent', true],
    ['a withdrawal, review turned on', [], true, 'withdraw_consent', false],
    [
      'a withdrawal, review on, an old AUTO_APPROVE entry',
      ['withdraw_consent'],
      true,
      'withdraw_consent',
      false,
    ],
    [
      'a withdrawal, an old AUTO_APPROVE entry',
      ['withdraw_consent'],
      false,
      'withdraw_consent',
      true,
    ],
    ['an access, nothing set', [], false, 'access', false],
    ['an access, approved everywhere', ['access'], false, 'access', true],
    ['a deletion, approved under the GDPR only', ['delete:gdpr'], false, 'delete', true],
    ['a deletion, approved under the CCPA only', ['delete:ccpa'], false, 'delete', false],
  ] as const)('%s', (_case, entries, reviewWithdrawals, type, expected) => {
    expect(isAutoApproved({ entries, reviewWithdrawals }, type, 'gdpr')).toBe(expected);
  });
});
