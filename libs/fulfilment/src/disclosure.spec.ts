import { WITHHELD, discloseValue } from './disclosure';

describe(discloseValue.name, () => {
  it.each([
    ['a plain value is shown', 'Zoë', 'disclose', 'Zoë'],
    ['a password hash is stated as held', '$argon2id$v=19$m=65536', 'withhold', WITHHELD],
    ['a token is stated as held', 'pm_1NvX8Q2eZvKYlo2C', 'withhold', WITHHELD],
    [
      'a partial value keeps its last 4',
      '4242424242424242',
      { partial: { keep_last: 4 } },
      '••••••••••••4242',
    ],
    ['a short partial value is kept whole', '42', { partial: { keep_last: 4 } }, '42'],
    ['null stays null', null, 'withhold', null],
  ] as const)('%s', (_label, value, rule, expected) => {
    expect(discloseValue(value, rule)).toBe(expected);
  });
});
