import { OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

/**
 * Long-lived connections the api shares: Redis for rate limits. The company's databases are
 * reached per data map version, through DataMapStore, so an activated map is used at once.
 */
export class ApiResources implements OnApplicationShutdown {
  constructor(readonly redis: Redis) {
    this.redis.on('error', () => undefined); // surfaced by the health check and the limiter's callers
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
