import { DataSource } from 'typeorm';
import { dataSourceOptions, openFromBytes } from '@rightsdesk/persistence';
import { AppProcess, freePort, waitUntil } from '../../test/support/app-processes';
import { createApiKey } from './api-key';

/** One Rightsdesk installation a benchmark runs: its database, the shop, Redis and its keys. */
export interface BenchDesk {
  databaseUrl: string;
  shopUrl: string;
  redisUrl: string;
  /** Keeps this run's queues and rate-limit counters apart from anyone else's. */
  queuePrefix: string;
  packageKey: Buffer;
  tokenKey: Buffer;
  /** The data map the processes read (bench/support/database-systems-map.ts). */
  dataMapPath: string;
}

/** A request as a shop's back office would submit it for one of its customers. */
export interface BenchRequest {
  type: 'access' | 'delete' | 'withdraw_consent';
  email: string;
  scope?: 'categories' | 'copy';
}

/** The environment the built api and worker read; every type is approved by policy. */
export function deskEnvironment(desk: BenchDesk): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: desk.databaseUrl,
    SHOP_DATABASE_URL: desk.shopUrl,
    REDIS_URL: desk.redisUrl,
    QUEUE_PREFIX: desk.queuePrefix,
    PACKAGE_ENCRYPTION_KEY: desk.packageKey.toString('hex'),
    TOKEN_SECRET: desk.tokenKey.toString('hex'),
    DATA_MAP_PATH: desk.dataMapPath,
    AUTO_APPROVE: 'access,delete,withdraw_consent',
    // One client submits and verifies for everybody: per-address hourly limits do not apply here.
    RATE_LIMIT_SUBMIT_PER_IP: '1000000',
    RATE_LIMIT_VERIFY_PER_IP: '1000000',
    LOG_LEVEL: 'info',
  };
}

/**
 * Submits `requests` to the built api and verifies each with the code it sealed for the person's
 * email (GDPR residence: the code is proof enough), so all end up approved by policy. The api
 * stops afterwards; with no worker running, their fulfilment jobs wait in the outbox.
 * Returns the request ids in the order given.
 */
export async function approveRequests(
  desk: BenchDesk,
  requests: readonly BenchRequest[],
  concurrency = 8,
): Promise<string[]> {
  const port = await freePort();
  const env = {
    ...deskEnvironment(desk),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
  };
  const api = new AppProcess('api', env).start();
  const dataSource = await new DataSource(dataSourceOptions(desk.databaseUrl)).initialize();
  try {
    const base = `http://127.0.0.1:${port}/api/v1/requests`;
    await waitUntil(
      () =>
        fetch(`http://127.0.0.1:${port}/health`).then(
          (response) => response.ok,
          () => false,
        ),
      30_000,
      () => `api health:\n${api.output}`,
    );
    const key = await createApiKey(deskEnvironment(desk), 'bench', ['requests:write']);
    const ids: string[] = new Array<string>(requests.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let index = next++; index < requests.length; index = next++) {
          ids[index] = await submitAndVerify(
            base,
            key,
            requests[index],
            dataSource,
            desk.packageKey,
          );
        }
      }),
    );
    const [{ approved }] = (await dataSource.query(
      `SELECT count(*)::int AS approved FROM requests WHERE id = ANY($1) AND status = 'approved'`,
      [ids],
    )) as Array<{ approved: number }>;
    if (approved !== ids.length) {
      throw new Error(`only ${approved} of ${ids.length} requests were approved`);
    }
    return ids;
  } finally {
    await api.stop();
    await dataSource.destroy();
  }
}

async function submitAndVerify(
  base: string,
  apiKey: string,
  request: BenchRequest,
  dataSource: DataSource,
  packageKey: Buffer,
): Promise<string> {
  const submitted = await post(base, apiKey, { ...request, residence: { country: 'DE' } });
  if (submitted.status === 'approved') return submitted.id; // withdrawing consent needs no proof
  const code = await codeFor(dataSource, packageKey, submitted.id);
  const verified = await post(`${base}/${submitted.id}/verification`, submitted.statusToken, {
    code,
  });
  if (verified.status !== 'approved') {
    throw new Error(`request ${submitted.id} is ${verified.status} after verification`);
  }
  return submitted.id;
}

/** The code in the verification email, read sealed from the database as the worker would. */
async function codeFor(dataSource: DataSource, key: Buffer, requestId: string): Promise<string> {
  const [message] = (await dataSource.query(
    `SELECT id, sealed_secrets FROM correspondence
     WHERE request_id = $1 AND kind = 'verification_code' ORDER BY created_at DESC LIMIT 1`,
    [requestId],
  )) as Array<{ id: string; sealed_secrets: Buffer | null }>;
  if (!message?.sealed_secrets) throw new Error(`request ${requestId} has no verification code`);
  const secrets = JSON.parse(
    openFromBytes(key, message.id, message.sealed_secrets).toString('utf8'),
  ) as { code: string };
  return secrets.code;
}

async function post(
  url: string,
  token: string,
  body: object,
): Promise<{ id: string; status: string; statusToken: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { id: string; status: string; statusToken: string };
  if (response.status >= 300) {
    throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(answer)}`);
  }
  return answer;
}
