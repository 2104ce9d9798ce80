import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { runFulfilmentBench } from './fulfilment.bench';
import { runIntakeBench } from './intake.bench';
import { runLettersBench } from './letters.bench';
import { runLookupBench } from './lookup.bench';
import { runPackageBench } from './package.bench';
import { runReportsBench } from './reports.bench';
import { runQueueBench } from './queue.bench';
import { runSeedShopBench } from './seed-shop.bench';

/**
 * `npm run bench`: every benchmark, measured in one run on this machine, printed as ratios
 * against a hand-written baseline. Results also go to bench-results/latest.json (not committed).
 */
const env = process.env;
const server = (db: string) => `postgres://postgres@localhost:5432/${db}`;
const only = new Set((env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const wanted = (name: string) => only.size === 0 || only.has(name);

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    machine: { cpus: cpus().length, node: process.version },
  };

  if (wanted('seed')) {
    // Its own database: seeding wipes it, so no other benchmark relies on it.
    const seeded = await runSeedShopBench({
      databaseUrl: env.BENCH_SEED_URL ?? server('rightsdesk_shop_seed_bench'),
      sizes: [10_000],
    });
    results.seed = seeded;
    for (const run of seeded) {
      console.log(
        `seed: ${run.people.toLocaleString('en-US')} people (${run.totalRows.toLocaleString('en-US')} rows) in ${(run.elapsedMs / 1000).toFixed(1)} s, ` +
          `${run.rowsPerSecond.toLocaleString('en-US')} rows/s, ${(run.databaseBytes / 1e6).toFixed(0)} MB`,
      );
    }
  }

  if (wanted('intake')) {
    const intake = await runIntakeBench({
      databaseUrl: env.BENCH_DATABASE_URL ?? server('rightsdesk_bench'),
      shopUrl: env.BENCH_SHOP_DATABASE_URL ?? server('rightsdesk_shop_bench'),
      redisUrl: env.BENCH_REDIS_URL ?? 'redis://localhost:6379/6',
      total: Number(env.BENCH_INTAKE_REQUESTS ?? 3000),
      concurrency: 16,
    });
    results.intake = intake;
    console.log(
      `intake: Rightsdesk ${intake.rightsdesk.perSecond.toFixed(0)} req/s (p50 ${intake.rightsdesk.p50Ms.toFixed(1)} ms, p95 ${intake.rightsdesk.p95Ms.toFixed(1)} ms)` +
        ` vs bare insert ${intake.bare.perSecond.toFixed(0)} req/s (p50 ${intake.bare.p50Ms.toFixed(1)} ms): ratio ${intake.ratio.toFixed(2)}`,
    );
  }

  if (wanted('lookup')) {
    // Separate databases per size, so neither reseeds the other; seeded once, reused after.
    const sizes = [
      {
        people: 10_000,
        databaseUrl: env.BENCH_SHOP_10K_URL ?? server('rightsdesk_shop_bench_10k'),
      },
      {
        people: Number(env.BENCH_LOOKUP_PEOPLE ?? 1_000_000),
        databaseUrl: env.BENCH_SHOP_1M_URL ?? server('rightsdesk_shop_bench'),
      },
    ];
    const lookup = await runLookupBench({ sizes, log: (line) => console.log(`  ${line}`) });
    results.lookup = lookup;
    for (const size of lookup.sizes) {
      console.log(
        `lookup at ${size.people.toLocaleString('en-US')} people: connector ${size.connectorMedianMs.toFixed(1)} ms, ` +
          `hand-written SQL ${size.baselineMedianMs.toFixed(1)} ms per person (median): ratio ${size.ratio.toFixed(2)}` +
          `, index-only ${size.indexOnly ? 'yes' : `NO (${size.scans.join(', ')})`}`,
      );
    }
    const [small, large] = lookup.sizes;
    console.log(
      `lookup growth 10k -> ${large.people.toLocaleString('en-US')}: ${(large.connectorMedianMs / small.connectorMedianMs).toFixed(2)}x its own cost` +
        ` (target <= 1.5); vs SQL at the larger size ${large.ratio.toFixed(2)}x (target <= 2)`,
    );
  }

  if (wanted('fulfilment')) {
    // Requests per run; each kind for different people, every run for people no run used before.
    const share = Number(env.BENCH_FULFILMENT_REQUESTS ?? 300) / 10;
    const fulfilment = await runFulfilmentBench({
      databaseUrl: env.BENCH_FULFILMENT_URL ?? server('rightsdesk_bench_fulfilment'),
      shopUrl: env.BENCH_SHOP_100K_URL ?? server('rightsdesk_shop_bench_100k'),
      people: 100_000,
      redisUrl: env.BENCH_REDIS_URL ?? 'redis://localhost:6379/6',
      mix: {
        accessCopy: Math.round(share * 4),
        accessCategories: Math.round(share * 2),
        delete: Math.round(share * 2),
        withdrawConsent: Math.round(share * 2),
      },
      log: (line) => console.log(`  ${line}`),
    });
    results.fulfilment = fulfilment;
    const rate = (run: (typeof fulfilment)['oneWorker']) =>
      `${run.perSecond.toFixed(1)} req/s (${run.requests} in ${run.seconds.toFixed(1)} s, ` +
      `CPU ${(run.cpuMsPerRequest.node + run.cpuMsPerRequest.postgres).toFixed(0)} ms/request)`;
    console.log(
      `fulfilment at ${fulfilment.people.toLocaleString('en-US')} people: 1 worker ${rate(fulfilment.oneWorker)}, ` +
        `2 workers ${rate(fulfilment.twoWorkers)}: scaling ${fulfilment.scaling.toFixed(2)}x; ` +
        `direct loop without queues ${rate(fulfilment.direct)}: ratio ${fulfilment.oneWorkerVsDirect.toFixed(2)} (1 worker), ` +
        `${fulfilment.twoWorkersVsDirect.toFixed(2)} (2 workers)`,
    );
  }

  if (wanted('package')) {
    const pack = await runPackageBench({
      databaseUrl: env.BENCH_PACKAGE_URL ?? server('rightsdesk_bench_package'),
      shopUrl: env.BENCH_SHOP_PACKAGE_URL ?? server('rightsdesk_shop_bench_package'),
      people: 10_000,
      redisUrl: env.BENCH_REDIS_URL ?? 'redis://localhost:6379/6',
      log: (line) => console.log(`  ${line}`),
    });
    results.package = pack;
    console.log(
      `package of ${pack.heavy.rows.toLocaleString('en-US')} rows: built in ${(pack.heavy.buildMs / 1000).toFixed(1)} s ` +
        `(${pack.heavy.packageMb.toFixed(1)} MB sealed ZIP), COPY of the same rows ${(pack.copy.ms / 1000).toFixed(2)} s: ratio ${pack.ratio.toFixed(1)}; ` +
        `peak RSS ${pack.heavy.peakRssMb.toFixed(0)} MB (ordinary customer's package: ${pack.ordinary.peakRssMb.toFixed(0)} MB), ` +
        `peak heap ${pack.heavy.peakHeapMb.toFixed(0)} MB (${pack.ordinary.peakHeapMb.toFixed(0)} MB)`,
    );
  }

  if (wanted('letters')) {
    const letters = await runLettersBench({
      databaseUrl: env.BENCH_LETTERS_URL ?? server('rightsdesk_bench_letters'),
      letters: Number(env.BENCH_LETTERS ?? 1000),
      outDir: 'bench-results',
      log: (line) => console.log(`  ${line}`),
    });
    results.letters = letters;
    const { batch, plain } = letters;
    console.log(
      `letters: batch of ${letters.letters.toLocaleString('en-US')} (${batch.pages.toLocaleString('en-US')} pages, ${(batch.bytes / 1e6).toFixed(1)} MB) ` +
        `in ${(batch.ms / 1000).toFixed(1)} s, ${batch.lettersPerSecond.toFixed(0)} letters/s, peak RSS ${batch.peakRssMb.toFixed(0)} MB ` +
        `(+${(batch.peakRssMb - batch.rssBeforeMb).toFixed(0)} MB); plain paragraphs ${(plain.ms / 1000).toFixed(1)} s ` +
        `(${plain.pages.toLocaleString('en-US')} pages, peak RSS ${plain.peakRssMb.toFixed(0)} MB): ratio ${letters.ratio.toFixed(2)}; ` +
        `qpdf --check ${batch.qpdfCheck ? 'pass' : 'FAIL'}`,
    );
  }

  if (wanted('reports')) {
    const reports = await runReportsBench({
      databaseUrl: env.BENCH_REPORTS_URL ?? server('rightsdesk_bench_reports'),
      requests: Number(env.BENCH_REPORTS_REQUESTS ?? 1_000_000),
      events: Number(env.BENCH_REPORTS_EVENTS ?? 200_000),
      log: (line) => console.log(`  ${line}`),
    });
    results.reports = reports;
    console.log(
      `reports: CCPA metrics of ${reports.inYear.toLocaleString('en-US')} requests received in 2025 (of ${reports.requests.toLocaleString('en-US')}) ` +
        `in ${reports.ccpaMetricsMs.toFixed(0)} ms (California only ${reports.californiaMs.toFixed(0)} ms), ` +
        `hand-written SQL ${reports.baselineMs.toFixed(0)} ms (median): ratio ${reports.ratio.toFixed(2)}; ` +
        `figures ${reports.figuresAgree ? 'agree' : 'DIFFER'}; timeliness ${reports.timelinessMs.toFixed(0)} ms; ` +
        `audit chain of ${reports.events.toLocaleString('en-US')} events checked in ${(reports.chainCheckMs / 1000).toFixed(1)} s (${reports.chainIntact ? 'intact' : 'BROKEN'}); ` +
        (reports.seedSeconds === null
          ? 'seeded earlier'
          : `seeded in ${reports.seedSeconds.toFixed(1)} s`),
    );
  }

  if (wanted('queue')) {
    const queue = await runQueueBench({
      databaseUrl: env.BENCH_QUEUE_URL ?? server('rightsdesk_bench_queue'),
      // The api needs a shop to start; the queue never reads it, so the small one will do.
      shopUrl: env.BENCH_SHOP_10K_URL ?? server('rightsdesk_shop_bench_10k'),
      redisUrl: env.BENCH_REDIS_URL ?? 'redis://localhost:6379/6',
      total: Number(env.BENCH_QUEUE_REQUESTS ?? 100_000),
      samples: Number(env.BENCH_QUEUE_SAMPLES ?? 25),
      log: (line) => console.log(`  ${line}`),
    });
    results.queue = queue;
    console.log(
      `queue at ${queue.requests.toLocaleString('en-US')} requests: slowest median ${queue.slowestMedianMs.toFixed(1)} ms over ${queue.timings.length} views, API and page ` +
        `(target < 200 ms: ${queue.slowestMedianMs < 200 ? 'met' : 'MISSED'}); default page API ${queue.timings[0]!.apiMedianMs.toFixed(1)} ms ` +
        `vs its SQL alone ${queue.sqlMedianMs.toFixed(1)} ms: ratio ${queue.ratio.toFixed(1)}; plan uses ${queue.defaultPlanIndexes.join(', ') || 'no index'}`,
    );
  }

  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
