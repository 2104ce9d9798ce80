import Redis from 'ioredis';

/** Deletes what one benchmark run left in Redis under its own queue prefix, and nothing else. */
export async function dropQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  if (!/^bench-[a-z0-9_-]+$/.test(prefix)) throw new Error(`refusing to clear prefix "${prefix}"`);
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = nextCursor;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
