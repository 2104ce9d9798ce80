import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@rightsdesk/persistence';
import { sealAuditChain } from '@rightsdesk/requests';
import {
  CcpaMetrics,
  ReportContext,
  ccpaMetrics,
  timeliness,
  verifyAuditChain,
} from '@rightsdesk/reports';
import { freshBenchDatabase } from './support/bench-database';
import { CCPA_METRICS_BASELINE_SQL } from './support/ccpa-metrics-baseline';

export interface ReportsBenchOptions {
  /** Dropped and created: its own database (<prefix>_bench_reports). */
  databaseUrl: string;
  requests: number;
  /** Sealed audit events whose chain the audit-log report checks from its first row. */
  events: number;
  /** Timed rounds (every method once per round, interleaved); medians reported. Default 7. */
  repeats?: number;
  log?: (line: string) => void;
}

export interface ReportsBenchResult {
  requests: number;
  /** Null when an earlier run's seeded database was reused. */
  seedSeconds: number | null;
  /** Requests received in 2025, the year the metrics cover. */
  inYear: number;
  ccpaMetricsMs: number;
  californiaMs: number;
  baselineMs: number;
  /** Product / baseline, same year and scope (all individuals). */
  ratio: number;
  timelinessMs: number;
  /** The product's figures equal the baseline's, type by type. */
  figuresAgree: boolean;
  events: number;
  /** verifyAuditChain over every event, as each audit-log report does. */
  chainCheckMs: number;
  chainIntact: boolean;
  /** CPU of this process (Postgres not counted): per metrics call, per 1,000 events checked. */
  cpuMs: { ccpaMetricsPerCall: number; chainCheckPerThousandEvents: number };
}

const ZONE = 'America/Los_Angeles';

/**
 * The CCPA metrics of one year over a million requests, through the product's query
 * (libs/reports ccpaMetrics), against a hand-written SQL aggregation computing the same figures
 * on the same data (bench/support/ccpa-metrics-baseline.ts). Requests are seeded in Postgres with
 * INSERT … SELECT generate_series, deterministically (the mix follows the row number).
 */
export async function runReportsBench(options: ReportsBenchOptions): Promise<ReportsBenchResult> {
  const log = options.log ?? (() => undefined);
  // Seeded once: a later run reuses the database while it holds exactly this many requests.
  let seedSeconds: number | null = null;
  if ((await seededRequests(options.databaseUrl)) !== options.requests) {
    await freshBenchDatabase(options.databaseUrl);
    await runMigrations(options.databaseUrl);
  }
  const db = await new DataSource(dataSourceOptions(options.databaseUrl)).initialize();
  try {
    if ((await seededRequests(options.databaseUrl)) !== options.requests) {
      const seedStart = performance.now();
      await seed(db, options.requests);
      seedSeconds = (performance.now() - seedStart) / 1000;
      log(
        `seeded ${options.requests.toLocaleString('en-US')} requests in ${seedSeconds.toFixed(1)} s`,
      );
    } else {
      log(`reusing ${options.requests.toLocaleString('en-US')} seeded requests`);
    }
    const context: ReportContext = { db, timeZone: ZONE, companyName: 'Bench', now: new Date() };
    // Interleaved, so load from other work on the machine falls on every method alike.
    let product: CcpaMetrics | undefined;
    let baseline: BaselineRow[] = [];
    const { medians, cpuMsPerCall } = await interleavedMedians(options.repeats ?? 7, [
      async () => {
        product = await ccpaMetrics(context, 2025, 'all');
      },
      () => ccpaMetrics(context, 2025, 'california'),
      async () => {
        baseline = (await db.query(CCPA_METRICS_BASELINE_SQL, [ZONE])) as BaselineRow[];
      },
      () => timeliness(context, { from: '2025-01-01', to: '2025-12-31' }),
    ]);
    const [productMs, californiaMs, baselineMs, timelinessMs] = medians as [
      number,
      number,
      number,
      number,
    ];
    const [{ count }] = (await db.query(
      `SELECT count(*)::int AS count FROM requests
       WHERE type <> 'appeal' AND received_at >= '2025-01-01'::timestamp AT TIME ZONE $1
         AND received_at < '2026-01-01'::timestamp AT TIME ZONE $1`,
      [ZONE],
    )) as Array<{ count: number }>;
    await sealedEvents(db, options.events, log);
    const chainStart = performance.now();
    const chainCpu = process.cpuUsage();
    const chain = await verifyAuditChain(context);
    const chainCpuUsed = process.cpuUsage(chainCpu);
    const chainCheckMs = performance.now() - chainStart;
    return {
      events: chain.checkedRows,
      chainCheckMs,
      chainIntact: chain.intact,
      requests: options.requests,
      seedSeconds,
      inYear: count,
      ccpaMetricsMs: productMs,
      californiaMs,
      baselineMs,
      ratio: productMs / baselineMs,
      timelinessMs,
      figuresAgree: agree(product as CcpaMetrics, baseline),
      cpuMs: {
        ccpaMetricsPerCall: cpuMsPerCall[0] ?? 0,
        chainCheckPerThousandEvents:
          ((chainCpuUsed.user + chainCpuUsed.system) / 1000 / Math.max(chain.checkedRows, 1)) *
          1000,
      },
    };
  } finally {
    await db.destroy();
  }
}

interface BaselineRow {
  type: string;
  received: number;
  complied: number;
  denied: number;
  median_days: number | null;
  mean_days: number | null;
}

const TYPE_OF: Record<string, string> = {
  access: 'know',
  delete: 'delete',
  correct: 'correct',
  withdraw_consent: 'opt_out',
};

function agree(product: CcpaMetrics, baseline: BaselineRow[]): boolean {
  return baseline.every((row) => {
    const mine = product.rows.find((candidate) => candidate.type === TYPE_OF[row.type]);
    return (
      mine !== undefined &&
      mine.received === row.received &&
      mine.complied === row.complied &&
      mine.denied === row.denied &&
      mine.medianDaysToRespond === Math.round(Number(row.median_days) * 100) / 100 &&
      mine.meanDaysToRespond === Math.round(Number(row.mean_days) * 100) / 100
    );
  });
}

async function seededRequests(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ count: number }>(
      `SELECT count(*) FILTER (WHERE reference LIKE 'B-%')::int AS count FROM requests
       HAVING count(*) FILTER (WHERE type = 'appeal') > 0`,
    );
    return result.rows[0]?.count ?? null; // no appeals: seeded by an older version
  } catch {
    return null; // no database yet, or not migrated
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Audit events for the first requests, sealed by the product's sealer; kept between runs. */
async function sealedEvents(db: DataSource, events: number, log: (line: string) => void) {
  const [{ count }] = (await db.query(
    'SELECT count(*)::int AS count FROM request_events',
  )) as Array<{ count: number }>;
  if (count >= events) return;
  const start = performance.now();
  await db.query(
    `INSERT INTO request_events (request_id, at, actor, action, from_status, to_status, reason, data)
     SELECT r.id, r.received_at + g * interval '1 hour', 'worker', 'request.bench_step',
       'in_progress', 'in_progress', NULL, jsonb_build_object('step', g)
     FROM (SELECT id, received_at FROM requests ORDER BY reference LIMIT $1) r,
       generate_series(1, 4) AS g`,
    [Math.ceil((events - count) / 4)],
  );
  while ((await sealAuditChain(db, 5000)) > 0) {
    /* seal every row */
  }
  log(
    `sealed ${events.toLocaleString('en-US')} audit events in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
}

/**
 * Each method once to warm the cache and plans, then `repeats` rounds of all: median times, and
 * the mean CPU this process spent per call.
 */
async function interleavedMedians(
  repeats: number,
  methods: Array<() => Promise<unknown>>,
): Promise<{ medians: number[]; cpuMsPerCall: number[] }> {
  for (const method of methods) await method();
  const times: number[][] = methods.map(() => []);
  const cpuMs = methods.map(() => 0);
  for (let round = 0; round < repeats; round += 1) {
    for (const [index, method] of methods.entries()) {
      const start = performance.now();
      const cpuBefore = process.cpuUsage();
      await method();
      const cpu = process.cpuUsage(cpuBefore);
      times[index].push(performance.now() - start);
      cpuMs[index] += (cpu.user + cpu.system) / 1000;
    }
  }
  return {
    medians: times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]),
    cpuMsPerCall: cpuMs.map((total) => total / repeats),
  };
}

/**
 * A realistic mix, decided by the row number: four types and an appeal of one denial in ten;
 * 70% CCPA, 20% GDPR, 10% other states; 80% completed (1 in 10 in part), 8% denied on the four
 * kinds of basis, 3% expired, 3% withdrawn, 6% open; received over 2024 to 2026 (mostly 2025),
 * answered 0 to 59 days later, 5% extended.
 */
async function seed(db: DataSource, requests: number): Promise<void> {
  const [subject] = (await db.query(
    `INSERT INTO subject_identities (email) VALUES ('bench@example.org') RETURNING id`,
  )) as Array<{ id: string }>;
  await db.query(
    `INSERT INTO requests (reference, type, status, regime, manner, answer_channel, language, subject_id,
       details, received_at, due_at, due_explanation, original_due_at, completed_at, closed_at,
       complied_in_part, denial_basis)
     SELECT 'B-' || i,
       (ARRAY['access', 'access', 'delete', 'correct', 'withdraw_consent'])[1 + i % 5],
       s.status,
       CASE WHEN i % 10 < 7 THEN 'ccpa' WHEN i % 10 < 9 THEN 'gdpr' ELSE 'vcdpa' END,
       (ARRAY['web', 'web', 'web', 'api', 'postal', 'email', 'phone', 'agent'])[1 + i % 8],
       'email', 'en', $1, '{}', t.received,
       t.received + interval '45 days' + CASE WHEN i % 20 = 0 THEN interval '45 days' ELSE interval '0' END,
       'bench',
       CASE WHEN i % 20 = 0 THEN t.received + interval '45 days' END,
       CASE WHEN s.status = 'completed' THEN t.received + (i % 60) * interval '1 day' END,
       CASE WHEN s.status IN ('completed', 'denied', 'cancelled', 'expired')
         THEN t.received + (i % 60) * interval '1 day' END,
       s.status = 'completed' AND i % 10 = 3,
       CASE WHEN s.status = 'denied' THEN
         (ARRAY['unverifiable', 'not_a_consumer', 'exempt_trade_secret', 'manifestly unfounded'])[1 + (i / 100) % 4] END
     FROM generate_series(1::bigint, $2::bigint) AS i,
       LATERAL (SELECT CASE WHEN (i * 37) % 100 < 80 THEN 'completed'
                            WHEN (i * 37) % 100 < 88 THEN 'denied'
                            WHEN (i * 37) % 100 < 91 THEN 'expired'
                            WHEN (i * 37) % 100 < 94 THEN 'cancelled'
                            ELSE 'in_progress' END AS status) s,
       LATERAL (SELECT timestamptz '2024-10-01 00:00+00'
                  + ((i * 7919) % 525600) * interval '1 minute' * 1.4 AS received) t`,
    [subject.id, requests],
  );
  // Appeals of one denied request in ten.
  await db.query(
    `INSERT INTO requests (reference, type, status, regime, manner, answer_channel, language, subject_id,
       details, received_at, due_at, due_explanation, closed_at, completed_at, parent_request_id)
     SELECT 'AP-' || r.reference, 'appeal', 'completed', r.regime, 'web', 'email', 'en', r.subject_id,
       '{}', r.received_at + interval '10 days', r.received_at + interval '70 days', 'bench',
       r.received_at + interval '20 days', r.received_at + interval '20 days', r.id
     FROM requests r WHERE r.status = 'denied' AND r.reference LIKE 'B-%0'`,
  );
  await db.query('ANALYZE requests');
}
