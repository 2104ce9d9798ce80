/**
 * A small, fast, seeded pseudo-random generator (mulberry32). Faker is far too slow to call per
 * row at a million people, so the seeder draws every per-row choice from this instead and uses
 * faker only to build the pools it picks from. Output depends only on the seed, so the same seed
 * yields the same data on every machine and Node version.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator for one item (a person, a table) that does not depend on how many draws came before. */
  static for(seed: number, stream: number): Prng {
    return new Prng(mixSeed(seed, stream));
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by relative weight; `weights` must be as long as `items`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const weight of weights) total += weight;
    let roll = this.next() * total;
    for (let i = 0; i < items.length; i += 1) {
      roll -= weights[i];
      if (roll < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** A count around `mean` with a long tail (geometric), capped at `max`. */
  count(mean: number, max: number): number {
    if (mean <= 0) return 0;
    const p = 1 / (mean + 1);
    const n = Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
    return Math.min(n, max);
  }

  /**
   * `length` characters from `alphabet`. Never more than 8 digits in a row, so no token, hash or
   * id the seeder makes can be mistaken for a card number by a scanner (or a reviewer).
   * `alphabet` must hold at least one non-digit.
   */
  chars(alphabet: string, length: number): string {
    let out = '';
    let digitRun = 0;
    while (out.length < length) {
      const c = alphabet[Math.floor(this.next() * alphabet.length)];
      const isDigit = c >= '0' && c <= '9';
      if (isDigit && digitRun >= 8) continue;
      digitRun = isDigit ? digitRun + 1 : 0;
      out += c;
    }
    return out;
  }
}

/** Combines two 32-bit values into a well-spread seed (murmur3 finaliser). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a >>> 0, 0x9e3779b1) ^ (b >>> 0)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
