import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { runFulfilmentBench } from './fulfilment.bench';
import { runIntakeBench } from './intake.bench';
import { runLettersBench } from './letters.bench';
import { runLookupBench } from './lookup.bench';
import { runPackageBench } from './package.bench';
import { runReportsBench } from './reports.bench';
import { runQueueBench } from './queue.bench';
import { runSeedShopBench } from './seed-shop.bench';
import { benchSettings } from './support/bench-settings';
import { loadAverage, nodeCpuMs } from './support/machine-load';
import * as summaries from './summaries';

/**
 * `npm run bench`: every benchmark, measured in one run on this machine, printed as ratios
 * against a hand-written baseline beside the project's targets. Each benchmark creates what it
 * needs; one that throws, a request that fails or a figure that is missing makes the run exit 1
 * after the others have run. Results go to bench-results/latest.json (not committed), each with
 * the load average and the CPU the Node processes spent.
 */
const settings = benchSettings();
const log = (line: string) => console.log(`  ${line}`);

interface Benchmark {
  name: string;
  run: () => Promise<unknown>;
  summary: (result: never) => summaries.Summary;
}

const benchmarks: Benchmark[] = [
  {
    name: 'seed',
    run: () =>
      runSeedShopBench({ databaseUrl: settings.seed.databaseUrl, sizes: [settings.seed.people] }),
    summary: summaries.seedSummary,
  },
  {
    name: 'intake',
    run: () => runIntakeBench({ ...settings.intake, redisUrl: settings.redisUrl, log }),
    summary: summaries.intakeSummary,
  },
  {
    name: 'lookup',
    run: () => runLookupBench({ sizes: settings.lookup, log }),
    summary: summaries.lookupSummary,
  },
  {
    name: 'fulfilment',
    run: () => {
      // Requests per run; each kind for different people, every run for people no run used before.
      const share = settings.fulfilment.requests / 10;
      return runFulfilmentBench({
        ...settings.fulfilment,
        redisUrl: settings.redisUrl,
        mix: {
          accessCopy: Math.round(share * 4),
          accessCategories: Math.round(share * 2),
          delete: Math.round(share * 2),
          withdrawConsent: Math.round(share * 2),
        },
        log,
      });
    },
    summary: summaries.fulfilmentSummary,
  },
  {
    name: 'package',
    run: () => runPackageBench({ ...settings.package, redisUrl: settings.redisUrl, log }),
    summary: summaries.packageSummary,
  },
  {
    name: 'letters',
    run: () => runLettersBench({ ...settings.letters, outDir: 'bench-results', log }),
    summary: summaries.lettersSummary,
  },
  {
    name: 'reports',
    run: () => runReportsBench({ ...settings.reports, log }),
    summary: summaries.reportsSummary,
  },
  {
    name: 'queue',
    run: () =>
      runQueueBench({
        ...settings.queue,
        total: settings.queue.requests,
        redisUrl: settings.redisUrl,
        log,
      }),
    summary: summaries.queueSummary,
  },
];

/** Numbers that came out NaN or infinite (a division by a missing figure), by path. */
function missingFigures(value: unknown, path: string): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (value === undefined) return [`${path} is missing`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => missingFigures(inner, `${path}.${key}`));
}

async function main(): Promise<void> {
  const wanted = benchmarks.filter(
    (bench) => settings.only.size === 0 || settings.only.has(bench.name),
  );
  const results: Record<string, unknown> = {
    machine: { cpus: cpus().length, node: process.version, smoke: settings.smoke },
  };
  const problems: string[] = [];
  console.log(
    `bench${settings.smoke ? ' (smoke: tiny sizes, figures not to be judged)' : ''}: ${wanted.map((b) => b.name).join(', ')}; ` +
      `${cpus().length} cores, load average ${loadAverage().join(' ')}`,
  );
  for (const bench of wanted) {
    const loadBefore = loadAverage();
    const cpuBefore = nodeCpuMs();
    const started = performance.now();
    let result: unknown;
    try {
      result = await bench.run();
    } catch (error) {
      problems.push(`${bench.name}: ${(error as Error).stack ?? String(error)}`);
      console.error(`${bench.name}: FAILED\n${(error as Error).stack ?? String(error)}`);
      continue;
    }
    const machine = {
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAverage(),
      seconds: (performance.now() - started) / 1000,
      /** This process and the processes it started and stopped (api, workers, children). */
      nodeCpuSeconds: (nodeCpuMs() - cpuBefore) / 1000,
    };
    results[bench.name] = { result, machine };
    const { lines, failures } = bench.summary(result as never);
    for (const line of lines) console.log(line);
    console.log(
      `  (${bench.name}: ${machine.seconds.toFixed(0)} s, load average ${loadBefore[0]} -> ${machine.loadAverageAfter[0]}, ` +
        `Node CPU ${machine.nodeCpuSeconds.toFixed(1)} s in all)`,
    );
    const missing = [
      ...missingFigures(result, bench.name),
      ...lines.filter((line) => /\bNaN\b|\bundefined\b|Infinity/.test(line)),
    ];
    problems.push(
      ...failures.map((failure) => `${bench.name}: ${failure}`),
      ...missing.map((figure) => `${bench.name}: figure missing: ${figure}`),
    );
  }

  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
  if (problems.length > 0) {
    console.error(
      `\nbench FAILED (${problems.length}):\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`\nbench: ${wanted.length} benchmark(s) complete, no request failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
