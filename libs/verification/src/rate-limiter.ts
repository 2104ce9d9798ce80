import Redis from 'ioredis';

export interface RateLimit {
  /** What is limited, e.g. "submit:ip". */
  name: string;
  max: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets, when refused. */
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in Redis (short-lived state; losing them only resets the windows).
 * Keys hold a hash of the subject (an IP or an email), never the value itself.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(limit: RateLimit, subjectHash: string): Promise<RateDecision> {
    const key = `${this.prefix}:rate:${limit.name}:${subjectHash}`;
    const [[, count], [, ttl]] = (await this.redis.multi().incr(key).ttl(key).exec()) as [
      [null, number],
      [null, number],
    ];
    if (ttl < 0) await this.redis.expire(key, limit.windowSeconds);
    if (count > limit.max) {
      return { allowed: false, retryAfterSeconds: ttl > 0 ? ttl : limit.windowSeconds };
    }
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Whether one more hit would be refused, without counting one. */
  async peek(limit: RateLimit, subjectHash: string): Promise<RateDecision> {
    const key = `${this.prefix}:rate:${limit.name}:${subjectHash}`;
    const [[, count], [, ttl]] = (await this.redis.multi().get(key).ttl(key).exec()) as [
      [null, string | null],
      [null, number],
    ];
    if (Number(count ?? 0) >= limit.max) {
      return { allowed: false, retryAfterSeconds: ttl > 0 ? ttl : limit.windowSeconds };
    }
    return { allowed: true, retryAfterSeconds: 0 };
  }
}
