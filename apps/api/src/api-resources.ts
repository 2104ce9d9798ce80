import { OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { SourceRegistry } from '@rightsdesk/fulfilment';

/** Long-lived connections the api shares (the company's systems, Redis for rate limits). */
export class ApiResources implements OnApplicationShutdown {
  constructor(
    readonly sources: SourceRegistry,
    readonly redis: Redis,
  ) {
    this.redis.on('error', () => undefined); // surfaced by the health check and the limiter's callers
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
    await this.sources.close();
  }
}
