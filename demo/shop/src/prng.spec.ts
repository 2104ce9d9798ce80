import { Prng, mixSeed } from './prng';

const draw = (prng: Prng, n: number): number[] => Array.from({ length: n }, () => prng.next());

describe('Prng', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    expect(draw(new Prng(123), 50)).toEqual(draw(new Prng(123), 50));
    expect(draw(new Prng(123), 50)).not.toEqual(draw(new Prng(124), 50));
  });

  it('is pinned: these values must never change, or every seeded shop changes', () => {
    const prng = new Prng(20250601);
    expect([prng.int(0, 999), prng.int(0, 999), prng.int(0, 999)]).toEqual([365, 781, 935]);
    expect(mixSeed(20250601, 1)).toBe(148293384);
  });

  it('stays in range and covers it', () => {
    const prng = new Prng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i += 1) {
      const v = prng.int(3, 9);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(9);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
  });

  it('gives independent streams per item through Prng.for', () => {
    expect(draw(Prng.for(1, 1), 5)).toEqual(draw(Prng.for(1, 1), 5));
    expect(draw(Prng.for(1, 1), 5)).not.toEqual(draw(Prng.for(1, 2), 5));
  });

  it('keeps counts near the mean and under the cap', () => {
    const prng = new Prng(99);
    let total = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const n = prng.count(5, 40);
      expect(n).toBeLessThanOrEqual(40);
      total += n;
    }
    expect(total / 20_000).toBeGreaterThan(4.5);
    expect(total / 20_000).toBeLessThan(5.5);
  });

  it('never emits more than 8 digits in a row', () => {
    const prng = new Prng(5);
    const token = prng.chars('0123456789a', 100_000);
    expect(token).toHaveLength(100_000);
    expect(token).not.toMatch(/\d{9}/);
  });
});
