import { retentionCutoff } from './retention-cutoff';

describe(retentionCutoff.name, () => {
  it.each([
    ['2026-12-02T10:00:00.000Z', 24, '2024-12-02T10:00:00.000Z'],
    ['2026-03-31T08:30:00.000Z', 1, '2026-02-28T08:30:00.000Z'], // no 31 February
    ['2028-03-31T00:00:00.000Z', 1, '2028-02-29T00:00:00.000Z'], // leap year
    ['2026-01-15T00:00:00.000Z', 25, '2023-12-15T00:00:00.000Z'], // across two year ends
  ])('%s less %i months is %s', (now, months, cutoff) => {
    expect(retentionCutoff(new Date(now), months).toISOString()).toBe(cutoff);
  });

  it('refuses a period that is not a whole number of months', () => {
    expect(() => retentionCutoff(new Date(), 0)).toThrow(RangeError);
    expect(() => retentionCutoff(new Date(), 1.5)).toThrow(RangeError);
  });
});
