import { cpus } from 'node:os';
import type { FulfilmentBenchResult, FulfilmentRun } from './fulfilment.bench';
import { describeLoad, type IntakeBenchResult } from './intake.bench';
import type { LettersBenchResult } from './letters.bench';
import type { LookupSizeResult } from './lookup.bench';
import type { PackageBenchResult } from './package.bench';
import type { QueueBenchResult } from './queue.bench';
import type { ReportsBenchResult } from './reports.bench';
import type { SeedShopBenchResult } from './seed-shop.bench';

/**
 * What `npm run bench` prints for each benchmark: its figures beside the project's targets
 * (docs/benchmarks.md lists them), and the failures that make the run exit non-zero (a request
 * that did not succeed, a check that did not pass). A missed target is printed, not a failure.
 */
export interface Summary {
  lines: string[];
  failures: string[];
}

const n = (value: number): string => value.toLocaleString('en-US');
const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');

export function seedSummary(runs: SeedShopBenchResult[]): Summary {
  return {
    lines: runs.map(
      (run) =>
        `seed: ${n(run.people)} people (${n(run.totalRows)} rows) in ${(run.elapsedMs / 1000).toFixed(1)} s, ` +
        `${n(run.rowsPerSecond)} rows/s, ${(run.databaseBytes / 1e6).toFixed(0)} MB`,
    ),
    failures: [],
  };
}

export function intakeSummary(intake: IntakeBenchResult): Summary {
  const lines: string[] = [];
  const failures: string[] = [];
  for (const run of intake.runs) {
    const targets: string[] = [];
    if (run.clients === 16) {
      const met = run.ratio >= 0.5 && run.rightsdesk.perSecond >= 700;
      targets.push(
        `target at 16 clients >= 0.5x the bare insert and >= 700 req/s: ${verdict(met)}`,
      );
    }
    if (run.clients === 64) {
      const met = run.rightsdesk.p50Ms < 50;
      targets.push(`target at 64 clients median < 50 ms: ${verdict(met)}`);
    }
    lines.push(
      `intake at ${run.clients} clients: Rightsdesk ${describeLoad(run.rightsdesk)}`,
      `  vs bare insert ${describeLoad(run.bare)}: ratio ${run.ratio.toFixed(2)}` +
        (targets.length ? `; ${targets.join('; ')}` : ''),
    );
    for (const [side, load] of [
      ['Rightsdesk', run.rightsdesk],
      ['bare insert', run.bare],
    ] as const) {
      if (load.failures > 0)
        failures.push(
          `intake at ${run.clients} clients: ${load.failures} of ${load.requests} ${side} requests failed (first: ${load.firstFailure})`,
        );
    }
  }
  return { lines, failures };
}

export function lookupSummary(lookup: { sizes: LookupSizeResult[] }): Summary {
  const lines = lookup.sizes.map(
    (size) =>
      `lookup at ${n(size.people)} people: connector ${size.connectorMedianMs.toFixed(1)} ms, ` +
      `hand-written SQL ${size.baselineMedianMs.toFixed(1)} ms per person (median): ratio ${size.ratio.toFixed(2)}` +
      `, index-only ${size.indexOnly ? 'yes' : `NO (${size.scans.join(', ')})`}; ` +
      `CPU per look-up ${size.cpuMsPerLookup.connector.toFixed(2)} ms (SQL ${size.cpuMsPerLookup.baseline.toFixed(2)} ms)`,
  );
  const [small, large] = lookup.sizes;
  if (small && large) {
    const growth = large.connectorMedianMs / small.connectorMedianMs;
    lines.push(
      `lookup growth ${n(small.people)} -> ${n(large.people)}: ${growth.toFixed(2)}x its own cost ` +
        `(target <= 1.5x: ${verdict(growth <= 1.5)}); vs SQL at ${n(large.people)} ${large.ratio.toFixed(2)}x ` +
        `(target <= 1.5x: ${verdict(large.ratio <= 1.5)})`,
    );
  }
  return { lines, failures: [] };
}

export function fulfilmentSummary(fulfilment: FulfilmentBenchResult): Summary {
  const cpu = (run: FulfilmentRun) => run.cpuMsPerRequest.node + run.cpuMsPerRequest.postgres;
  const rate = (run: FulfilmentRun) =>
    `${run.perSecond.toFixed(1)} req/s (${run.requests} in ${run.seconds.toFixed(1)} s, ` +
    `CPU ${run.cpuMsPerRequest.node.toFixed(0)} ms Node + ${run.cpuMsPerRequest.postgres.toFixed(0)} ms Postgres per request)`;
  // With every core busy, requests per second cannot pass cores / CPU per request.
  const cores = cpus().length;
  const boundPerSecond = (cores * 1000) / cpu(fulfilment.twoWorkers);
  return {
    lines: [
      `fulfilment at ${n(fulfilment.people)} people: 1 worker ${rate(fulfilment.oneWorker)}, ` +
        `2 workers ${rate(fulfilment.twoWorkers)}: scaling ${fulfilment.scaling.toFixed(2)}x; ` +
        `direct loop without queues ${rate(fulfilment.direct)}: ratio ${fulfilment.oneWorkerVsDirect.toFixed(2)} (1 worker), ` +
        `${fulfilment.twoWorkersVsDirect.toFixed(2)} (2 workers)`,
      `  on ${cores} cores the two workers' CPU per request bounds them at ${boundPerSecond.toFixed(1)} req/s: ` +
        `scaling can reach at most ${(boundPerSecond / fulfilment.oneWorker.perSecond).toFixed(2)}x here`,
    ],
    failures: [],
  };
}

export function packageSummary(pack: PackageBenchResult): Summary {
  const growth = pack.heavy.peakRssMb - pack.heavy.rssBeforeMb;
  return {
    lines: [
      `package of ${n(pack.heavy.rows)} rows: built in ${(pack.heavy.buildMs / 1000).toFixed(1)} s ` +
        `(${pack.heavy.packageMb.toFixed(1)} MB sealed ZIP, CPU ${((pack.heavy.cpuMs / Math.max(pack.heavy.rows, 1)) * 1000).toFixed(1)} µs per row), ` +
        `COPY of the same rows ${(pack.copy.ms / 1000).toFixed(2)} s: ratio ${pack.ratio.toFixed(1)} (target <= 4: ${verdict(pack.ratio <= 4)}); ` +
        `peak RSS ${pack.heavy.peakRssMb.toFixed(0)} MB, +${growth.toFixed(0)} MB during the build (target < 64 MB: ${verdict(growth < 64)}; ` +
        `ordinary customer's package: ${pack.ordinary.peakRssMb.toFixed(0)} MB), ` +
        `peak heap ${pack.heavy.peakHeapMb.toFixed(0)} MB (${pack.ordinary.peakHeapMb.toFixed(0)} MB)`,
    ],
    failures: [],
  };
}

export function lettersSummary(letters: LettersBenchResult): Summary {
  const { batch, plain } = letters;
  // The project's target is for a batch of 3,000: judged only at that size or more.
  const target =
    letters.letters >= 3000
      ? `target < 300 MB and < 60 s: ${verdict(batch.peakRssMb < 300 && batch.ms < 60_000)}`
      : 'target < 300 MB and < 60 s for 3,000 letters: not judged at this size';
  return {
    lines: [
      `letters: batch of ${n(letters.letters)} (${n(batch.pages)} pages, ${(batch.bytes / 1e6).toFixed(1)} MB) ` +
        `in ${(batch.ms / 1000).toFixed(1)} s, ${batch.lettersPerSecond.toFixed(0)} letters/s, ` +
        `CPU ${(batch.cpuMs / letters.letters).toFixed(1)} ms per letter, peak RSS ${batch.peakRssMb.toFixed(0)} MB ` +
        `(+${(batch.peakRssMb - batch.rssBeforeMb).toFixed(0)} MB) (${target}); plain paragraphs ${(plain.ms / 1000).toFixed(1)} s ` +
        `(${n(plain.pages)} pages, peak RSS ${plain.peakRssMb.toFixed(0)} MB): ratio ${letters.ratio.toFixed(2)}; ` +
        `qpdf --check ${batch.qpdfCheck ? 'pass' : 'FAIL'}`,
    ],
    failures: batch.qpdfCheck ? [] : [`letters: the batch PDF fails qpdf --check (${batch.path})`],
  };
}

export function reportsSummary(reports: ReportsBenchResult): Summary {
  // The target is for a year of 12,000,000 requests; this run's year is smaller.
  const projectedS = ((reports.ccpaMetricsMs / Math.max(reports.inYear, 1)) * 12_000_000) / 1000;
  const failures: string[] = [];
  if (!reports.figuresAgree)
    failures.push('reports: CCPA figures differ from the hand-written SQL');
  if (!reports.chainIntact) failures.push('reports: the audit chain check says BROKEN');
  return {
    lines: [
      `reports: CCPA metrics of ${n(reports.inYear)} requests received in 2025 (of ${n(reports.requests)}) ` +
        `in ${reports.ccpaMetricsMs.toFixed(0)} ms (California only ${reports.californiaMs.toFixed(0)} ms; ` +
        `CPU of this process ${reports.cpuMs.ccpaMetricsPerCall.toFixed(0)} ms per call), ` +
        `hand-written SQL ${reports.baselineMs.toFixed(0)} ms (median): ratio ${reports.ratio.toFixed(2)}; ` +
        `figures ${reports.figuresAgree ? 'agree' : 'DIFFER'}; timeliness ${reports.timelinessMs.toFixed(0)} ms; ` +
        `about ${projectedS.toFixed(0)} s for 12,000,000 by proportion (target < 30 s: ${verdict(projectedS < 30)})`,
      `  audit chain of ${n(reports.events)} events checked in ${(reports.chainCheckMs / 1000).toFixed(1)} s ` +
        `(${reports.chainIntact ? 'intact' : 'BROKEN'}; CPU ${reports.cpuMs.chainCheckPerThousandEvents.toFixed(0)} ms per 1,000 events); ` +
        (reports.seedSeconds === null
          ? 'seeded earlier'
          : `seeded in ${reports.seedSeconds.toFixed(1)} s`),
    ],
    failures,
  };
}

export function queueSummary(queue: QueueBenchResult): Summary {
  return {
    lines: [
      `queue at ${n(queue.requests)} requests: slowest median ${queue.slowestMedianMs.toFixed(1)} ms over ${queue.timings.length} views, API and page ` +
        `(target < 100 ms for every view, at 1,000,000 requests: ${verdict(queue.slowestMedianMs < 100)} at this size); ` +
        `default page API ${queue.timings[0]!.apiMedianMs.toFixed(1)} ms vs its SQL alone ${queue.sqlMedianMs.toFixed(1)} ms: ` +
        `ratio ${queue.ratio.toFixed(1)}; plan uses ${queue.defaultPlanIndexes.join(', ') || 'no index'}; ` +
        `CPU per GET ${queue.cpuMsPerGet.node.toFixed(1)} ms Node + ${queue.cpuMsPerGet.postgres.toFixed(1)} ms Postgres`,
    ],
    failures: [],
  };
}
