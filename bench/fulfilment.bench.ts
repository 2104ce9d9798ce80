import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@rightsdesk/persistence';
import { sealAuditChain } from '@rightsdesk/requests';
import { AppProcess, waitUntil } from '../test/support/app-processes';
import {
  approveRequests,
  BenchDesk,
  BenchRequest,
  deskEnvironment,
} from './support/approved-requests';
import { freshBenchDatabase } from './support/bench-database';
import { childPids, CpuMeter } from './support/cpu-meter';
import { databaseSystemsMap } from './support/database-systems-map';
import { fulfilDirectly } from './support/direct-fulfilment';
import { RequestMix, requestsForRuns } from './support/fulfilment-people';
import { dropQueueKeys } from './support/queue-keys';
import { ensureSeededShop } from './support/seeded-shop';

export interface FulfilmentBenchOptions {
  /** Rightsdesk's database: dropped and created again for every run. */
  databaseUrl: string;
  /** The shop, seeded once with `people` people and kept (its erased people are not reused). */
  shopUrl: string;
  people: number;
  redisUrl: string;
  /** Requests per run, each for a different person. */
  mix: RequestMix;
  log?: (line: string) => void;
}

export interface FulfilmentRun {
  requests: number;
  seconds: number;
  perSecond: number;
  /** CPU per request while timed: the Node processes doing the work, and Postgres' backends. */
  cpuMsPerRequest: { node: number; postgres: number };
}

export interface DirectRun extends FulfilmentRun {
  /** Mean milliseconds one request of each kind took in the loop, e.g. "access:copy". */
  meanMsByKind: Record<string, number>;
}

export interface FulfilmentBenchResult {
  people: number;
  mix: RequestMix;
  oneWorker: FulfilmentRun;
  twoWorkers: FulfilmentRun;
  /** The same work done by the use cases in a loop in one process, without queues. */
  direct: DirectRun;
  /** twoWorkers / oneWorker throughput. */
  scaling: number;
  /** Worker throughput / direct throughput. */
  oneWorkerVsDirect: number;
  twoWorkersVsDirect: number;
}

/**
 * Fulfilment throughput: a batch of approved requests (access copies and category reports,
 * deletions, consent withdrawals, each for a different person of the shop) carried out by one
 * and by two built worker processes, timed from the moment the batch is released to the workers
 * until the last request is completed, against the same work done in a loop without queues.
 */
export async function runFulfilmentBench(
  options: FulfilmentBenchOptions,
): Promise<FulfilmentBenchResult> {
  const log = options.log ?? (() => undefined);
  await ensureSeededShop(options.shopUrl, options.people, log);
  const [forOne, forTwo, forDirect] = await requestsForRuns(options.shopUrl, options.mix, 3);
  const dataMapPath = databaseSystemsMap();
  const desk = (label: string): BenchDesk => ({
    databaseUrl: options.databaseUrl,
    shopUrl: options.shopUrl,
    redisUrl: options.redisUrl,
    queuePrefix: `bench-fulfilment-${process.pid}-${label}`,
    packageKey: randomBytes(32),
    tokenKey: randomBytes(32),
    dataMapPath,
  });

  const oneWorker = await runWithWorkers(desk('w1'), forOne, 1, log);
  const twoWorkers = await runWithWorkers(desk('w2'), forTwo, 2, log);
  const direct = await runDirectly(desk('direct'), forDirect, log);
  return {
    people: options.people,
    mix: options.mix,
    oneWorker,
    twoWorkers,
    direct,
    scaling: twoWorkers.perSecond / oneWorker.perSecond,
    oneWorkerVsDirect: oneWorker.perSecond / direct.perSecond,
    twoWorkersVsDirect: twoWorkers.perSecond / direct.perSecond,
  };
}

/**
 * Submits and approves the batch with no worker running, holds its jobs in the outbox, starts
 * the workers, then releases the jobs and waits for every request to complete. The clock runs
 * from the release (Postgres' time) to the last request's completed_at.
 */
async function runWithWorkers(
  desk: BenchDesk,
  requests: readonly BenchRequest[],
  workerCount: number,
  log: (line: string) => void,
): Promise<FulfilmentRun> {
  const { ids, dataSource } = await prepareBatch(desk, requests, log);
  const workers = Array.from(
    { length: workerCount },
    () => new AppProcess('worker', deskEnvironment(desk)),
  );
  try {
    await dataSource.query(`UPDATE outbox SET available_at = 'infinity' WHERE relayed_at IS NULL`);
    for (const worker of workers) worker.start();
    await Promise.all(workers.map((worker) => worker.waitForOutput(/worker started/)));
    const meter = meterFor(desk, dataSource, () =>
      childPids(process.pid, 'dist/apps/worker/main.js'),
    );
    await meter.start();
    const [released] = (await dataSource.query(
      `WITH released AS (
         UPDATE outbox SET available_at = now()
         WHERE job_name = 'fulfilment.start' AND relayed_at IS NULL RETURNING 1)
       SELECT extract(epoch FROM now()) * 1000 AS "atMs", (SELECT count(*) FROM released)::int AS jobs`,
    )) as Array<{ atMs: number; jobs: number }>;
    if (released.jobs !== ids.length) {
      throw new Error(`released ${released.jobs} fulfilment jobs for ${ids.length} requests`);
    }
    log(`${workerCount} worker(s): released ${ids.length} approved requests`);
    await waitUntil(
      async () => {
        const [counts] = (await dataSource.query(
          `SELECT count(*) FILTER (WHERE status = 'completed')::int AS completed,
                  count(*) FILTER (WHERE status = 'failed')::int AS failed
           FROM requests WHERE id = ANY($1)`,
          [ids],
        )) as Array<{ completed: number; failed: number }>;
        if (counts.failed > 0) {
          throw new Error(
            `${counts.failed} request(s) failed:\n${workers.map((worker) => worker.output.slice(-4000)).join('\n')}`,
          );
        }
        return counts.completed === ids.length;
      },
      600_000,
      () => `${ids.length} requests to complete`,
    );
    const cpu = await meter.stop();
    const [last] = (await dataSource.query(
      `SELECT extract(epoch FROM max(completed_at)) * 1000 AS "atMs" FROM requests WHERE id = ANY($1)`,
      [ids],
    )) as Array<{ atMs: number }>;
    const run = throughput(ids.length, Number(last.atMs) - Number(released.atMs), cpu);
    log(
      `${workerCount} worker(s): ${run.requests} requests in ${run.seconds.toFixed(1)} s, ${cpuText(run)}`,
    );
    return run;
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await dataSource.destroy();
    await dropQueueKeys(desk.redisUrl, desk.queuePrefix);
  }
}

async function runDirectly(
  desk: BenchDesk,
  requests: readonly BenchRequest[],
  log: (line: string) => void,
): Promise<DirectRun> {
  const { ids, dataSource } = await prepareBatch(desk, requests, log);
  try {
    const meter = meterFor(desk, dataSource, () => [process.pid]);
    await meter.start();
    const { elapsedMs, requestMs } = await fulfilDirectly(desk, ids);
    const cpu = await meter.stop();
    const byKind = new Map<string, number[]>();
    requests.forEach((request, index) => {
      const kind = kindOf(request);
      byKind.set(kind, [...(byKind.get(kind) ?? []), requestMs[index] ?? 0]);
    });
    const meanMsByKind = Object.fromEntries(
      [...byKind].map(([kind, ms]) => [kind, ms.reduce((sum, one) => sum + one, 0) / ms.length]),
    );
    const run = { ...throughput(ids.length, elapsedMs, cpu), meanMsByKind };
    log(
      `direct: ${run.requests} requests in ${run.seconds.toFixed(1)} s, ${cpuText(run)}; mean per request ` +
        Object.entries(meanMsByKind)
          .map(([kind, ms]) => `${kind} ${ms.toFixed(0)} ms`)
          .join(', '),
    );
    return run;
  } finally {
    await dataSource.destroy();
    await dropQueueKeys(desk.redisUrl, desk.queuePrefix);
  }
}

/**
 * A fresh Rightsdesk database with the batch submitted and approved, and the audit events of
 * intake already sealed, so the timed part does only what fulfilment causes.
 */
async function prepareBatch(
  desk: BenchDesk,
  requests: readonly BenchRequest[],
  log: (line: string) => void,
): Promise<{ ids: string[]; dataSource: DataSource }> {
  await freshBenchDatabase(desk.databaseUrl);
  await runMigrations(desk.databaseUrl);
  const ids = await approveRequests(desk, requests);
  log(`approved ${ids.length} requests (${describeMix(requests)})`);
  const dataSource = await new DataSource(dataSourceOptions(desk.databaseUrl)).initialize();
  while ((await sealAuditChain(dataSource)) > 0);
  return { ids, dataSource };
}

function throughput(
  requests: number,
  elapsedMs: number,
  cpu: { nodeMs: number; postgresMs: number },
): FulfilmentRun {
  const seconds = elapsedMs / 1000;
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    cpuMsPerRequest: { node: cpu.nodeMs / requests, postgres: cpu.postgresMs / requests },
  };
}

/** CPU of the given Node processes and of the backends serving Rightsdesk's and the shop's databases. */
function meterFor(desk: BenchDesk, dataSource: DataSource, processes: () => number[]): CpuMeter {
  const name = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
  return new CpuMeter(dataSource, [name(desk.databaseUrl), name(desk.shopUrl)], processes);
}

function describeMix(requests: readonly BenchRequest[]): string {
  const counts = new Map<string, number>();
  for (const request of requests) {
    const kind = kindOf(request);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
}

function kindOf(request: BenchRequest): string {
  return request.scope ? `${request.type}:${request.scope}` : request.type;
}

function cpuText(run: FulfilmentRun): string {
  const { node, postgres } = run.cpuMsPerRequest;
  return `CPU per request ${node.toFixed(0)} ms Node + ${postgres.toFixed(0)} ms Postgres`;
}
