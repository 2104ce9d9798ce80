import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@rightsdesk/persistence';
import { AppProcess, freePort, waitUntil } from '../test/support/app-processes';
import { createApiKey } from './support/api-key';
import { freshBenchDatabase } from './support/bench-database';
import { childPids, CpuMeter } from './support/cpu-meter';
import { LoadResult, postLoad } from './support/load';
import { dropQueueKeys } from './support/queue-keys';
import { ensureSeededShop } from './support/seeded-shop';

/** One load: throughput, latency, failures, and CPU per request of the server and of Postgres. */
export type IntakeLoad = LoadResult & {
  firstFailure?: string;
  cpuMsPerRequest: { node: number; postgres: number };
};

export interface IntakeRun {
  clients: number;
  rightsdesk: IntakeLoad;
  bare: IntakeLoad;
  /** Rightsdesk's requests per second / the bare insert's. */
  ratio: number;
}

export interface IntakeBenchResult {
  runs: IntakeRun[];
}

export interface IntakeBenchOptions {
  /** Rightsdesk's database: dropped and created again every run. */
  databaseUrl: string;
  /** The api checks its shop at /health: a small one, seeded if missing. */
  shopUrl: string;
  shopPeople: number;
  redisUrl: string;
  requests: number;
  warmUp: number;
  clients: number[];
  log?: (line: string) => void;
}

const ROOT = resolve(__dirname, '..');

/**
 * Request intake throughput: the built api's POST /api/v1/requests with an API key (validation,
 * identity, request, hash-chained audit event and outbox row in one transaction) against a bare
 * endpoint doing one INSERT, at each number of clients. Both are separate processes loaded by
 * this one over keep-alive HTTP. Every request is for an address no run used before, so the
 * per-email hourly limit never answers.
 */
export async function runIntakeBench(options: IntakeBenchOptions): Promise<IntakeBenchResult> {
  const log = options.log ?? (() => undefined);
  await ensureSeededShop(options.shopUrl, options.shopPeople, log);
  await freshBenchDatabase(options.databaseUrl);
  await runMigrations(options.databaseUrl);
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const body = (load: string) => (index: number) => ({
    type: 'access',
    email: `bench.${runId}.${load}.${index}@example.org`,
    name: 'Bench Person',
  });
  const port = await freePort();
  const env = {
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: options.databaseUrl,
    SHOP_DATABASE_URL: options.shopUrl,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: `bench-intake-${process.pid}`,
    TOKEN_SECRET: randomBytes(32).toString('hex'),
    PACKAGE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  };
  const key = await createApiKey(env, 'bench intake', ['requests:write']);
  const dataSource = await new DataSource(dataSourceOptions(options.databaseUrl)).initialize();
  const metered = (processes: () => number[], load: () => Promise<LoadResult>) =>
    meteredLoad(dataSource, options.databaseUrl, processes, load);

  const rightsdesk: IntakeLoad[] = [];
  const bare: IntakeLoad[] = [];
  const api = new AppProcess('api', env).start();
  try {
    await waitUntil(
      () =>
        fetch(`${env.PUBLIC_URL}/health`).then(
          (r) => r.ok,
          () => false,
        ),
      30_000,
      () => `api health:\n${api.output}`,
    );
    const url = `${env.PUBLIC_URL}/api/v1/requests`;
    const headers = { authorization: `Bearer ${key}` };
    for (const clients of options.clients) {
      await postLoad(url, body(`warm${clients}`), options.warmUp, clients, { headers });
      const run = await metered(
        () => childPids(process.pid, 'dist/apps/api/main.js'),
        () => postLoad(url, body(`c${clients}`), options.requests, clients, { headers }),
      );
      log(`Rightsdesk at ${clients} clients: ${describeLoad(run)}`);
      rightsdesk.push(run);
    }
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
  try {
    let ready = false;
    bareProcess.stdout.on('data', () => (ready = true));
    await waitUntil(
      () => ready,
      20_000,
      () => 'bare intake server',
    );
    const url = `http://127.0.0.1:${barePort}/`;
    for (const clients of options.clients) {
      await postLoad(url, body(`bare-warm${clients}`), options.warmUp, clients);
      const run = await metered(
        () => (bareProcess.pid === undefined ? [] : [bareProcess.pid]),
        () => postLoad(url, body(`bare${clients}`), options.requests, clients),
      );
      log(`bare insert at ${clients} clients: ${describeLoad(run)}`);
      bare.push(run);
    }
  } finally {
    bareProcess.kill('SIGTERM');
    await dataSource.destroy();
    await dropQueueKeys(options.redisUrl, env.QUEUE_PREFIX);
  }
  return {
    runs: options.clients.map((clients, index) => ({
      clients,
      rightsdesk: rightsdesk[index]!,
      bare: bare[index]!,
      ratio: rightsdesk[index]!.perSecond / bare[index]!.perSecond,
    })),
  };
}

/** A load with the CPU the server process and the database's backends spent on it. */
async function meteredLoad(
  dataSource: DataSource,
  databaseUrl: string,
  processes: () => number[],
  load: () => Promise<LoadResult>,
): Promise<IntakeLoad> {
  const meter = new CpuMeter(
    dataSource,
    [decodeURIComponent(new URL(databaseUrl).pathname.slice(1))],
    processes,
  );
  await meter.start();
  const result = await load();
  const cpu = await meter.stop();
  return {
    ...result,
    cpuMsPerRequest: {
      node: cpu.nodeMs / result.requests,
      postgres: cpu.postgresMs / result.requests,
    },
  };
}

export function describeLoad(run: IntakeLoad): string {
  const statuses = Object.entries(run.statuses)
    .map(([status, count]) => `${count} x ${status}`)
    .join(', ');
  return (
    `${run.perSecond.toFixed(0)} req/s (p50 ${run.p50Ms.toFixed(1)} ms, p95 ${run.p95Ms.toFixed(1)} ms; ` +
    `CPU per request ${run.cpuMsPerRequest.node.toFixed(2)} ms Node + ${run.cpuMsPerRequest.postgres.toFixed(2)} ms Postgres; ` +
    `${run.failures} failed of ${run.requests}${run.failures > 0 ? `: ${statuses}; first: ${run.firstFailure}` : ''})`
  );
}
