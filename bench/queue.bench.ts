import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@rightsdesk/config';
import { OPEN_STATUSES } from '@rightsdesk/domain';
import { StaffUser, dataSourceOptions, runMigrations } from '@rightsdesk/persistence';
import { UNVERIFIED_STATUSES, encodeCursor } from '@rightsdesk/review';
import { STAFF_SETTINGS, StaffRecordsModule, StaffSessions, hashPassword } from '@rightsdesk/staff';
import { staffSettingsFrom } from '../apps/api/src/console/console-settings';
import { AppProcess, freePort, waitUntil } from '../test/support/app-processes';
import { transactionalModuleOver } from '../test/support/transaction-host';
import { createApiKey } from './support/api-key';
import { freshBenchDatabase } from './support/bench-database';
import { childPids, CpuMeter } from './support/cpu-meter';
import { median, percentile } from './support/load';
import { dropQueueKeys } from './support/queue-keys';
import { seedQueueRequests } from './support/queue-requests';
import { ensureSeededShop } from './support/seeded-shop';

export interface QueueTiming {
  scenario: string;
  query: string;
  rows: number;
  apiMedianMs: number;
  apiP95Ms: number;
  pageMedianMs: number;
  pageP95Ms: number;
}

export interface QueueBenchResult {
  requests: number;
  samples: number;
  timings: QueueTiming[];
  /** The default page's SQL alone, through pg, in this process. */
  sqlMedianMs: number;
  /** Index the planner used for the default page (EXPLAIN). */
  defaultPlanIndexes: string[];
  /** API median of the default page over the SQL alone. */
  ratio: number;
  slowestMedianMs: number;
  /** CPU per GET while timed (both surfaces, every view): the api process, and Postgres. */
  cpuMsPerGet: { node: number; postgres: number };
}

/**
 * The review queue at 100,000 requests (under 100 ms median for every view): the built api's
 * GET /api/v1/requests and the console's GET /console/requests, each filter and search the
 * officers use, a page deep in the list by cursor; against the default page's SQL alone.
 */
export async function runQueueBench(options: {
  databaseUrl: string;
  shopUrl: string;
  shopPeople: number;
  redisUrl: string;
  total: number;
  samples: number;
  log: (line: string) => void;
}): Promise<QueueBenchResult> {
  await ensureSeededShop(options.shopUrl, options.shopPeople, options.log);
  const officers = await prepareDatabase(options.databaseUrl, options.total, options.log);
  const tokenKey = randomBytes(32).toString('hex');
  const port = await freePort();
  const env = {
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: options.databaseUrl,
    SHOP_DATABASE_URL: options.shopUrl,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: `bench-queue-${process.pid}`,
    TOKEN_SECRET: tokenKey,
    PACKAGE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  };
  const dataSource = await new DataSource(dataSourceOptions(options.databaseUrl)).initialize();
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
    const key = await createApiKey(env, 'bench queue', ['requests:read']);
    const sessions = (
      await transactionalModuleOver(dataSource, {
        imports: [StaffRecordsModule],
        providers: [
          StaffSessions,
          { provide: STAFF_SETTINGS, useValue: staffSettingsFrom(loadConfig(env)) },
        ],
      })
    ).get(StaffSessions);
    const { token } = await sessions.start(officers[0]!);
    const [sample] = (await dataSource.query(
      `SELECT r.reference, s.email FROM requests r JOIN subject_identities s ON s.id = r.subject_id
        WHERE r.status = 'completed' ORDER BY r.received_at LIMIT 1 OFFSET $1`,
      [Math.floor(options.total / 2)],
    )) as Array<{ reference: string; email: string }>;
    const [middle] = (await dataSource.query(
      `SELECT id, due_at FROM requests ORDER BY due_at, id LIMIT 1 OFFSET $1`,
      [Math.floor(options.total / 2)],
    )) as Array<{ id: string; due_at: Date }>;
    const deep = encodeCursor({ at: middle!.due_at.toISOString(), id: middle!.id });
    const scenarios: Array<[string, string]> = [
      ['default (open, verified, by due date)', ''],
      ['type and law', '?type=delete&regime=gdpr'],
      ['overdue', '?overdue=true'],
      ['one officer, due within 7 days', `?assignee=${officers[1]}&dueWithinDays=7`],
      ['search by email', `?state=all&q=${encodeURIComponent(sample!.email)}`],
      ['search by reference', `?state=all&q=${sample!.reference.toLowerCase()}`],
      ['closed, newest first', '?state=closed&sort=received'],
      ['page 1,000 of all (by cursor)', `?state=all&cursor=${deep}`],
    ];
    const timings: QueueTiming[] = [];
    const meter = new CpuMeter(
      dataSource,
      [decodeURIComponent(new URL(options.databaseUrl).pathname.slice(1))],
      () => childPids(process.pid, 'dist/apps/api/main.js'),
    );
    await meter.start();
    for (const [scenario, query] of scenarios) {
      const apiUrl = `${env.PUBLIC_URL}/api/v1/requests${query}`;
      const pageUrl = `${env.PUBLIC_URL}/console/requests${query}`;
      const apiTimes = await timeGets(apiUrl, { authorization: `Bearer ${key}` }, options.samples);
      const pageTimes = await timeGets(pageUrl, { cookie: `rd_staff=${token}` }, options.samples);
      const body = (await (
        await fetch(apiUrl, { headers: { authorization: `Bearer ${key}` } })
      ).json()) as { rows: unknown[] };
      const timing: QueueTiming = {
        scenario,
        query,
        rows: body.rows.length,
        apiMedianMs: median(apiTimes.times),
        apiP95Ms: percentile(
          [...apiTimes.times].sort((a, b) => a - b),
          0.95,
        ),
        pageMedianMs: median(pageTimes.times),
        pageP95Ms: percentile(
          [...pageTimes.times].sort((a, b) => a - b),
          0.95,
        ),
      };
      timings.push(timing);
      options.log(
        `${scenario}: ${timing.rows} rows; API p50 ${timing.apiMedianMs.toFixed(1)} ms (p95 ${timing.apiP95Ms.toFixed(1)}), page p50 ${timing.pageMedianMs.toFixed(1)} ms (p95 ${timing.pageP95Ms.toFixed(1)})`,
      );
    }
    const cpu = await meter.stop();
    // timeGets sends three warm-up GETs besides the samples, and one more fetches the rows.
    const gets = scenarios.length * 2 * (options.samples + 3) + scenarios.length;
    const { sqlMedianMs, indexes } = await defaultPageSql(options.databaseUrl, options.samples);
    const slowestMedianMs = Math.max(...timings.flatMap((t) => [t.apiMedianMs, t.pageMedianMs]));
    return {
      requests: options.total,
      samples: options.samples,
      timings,
      sqlMedianMs,
      defaultPlanIndexes: indexes,
      ratio: timings[0]!.apiMedianMs / sqlMedianMs,
      slowestMedianMs,
      cpuMsPerGet: { node: cpu.nodeMs / gets, postgres: cpu.postgresMs / gets },
    };
  } finally {
    await api.stop();
    await dataSource.destroy();
    await dropQueueKeys(options.redisUrl, env.QUEUE_PREFIX);
  }
}

/** Seeded once: a later run reuses the 100,000 requests and their officers. */
async function prepareDatabase(
  url: string,
  total: number,
  log: (line: string) => void,
): Promise<string[]> {
  await runMigrations(url).catch(() => undefined);
  const client = new Client({ connectionString: url });
  await client.connect();
  const existing = await client
    .query(
      `SELECT (SELECT count(*)::int FROM requests) AS requests, (SELECT array_agg(id ORDER BY email) FROM staff_users WHERE role = 'privacy_officer') AS officers`,
    )
    .then(
      (result) => result.rows[0] as { requests: number; officers: string[] | null },
      () => null,
    );
  await client.end();
  if (existing && existing.requests === total && existing.officers?.length === 5)
    return existing.officers;

  log(`seeding ${total.toLocaleString('en-US')} requests`);
  await freshBenchDatabase(url);
  await runMigrations(url);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const passwordHash = await hashPassword(randomBytes(16).toString('hex'));
    const officers = await dataSource.getRepository(StaffUser).save(
      [1, 2, 3, 4, 5].map((n) => ({
        email: `officer.${n}@bench.example.com`,
        name: `Bench Officer ${n}`,
        role: 'privacy_officer' as const,
        passwordHash,
      })),
    );
    const ids = officers.map((officer) => officer.id).sort();
    await seedQueueRequests(url, total, ids);
    return (await dataSource.query(`SELECT id FROM staff_users ORDER BY email`)).map(
      (row: { id: string }) => row.id,
    );
  } finally {
    await dataSource.destroy();
  }
}

async function timeGets(url: string, headers: Record<string, string>, samples: number) {
  const times: number[] = [];
  for (let index = 0; index < samples + 3; index++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    // The first three warm the connection pool and the plan cache.
    if (index >= 3) times.push(performance.now() - started);
  }
  return { times };
}

/** The default page written by hand: open, verified requests by due date, 51 rows. */
async function defaultPageSql(url: string, samples: number) {
  const statuses = OPEN_STATUSES.filter((status) => !UNVERIFIED_STATUSES.includes(status))
    .map((status) => `'${status}'`)
    .join(', ');
  const sql = `SELECT r.id, r.reference, r.type, r.status, r.due_at, s.email, s.name
    FROM requests r JOIN subject_identities s ON s.id = r.subject_id
    WHERE r.status IN (${statuses}) ORDER BY r.due_at, r.id LIMIT 51`;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const times: number[] = [];
    for (let index = 0; index < samples + 3; index++) {
      const started = performance.now();
      await client.query(sql);
      if (index >= 3) times.push(performance.now() - started);
    }
    const plan = JSON.stringify((await client.query(`EXPLAIN (FORMAT JSON) ${sql}`)).rows[0]);
    const indexes = [
      ...new Set([...plan.matchAll(/"Index Name":\s*"([^"]+)"/g)].map((match) => match[1]!)),
    ];
    return { sqlMedianMs: median(times), indexes };
  } finally {
    await client.end();
  }
}
