import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildLocateQuery, buildSubjectQuery, PostgresConnector } from '@rightsdesk/connectors';
import { mappedSystem, readDataMapFile, type MappedSystem } from '@rightsdesk/data-map';
import { SHOP_FIXTURE_PEOPLE } from '@demo/shop';
import { Pool } from 'pg';
import { explain, tableAccess } from '../test/integration/connectors/query-plan.support';
import { runLookupBaseline } from './support/lookup-baseline';
import { ensureSeededShop } from './support/seeded-shop';

export interface LookupBenchOptions {
  /** Shops to measure, e.g. 10,000 and 1,000,000 people; each is seeded first if it differs. */
  sizes: { people: number; databaseUrl: string }[];
  dataMapPath?: string;
  /** Ordinary customers sampled per shop, besides three fixture people. Default 5. */
  sample?: number;
  /** Timed runs per person and method; the median is reported. Default 7. */
  repeats?: number;
  /** Seed a shop that differs from the wanted population (default true); false throws instead. */
  seed?: boolean;
  log?: (line: string) => void;
}

export interface LookupPersonResult {
  person: string;
  rows: number;
  connectorMs: number;
  baselineMs: number;
  /** connector / baseline: 1.0 means as fast as the hand-written SQL. */
  ratio: number;
}

export interface LookupSizeResult {
  people: number;
  persons: LookupPersonResult[];
  /** Medians over the sampled people. */
  connectorMedianMs: number;
  baselineMedianMs: number;
  ratio: number;
  /** Every table read by every generated query goes through an index condition. */
  indexOnly: boolean;
  scans: string[];
  /** CPU this process spent per timed look-up (Postgres' share not counted). */
  cpuMsPerLookup: { connector: number; baseline: number };
}

const FIXTURE_SAMPLE = ['many-addresses', 'thousands-of-sessions', 'newsletter-only'] as const;

/**
 * One person's data across the whole shop: locate, then stream every table and count its rows,
 * against the hand-written indexed SQL doing the same (bench/support/lookup-baseline.ts). The
 * time per person should not grow with the shop's size, and stay close to the baseline.
 */
export async function runLookupBench(
  options: LookupBenchOptions,
): Promise<{ sizes: LookupSizeResult[] }> {
  const log = options.log ?? (() => undefined);
  const map = await readDataMapFile(
    options.dataMapPath ?? resolve(__dirname, '../data-map/shop.v1.yaml'),
  );
  const system = mappedSystem(map, 'shop');
  const sizes: LookupSizeResult[] = [];
  for (const size of options.sizes) {
    await ensureSeededShop(size.databaseUrl, size.people, log, options.seed ?? true);
    const pool = new Pool({ connectionString: size.databaseUrl, max: 4 });
    try {
      sizes.push(
        await measureShop(
          pool,
          system,
          size.people,
          options.sample ?? 5,
          options.repeats ?? 7,
          log,
        ),
      );
    } finally {
      await pool.end();
    }
  }
  return { sizes };
}

async function measureShop(
  pool: Pool,
  system: MappedSystem,
  people: number,
  sample: number,
  repeats: number,
  log: (line: string) => void,
): Promise<LookupSizeResult> {
  const connector = new PostgresConnector(system, pool);
  const persons = await samplePeople(pool, sample);
  const results: LookupPersonResult[] = [];
  const cpuMs = { connector: 0, baseline: 0 };
  for (const { person, email } of persons) {
    const viaConnector = async (): Promise<Record<string, number>> => {
      const location = await connector.locate({ email });
      const rows: Record<string, number> = {};
      for (const table of connector.tables()) {
        rows[table] = 0;
        for await (const _row of connector.streamTable(location, table)) rows[table] += 1;
      }
      return rows;
    };
    const expected = await runLookupBaseline(pool, email); // also warms the cache
    const got = await viaConnector();
    for (const table of Object.keys(expected)) {
      if (got[table] !== expected[table])
        throw new Error(
          `${person}: connector read ${got[table]} ${table} rows, baseline ${expected[table]}`,
        );
    }
    const connectorRuns: number[] = [];
    const baselineRuns: number[] = [];
    for (let run = 0; run < repeats; run += 1) {
      // Alternate which goes first so neither always benefits from the other's cache warming.
      const order = run % 2 === 0 ? ['connector', 'baseline'] : ['baseline', 'connector'];
      for (const method of order) {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        await (method === 'connector' ? viaConnector() : runLookupBaseline(pool, email));
        const cpu = process.cpuUsage(cpuBefore);
        (method === 'connector' ? connectorRuns : baselineRuns).push(performance.now() - started);
        cpuMs[method === 'connector' ? 'connector' : 'baseline'] += (cpu.user + cpu.system) / 1000;
      }
    }
    const rows = Object.values(expected).reduce((sum, count) => sum + count, 0);
    const connectorMs = median(connectorRuns);
    const baselineMs = median(baselineRuns);
    results.push({ person, rows, connectorMs, baselineMs, ratio: connectorMs / baselineMs });
    log(
      `${people} people, ${person}: ${rows} rows, connector ${connectorMs.toFixed(2)} ms, baseline ${baselineMs.toFixed(2)} ms`,
    );
  }
  const scans = await scansIn(
    pool,
    connector,
    system,
    persons.map((entry) => entry.email),
  );
  const connectorMedianMs = median(results.map((entry) => entry.connectorMs));
  const baselineMedianMs = median(results.map((entry) => entry.baselineMs));
  return {
    people,
    persons: results,
    connectorMedianMs,
    baselineMedianMs,
    ratio: connectorMedianMs / baselineMedianMs,
    indexOnly: scans.length === 0,
    scans,
    cpuMsPerLookup: {
      connector: cpuMs.connector / (persons.length * repeats),
      baseline: cpuMs.baseline / (persons.length * repeats),
    },
  };
}

/** A few fixture people (the heaviest, an account-less one) and ordinary customers spread over the ids. */
async function samplePeople(
  pool: Pool,
  sample: number,
): Promise<{ person: string; email: string }[]> {
  const fixtures = FIXTURE_SAMPLE.map((key) => ({
    person: key,
    email: SHOP_FIXTURE_PEOPLE.find((p) => p.key === key)?.email ?? '',
  }));
  const { rows } = await pool.query<{ max: string }>('SELECT max(id)::text AS max FROM customers');
  const maxId = Number(rows[0]?.max ?? 0);
  const ids = Array.from({ length: sample }, (_, index) =>
    Math.floor((maxId * (index + 0.5)) / sample),
  );
  const ordinary = await pool.query<{ id: string; email: string }>(
    'SELECT id::text AS id, email FROM customers WHERE id = ANY($1) ORDER BY id',
    [ids],
  );
  return [
    ...fixtures,
    ...ordinary.rows.map((row) => ({ person: `customer ${row.id}`, email: row.email })),
  ];
}

/** Tables any generated query would read without an index condition, for any sampled person. */
async function scansIn(
  pool: Pool,
  connector: PostgresConnector,
  system: MappedSystem,
  emails: string[],
): Promise<string[]> {
  const scans = new Set<string>();
  const client = await pool.connect();
  try {
    for (const email of emails) {
      const location = await connector.locate({ email });
      const queries = [
        ...Object.keys(system.tables).map((table) => buildLocateQuery(system, table, email)),
        ...connector.tables().map((table) =>
          buildSubjectQuery(system, table, location.roots, {
            columns: Object.keys(system.tables[table]?.fields ?? {}),
          }),
        ),
      ];
      for (const query of queries) {
        if (!query) continue;
        for (const entry of tableAccess(
          await explain(client, query.text, query.values, { seqscan: true }),
        )) {
          if (entry.access !== 'index') scans.add(`${entry.table}: ${entry.access}`);
        }
      }
    }
  } finally {
    client.release();
  }
  return [...scans].sort();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
