import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { readDataMapFile } from '@rightsdesk/data-map';
import { CollectAccessPackageUseCase, SourceRegistry } from '@rightsdesk/fulfilment';
import { benchFulfilmentModule } from './fulfilment-module';
import { dataSourceOptions } from '@rightsdesk/persistence';

/**
 * Child process of the package benchmark: builds one approved access request's package with the
 * worker's use case and prints, as one JSON line, how long it took and how much memory this
 * process held: resident set and V8 heap sampled every 50 ms during the build, and the
 * kernel's high-water mark of the resident set (VmHWM) for the whole process.
 * Env: DATABASE_URL, SHOP_DATABASE_URL, PACKAGE_ENCRYPTION_KEY, DATA_MAP_PATH, REQUEST_ID.
 */
const env = process.env as Record<string, string>;
const MB = 1024 * 1024;

async function main(): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(env.DATABASE_URL)).initialize();
  const sources = new SourceRegistry(await readDataMapFile(env.DATA_MAP_PATH), {
    shop: env.SHOP_DATABASE_URL,
    analytics: env.ANALYTICS_DATABASE_URL ?? analyticsDatabaseUrlFor(env.SHOP_DATABASE_URL),
  });
  const fulfilment = await benchFulfilmentModule(env, sources);
  try {
    const collect = fulfilment.get(CollectAccessPackageUseCase);
    global.gc?.(); // with --expose-gc: what is held before the build, not garbage yet to collect
    const before = process.memoryUsage();
    const peak = { rss: before.rss, heapUsed: before.heapUsed };
    // memoryUsage() walks the heap's spaces: every 50 ms costs well under 1% of the build.
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    }, 50);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await collect.execute(env.REQUEST_ID);
    const cpu = process.cpuUsage(cpuBefore);
    const buildMs = performance.now() - started;
    clearInterval(sampler);

    const [built] = (await dataSource.query(
      `SELECT row_count AS rows, byte_size::bigint::float8 AS bytes, chunk_count AS chunks
       FROM access_packages WHERE request_id = $1 AND status = 'ready'`,
      [env.REQUEST_ID],
    )) as Array<{ rows: number; bytes: number; chunks: number }>;
    if (!built) throw new Error(`request ${env.REQUEST_ID} has no ready package`);
    const result = {
      buildMs,
      rows: built.rows,
      packageMb: built.bytes / MB,
      chunks: built.chunks,
      rssBeforeMb: before.rss / MB,
      peakRssMb: peak.rss / MB,
      heapBeforeMb: before.heapUsed / MB,
      peakHeapMb: peak.heapUsed / MB,
      highWaterRssMb: highWaterRssKb() / 1024,
      cpuMs: (cpu.user + cpu.system) / 1000,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await fulfilment.close();
    await sources.close();
    await dataSource.destroy();
  }
}

/** VmHWM from /proc/self/status: the most this process ever held resident, per the kernel. */
function highWaterRssKb(): number {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return Number(line?.[1] ?? 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
