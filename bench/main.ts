import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { runIntakeBench } from './intake.bench';

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

  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
