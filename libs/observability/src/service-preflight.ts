import Redis from 'ioredis';
import { Client } from 'pg';

/** A service the process cannot start without, with the hint a person needs to fix it. */
export class ServiceUnreachableError extends Error {
  constructor(service: string, target: string, variable: string, cause: string, fix: string) {
    super(`Cannot reach ${service} at ${target} (${variable}): ${cause}. ${fix}`);
    this.name = 'ServiceUnreachableError';
  }
}

export async function checkPostgres(url: string, variable: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new ServiceUnreachableError(
      'Postgres',
      hostOf(url),
      variable,
      describe(error),
      'Start it (e.g. `pg_ctlcluster 15 main start`) or set ' +
        variable +
        ' to a reachable server.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(url: string, variable: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // ioredis reports the socket's error (ECONNREFUSED…) as an event and rejects with a vaguer one.
  let socketError: unknown;
  redis.on('error', (error) => (socketError ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new ServiceUnreachableError(
      'Redis',
      hostOf(url),
      variable,
      describe(socketError ?? error),
      'Start it (e.g. `redis-server --daemonize yes`) or set ' +
        variable +
        ' to a reachable server.',
    );
  } finally {
    redis.disconnect();
  }
}

function hostOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('redis') ? 6379 : 5432)}`;
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND') return 'host not found';
  if (code === '3D000') return 'database does not exist';
  const message = (error as Error).message?.split('\n')[0] ?? String(error);
  return message.replace(/\.+$/, '');
}
