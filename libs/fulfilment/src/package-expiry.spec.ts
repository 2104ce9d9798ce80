import { isPackageExpired, packageExpiresAt } from './package-expiry';

describe(packageExpiresAt.name, () => {
  const madeAt = new Date('2026-11-25T10:00:00.000Z');

  it('expires the given number of days after the package was made', () => {
    expect(packageExpiresAt(madeAt, 30).toISOString()).toBe('2026-12-25T10:00:00.000Z');
  });

  it.each([
    ['a day before', '2026-12-24T10:00:00.000Z', false],
    ['a second before', '2026-12-25T09:59:59.000Z', false],
    ['at the instant', '2026-12-25T10:00:00.000Z', true],
    ['after', '2027-01-10T00:00:00.000Z', true],
  ])('%s the end, it is expired: %s', (_label, now, expired) => {
    expect(isPackageExpired(madeAt, 30, new Date(now))).toBe(expired);
  });
});
