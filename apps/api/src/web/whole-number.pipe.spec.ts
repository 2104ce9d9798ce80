import { wholeNumberOf } from './whole-number.pipe';

describe(wholeNumberOf.name, () => {
  it.each(['1', '42', '2147483647'])('reads %s', (raw) => {
    expect(wholeNumberOf(raw)).toBe(Number(raw));
  });

  it.each(['0', '-1', '1e+23', '1.0', '0x10', 'abc', '', ' 1', '2147483648', '99999999999', 7])(
    'refuses %p',
    (raw) => {
      expect(wholeNumberOf(raw)).toBeNull();
    },
  );
});
