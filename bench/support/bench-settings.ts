/**
 * What one `npm run bench` measures and where: database names, Redis, and every benchmark's
 * sizes, read once from the environment.
 *
 * - BENCH_SMOKE=1 (or `npm run bench -- --smoke`): every benchmark at a tiny size, in databases
 *   of their own (the prefix gains `_smoke`), so CI proves the harness runs in about a minute
 *   without touching a full run's seeded databases. Its figures are not timings to judge.
 * - BENCH_DATABASE_PREFIX (default `rightsdesk`): every database is `<prefix>_<name>`, so two
 *   people benchmarking on one server do not drop each other's databases.
 * - BENCH_POSTGRES_URL (default postgres://postgres@localhost:5432): the server.
 * - BENCH_REDIS_URL (default redis://localhost:6379/6); BENCH_ONLY=intake,lookup,... a subset.
 */
export interface BenchSettings {
  smoke: boolean;
  redisUrl: string;
  only: ReadonlySet<string>;
  seed: { databaseUrl: string; people: number };
  intake: {
    databaseUrl: string;
    shopUrl: string;
    shopPeople: number;
    requests: number;
    warmUp: number;
    /** Requests in flight at once; one load per entry. */
    clients: number[];
  };
  lookup: { people: number; databaseUrl: string }[];
  fulfilment: { databaseUrl: string; shopUrl: string; people: number; requests: number };
  package: { databaseUrl: string; shopUrl: string; people: number; heavySessions: number };
  letters: { databaseUrl: string; letters: number };
  reports: { databaseUrl: string; requests: number; events: number; repeats: number };
  queue: {
    databaseUrl: string;
    shopUrl: string;
    shopPeople: number;
    requests: number;
    samples: number;
  };
}

/** The shop every benchmark that needs one only to start the api uses (also lookup's smaller). */
const SMALL_SHOP = 'shop_bench_10k';

export function benchSettings(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv,
): BenchSettings {
  const smoke = env.BENCH_SMOKE === '1' || argv.includes('--smoke');
  const prefix = `${env.BENCH_DATABASE_PREFIX ?? 'rightsdesk'}${smoke ? '_smoke' : ''}`;
  if (!/^[a-z][a-z0-9_]*$/.test(prefix)) {
    throw new Error(`BENCH_DATABASE_PREFIX "${prefix}" may only hold a-z, 0-9 and "_"`);
  }
  const server = (env.BENCH_POSTGRES_URL ?? 'postgres://postgres@localhost:5432').replace(
    /\/+$/,
    '',
  );
  const database = (name: string): string => `${server}/${prefix}_${name}`;
  // Full sizes as measured in docs/benchmarks.md, or the smoke run's tiny ones.
  const size = (full: number, tiny: number, variable?: string): number =>
    smoke ? tiny : Number((variable && env[variable]) || full);
  const smallShop = size(10_000, 500);
  return {
    smoke,
    redisUrl: env.BENCH_REDIS_URL ?? 'redis://localhost:6379/6',
    only: new Set((env.BENCH_ONLY ?? '').split(',').filter(Boolean)),
    // Its own database: seeding wipes it, so no other benchmark relies on it.
    seed: { databaseUrl: database('shop_seed_bench'), people: size(10_000, 1_000) },
    intake: {
      databaseUrl: database('bench'),
      shopUrl: database(SMALL_SHOP),
      shopPeople: smallShop,
      requests: size(3_000, 64, 'BENCH_INTAKE_REQUESTS'),
      warmUp: size(200, 16),
      clients: [16, 64],
    },
    // Separate databases per size, so neither reseeds the other; seeded once, reused after.
    lookup: [
      { people: smallShop, databaseUrl: database(SMALL_SHOP) },
      {
        people: size(1_000_000, 2_000, 'BENCH_LOOKUP_PEOPLE'),
        databaseUrl: database('shop_bench'),
      },
    ],
    fulfilment: {
      databaseUrl: database('bench_fulfilment'),
      shopUrl: database('shop_bench_100k'),
      people: size(100_000, 1_000),
      requests: size(300, 5, 'BENCH_FULFILMENT_REQUESTS'),
    },
    package: {
      databaseUrl: database('bench_package'),
      shopUrl: database('shop_bench_package'),
      people: smallShop,
      heavySessions: size(10_000, 50),
    },
    letters: { databaseUrl: database('bench_letters'), letters: size(1_000, 12, 'BENCH_LETTERS') },
    reports: {
      databaseUrl: database('bench_reports'),
      requests: size(1_000_000, 20_000, 'BENCH_REPORTS_REQUESTS'),
      events: size(200_000, 2_000, 'BENCH_REPORTS_EVENTS'),
      repeats: size(7, 1),
    },
    queue: {
      databaseUrl: database('bench_queue'),
      // The api needs a shop to start; the queue never reads it, so the small one will do.
      shopUrl: database(SMALL_SHOP),
      shopPeople: smallShop,
      requests: size(100_000, 2_000, 'BENCH_QUEUE_REQUESTS'),
      samples: size(25, 2, 'BENCH_QUEUE_SAMPLES'),
    },
  };
}
