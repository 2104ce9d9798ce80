import { iso } from './person-context';

describe('iso', () => {
  it('matches Date#toISOString, without zero milliseconds', () => {
    const samples = [
      0,
      1,
      999,
      86_399_999,
      1_717_200_000_000,
      1_717_286_399_123,
      -86_400_000 * 365 * 30 + 5,
    ];
    for (const ms of samples) {
      const expected = new Date(ms).toISOString().replace('.000Z', 'Z');
      expect(iso(ms)).toBe(expected);
    }
  });
});
