import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { readDataMapFile } from '@rightsdesk/data-map';
import { SourceRegistry } from '@rightsdesk/fulfilment';
import { runMigrations } from '@rightsdesk/persistence';
import { approveRequests, BenchDesk } from './support/approved-requests';
import { freshBenchDatabase } from './support/bench-database';
import { databaseSystemsMap } from './support/database-systems-map';
import { CopyBaselineResult, copyPersonRows } from './support/copy-baseline';
import { ensureHeavyPerson } from './support/heavy-person';
import { median } from './support/load';
import { dropQueueKeys } from './support/queue-keys';
import { ensureSeededShop } from './support/seeded-shop';

export interface PackageBenchOptions {
  /** Rightsdesk's database: dropped and created again every run. */
  databaseUrl: string;
  /** A shop of its own: seeded once, then one customer is given 200,000 more rows. */
  shopUrl: string;
  people: number;
  /** Sessions (each with 19 page views) given to the heavy customer: 10,000 = 200,000 rows. */
  heavySessions: number;
  redisUrl: string;
  /** Timed COPY runs; the median is reported. Default 3. */
  copyRepeats?: number;
  log?: (line: string) => void;
}

/** What the child process that built one package measured (bench/support/build-access-package.ts). */
export interface PackageBuild {
  buildMs: number;
  rows: number;
  packageMb: number;
  chunks: number;
  rssBeforeMb: number;
  peakRssMb: number;
  heapBeforeMb: number;
  peakHeapMb: number;
  highWaterRssMb: number;
  /** CPU (user + system) the build process spent in the build. */
  cpuMs: number;
}

export interface PackageBenchResult {
  /** The heavy person's package and, for comparison of memory, an ordinary customer's. */
  heavy: PackageBuild;
  ordinary: PackageBuild;
  copy: CopyBaselineResult;
  /** Package build time / COPY time. */
  ratio: number;
}

const ROOT = resolve(__dirname, '..');

/**
 * One access package for a person with 200,000 rows, built by the worker's use case (locate,
 * stream every table twice as JSON and CSV into a ZIP, sealed into 1 MiB encrypted chunks in
 * Postgres) in a child process whose memory is sampled, against COPY streaming the same rows
 * out of Postgres. An ordinary customer's package is built the same way first: the heavy
 * person's peak memory should be close to it, not proportional to the rows.
 */
export async function runPackageBench(options: PackageBenchOptions): Promise<PackageBenchResult> {
  const log = options.log ?? (() => undefined);
  await ensureSeededShop(options.shopUrl, options.people, log);
  const people = await ensureHeavyPerson(options.shopUrl, log, options.heavySessions);
  const desk: BenchDesk = {
    databaseUrl: options.databaseUrl,
    shopUrl: options.shopUrl,
    redisUrl: options.redisUrl,
    queuePrefix: `bench-package-${process.pid}`,
    packageKey: randomBytes(32),
    tokenKey: randomBytes(32),
    dataMapPath: databaseSystemsMap(),
  };
  await freshBenchDatabase(desk.databaseUrl);
  await runMigrations(desk.databaseUrl);
  let ordinary: PackageBuild;
  let heavy: PackageBuild;
  try {
    const [ordinaryId, heavyId] = await approveRequests(desk, [
      { type: 'access', scope: 'copy', email: people.light },
      { type: 'access', scope: 'copy', email: people.heavy },
    ]);
    ordinary = await buildInChild(desk, ordinaryId);
    log(`ordinary customer: ${describe(ordinary)}`);
    heavy = await buildInChild(desk, heavyId);
    log(`heavy customer: ${describe(heavy)}`);
  } finally {
    await dropQueueKeys(desk.redisUrl, desk.queuePrefix);
  }

  const urls = { shop: options.shopUrl, analytics: analyticsDatabaseUrlFor(options.shopUrl) };
  const sources = new SourceRegistry(await readDataMapFile(desk.dataMapPath), urls);
  const copies: CopyBaselineResult[] = [];
  try {
    for (let run = 0; run < (options.copyRepeats ?? 3); run += 1) {
      copies.push(await copyPersonRows(sources, urls, people.heavy));
    }
  } finally {
    await sources.close();
  }
  const copy = copies.find((run) => run.ms === median(copies.map((one) => one.ms))) ?? copies[0];
  log(
    `COPY of the same rows: ${copy.rows.toLocaleString('en-US')} rows, ${(copy.bytes / 1024 / 1024).toFixed(1)} MB in ${copy.ms.toFixed(0)} ms (median of ${copies.length})`,
  );
  if (copy.rows !== heavy.rows) {
    throw new Error(`COPY streamed ${copy.rows} rows, the package holds ${heavy.rows}`);
  }
  return { heavy, ordinary, copy, ratio: heavy.buildMs / copy.ms };
}

async function buildInChild(desk: BenchDesk, requestId: string): Promise<PackageBuild> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '-r',
      '@swc-node/register',
      resolve(__dirname, 'support/build-access-package.ts'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: desk.databaseUrl,
        SHOP_DATABASE_URL: desk.shopUrl,
        PACKAGE_ENCRYPTION_KEY: desk.packageKey.toString('hex'),
        DATA_MAP_PATH: desk.dataMapPath,
        REQUEST_ID: requestId,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`the package build exited with ${code}: ${output}`);
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as PackageBuild;
}

function describe(build: PackageBuild): string {
  return (
    `${build.rows.toLocaleString('en-US')} rows, package ${build.packageMb.toFixed(1)} MB in ${build.buildMs.toFixed(0)} ms; ` +
    `RSS ${build.rssBeforeMb.toFixed(0)} MB before, peak ${build.peakRssMb.toFixed(0)} MB during the build ` +
    `(+${(build.peakRssMb - build.rssBeforeMb).toFixed(0)} MB) ` +
    `(VmHWM ${build.highWaterRssMb.toFixed(0)} MB); heap ${build.heapBeforeMb.toFixed(0)} -> peak ${build.peakHeapMb.toFixed(0)} MB; ` +
    `CPU ${build.cpuMs.toFixed(0)} ms (${((build.cpuMs / Math.max(build.rows, 1)) * 1000).toFixed(1)} µs per row)`
  );
}
