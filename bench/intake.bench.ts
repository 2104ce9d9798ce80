import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { runMigrations } from '@rightsdesk/persistence';
import { AppProcess, freePort, waitUntil } from '../test/support/app-processes';
import { LoadResult, postLoad } from './support/load';

export interface IntakeBenchResult {
  rightsdesk: LoadResult;
  bare: LoadResult;
  ratio: number;
}

const ROOT = resolve(__dirname, '..');

/**
 * Request intake throughput: the built api's POST /api/v1/requests (validation, identity,
 * request, hash-chained audit event and outbox row in one transaction) against a bare endpoint
 * doing one INSERT. Both are separate processes loaded by this one over keep-alive HTTP.
 */
export async function runIntakeBench(options: {
  databaseUrl: string;
  redisUrl: string;
  shopUrl: string;
  total: number;
  concurrency: number;
}): Promise<IntakeBenchResult> {
  await runMigrations(options.databaseUrl);
  const body = (index: number) => ({
    type: 'access',
    email: `bench.person.${index}@example.org`,
    name: 'Bench Person',
  });

  const apiPort = await freePort();
  const api = new AppProcess('api', {
    PORT: String(apiPort),
    DATABASE_URL: options.databaseUrl,
    SHOP_DATABASE_URL: options.shopUrl,
    REDIS_URL: options.redisUrl,
    LOG_LEVEL: 'warn',
  }).start();
  let rightsdesk: LoadResult;
  try {
    await waitUntil(
      () =>
        fetch(`http://127.0.0.1:${apiPort}/health`).then(
          (response) => response.ok,
          () => false,
        ),
      30_000,
      () => `api health:\n${api.output}`,
    );
    const url = `http://127.0.0.1:${apiPort}/api/v1/requests`;
    await postLoad(url, body, 200, options.concurrency); // warm-up
    rightsdesk = await postLoad(url, body, options.total, options.concurrency);
  } finally {
    await api.stop();
  }

  const barePort = await freePort();
  const bareProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', resolve(__dirname, 'support/bare-intake-server.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: String(barePort), DATABASE_URL: options.databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let bare: LoadResult;
  try {
    let ready = false;
    bareProcess.stdout.on('data', () => (ready = true));
    await waitUntil(
      () => ready,
      20_000,
      () => 'bare intake server',
    );
    const url = `http://127.0.0.1:${barePort}/`;
    await postLoad(url, body, 200, options.concurrency);
    bare = await postLoad(url, body, options.total, options.concurrency);
  } finally {
    bareProcess.kill('SIGTERM');
  }
  return { rightsdesk, bare, ratio: rightsdesk.perSecond / bare.perSecond };
}
