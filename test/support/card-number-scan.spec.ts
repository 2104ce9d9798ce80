import { findCardLikeNumbers, passesLuhn } from './card-number-scan';

describe('findCardLikeNumbers', () => {
  it('finds test card numbers, plain or grouped', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(findCardLikeNumbers('card 4111111111111111 on file')).toContain('4111111111111111');
    expect(findCardLikeNumbers('4242 4242 4242 4242')).toContain('4242424242424242');
    expect(findCardLikeNumbers('amex 3782-822463-10005.')).toContain('378282246310005');
  });

  it('ignores what the shop legitimately holds', () => {
    const row =
      '(1,"+447700900123",2024-03-05 10:11:12+00,SO-000123-KQ,pm_iBCJLRbF68lSiR3Z7methwjo,4242,12)';
    expect(findCardLikeNumbers(row)).toEqual([]);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});
