import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { captureDeferredDdl, runInParallel, type DeferredDdl } from './bulk-load-ddl';
import { COPY_COLUMNS, ShopTable } from './copy-columns';
import { copyRow } from './copy-text';
import { CopyLoader } from './copy-loader';
import { MIN_SHOP_PEOPLE } from './fixture-people';
import { SHOP_DEFAULT_SEED } from './seed-defaults';
import { readSeedMeta, writeSeedMeta } from './seed-meta';
import { shopSchemaHash, shopSeedVersion } from './seed-version';
import { analyticsDatabaseUrlFor } from '@rightsdesk/config';
import { ensureDatabase } from '@rightsdesk/persistence';
import {
  ANALYTICS_SCHEMA_SQL,
  ANALYTICS_TABLES,
  SEEDED_TABLES,
  SHOP_SCHEMA_SQL,
  SHOP_TABLES,
} from './shop-schema';
import { ShopGenerator } from './shop-generator';

export interface SeedShopOptions {
  databaseUrl: string;
  /** The second database (sessions, page views); created if missing. Default: see below. */
  analyticsDatabaseUrl?: string;
  /** People in the shop, fixture people and newsletter-only sign-ups included. */
  people: number;
  seed?: number;
  onProgress?: (msg: string) => void;
}

export interface SeedReport {
  people: number;
  seed: number;
  seedVersion: string;
  rows: Record<ShopTable, number>;
  totalRows: number;
  elapsedMs: number;
  /** Where the time went: prepare, load (generate + COPY), index, constraints, analyze. */
  phasesMs: Record<string, number>;
}

/** Serialises seeders on one database; any constant works as long as it is shared. */
const SEED_LOCK_KEY = 7_301_404;
/** Index builds and FK validation run on this many connections (the target box has 2 cores). */
const REBUILD_WORKERS = 2;
const REBUILD_SETUP = ["SET maintenance_work_mem = '1GB'"];

/**
 * Recreates the demo shop's data: schema if missing, all tables emptied, then filled with
 * `people` people generated from `seed`. The same people and seed give byte-identical tables.
 * Rows stream through COPY with indexes and constraints dropped, which are rebuilt afterwards
 * (see bulk-load-ddl.ts), so a million people take minutes, in bounded memory.
 */
export async function seedShop(options: SeedShopOptions): Promise<SeedReport> {
  const { databaseUrl, people } = options;
  const seed = options.seed ?? SHOP_DEFAULT_SEED;
  if (!Number.isInteger(people) || people < MIN_SHOP_PEOPLE) {
    throw new RangeError(
      `people must be an integer >= ${MIN_SHOP_PEOPLE} (the fixture people need room)`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError('seed must be an integer from 0 to 2^32 - 1');
  }
  const progress = options.onProgress ?? (() => undefined);
  const started = performance.now();
  const phasesMs: Record<string, number> = {};
  let phaseStart = started;
  const endPhase = (name: string): void => {
    const now = performance.now();
    phasesMs[name] = Math.round(now - phaseStart);
    phaseStart = now;
    progress(`${name} done in ${(phasesMs[name] / 1000).toFixed(1)}s`);
  };

  const databases: SeededDatabase[] = [
    { url: databaseUrl, schema: SHOP_SCHEMA_SQL, tables: SHOP_TABLES },
    {
      url: options.analyticsDatabaseUrl ?? analyticsDatabaseUrlFor(databaseUrl),
      schema: ANALYTICS_SCHEMA_SQL,
      tables: ANALYTICS_TABLES,
    },
  ];
  await ensureDatabase(databases[1].url);
  const clients: Client[] = [];
  try {
    for (const database of databases) {
      const client = new Client({ connectionString: database.url });
      clients.push(client);
      await client.connect();
      await client.query('SELECT pg_advisory_lock($1)', [SEED_LOCK_KEY]);
    }
    const seedVersion = shopSeedVersion(seed);
    const schemaHash = shopSchemaHash();
    const meta = { people, seed, seedVersion, schemaHash };
    const ddls: DeferredDdl[] = [];
    for (const [i, database] of databases.entries()) {
      const client = clients[i];
      await prepareTables(client, database, schemaHash);
      await writeSeedMeta(client, { status: 'loading', ...meta });
      const ddl = await captureDeferredDdl(client, database.tables);
      for (const sql of ddl.drops) await client.query(sql);
      ddls.push(ddl);
    }
    endPhase('prepare');

    const urlOf = new Map<ShopTable, string>(
      databases.flatMap((database) => database.tables.map((table) => [table, database.url])),
    );
    const rows = await load(urlOf, people, seed, progress);
    endPhase('load');

    for (const [i, database] of databases.entries()) {
      // Biggest tables first, so the two workers finish at about the same time.
      const byTable = [...ddls[i].rebuildByTable.entries()]
        .sort((a, b) => (rows[b[0] as ShopTable] ?? 0) - (rows[a[0] as ShopTable] ?? 0))
        .map(([, statements]) => statements);
      await runInParallel(database.url, REBUILD_WORKERS, byTable, REBUILD_SETUP);
    }
    endPhase('index');
    for (const [i, database] of databases.entries()) {
      for (const fk of ddls[i].foreignKeys) await clients[i].query(fk.add);
      await runInParallel(
        database.url,
        REBUILD_WORKERS,
        ddls[i].foreignKeys.map((fk) => [fk.validate]),
        REBUILD_SETUP,
      );
      await resetSequences(clients[i], database.tables);
    }
    endPhase('constraints');
    for (const [i, database] of databases.entries())
      await clients[i].query(`ANALYZE ${database.tables.join(', ')}`);
    endPhase('analyze');

    const totalRows = Object.values(rows).reduce((sum, n) => sum + n, 0);
    const report: SeedReport = {
      people,
      seed,
      seedVersion,
      rows,
      totalRows,
      elapsedMs: Math.round(performance.now() - started),
      phasesMs,
    };
    // Both databases say the seed is complete, so a test run checks either before trusting it.
    for (const client of clients)
      await writeSeedMeta(client, { status: 'complete', ...meta }, report);
    progress(
      `seeded ${people} people (${totalRows} rows) in ${(report.elapsedMs / 1000).toFixed(1)}s`,
    );
    return report;
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/** One database the seeder fills: the shop's own, or the analytics one beside it. */
interface SeededDatabase {
  url: string;
  schema: string;
  tables: readonly ShopTable[];
}

/**
 * Creates the schema if missing. Tables a previous seed left half-built (interrupted while
 * indexes were dropped) or built from older DDL are dropped first and recreated.
 */
async function prepareTables(
  client: Client,
  database: SeededDatabase,
  schemaHash: string,
): Promise<void> {
  const meta = await readSeedMeta(client);
  const tables = database.tables.join(', ');
  if (meta && (meta.status !== 'complete' || meta.schemaHash !== schemaHash)) {
    // Older DDL may have kept these tables here (sessions lived in the shop's database once).
    await client.query(`DROP TABLE IF EXISTS ${SEEDED_TABLES.join(', ')} CASCADE`);
  }
  await client.query(database.schema);
  await client.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
}

async function load(
  urlOf: ReadonlyMap<ShopTable, string>,
  people: number,
  seed: number,
  progress: (msg: string) => void,
): Promise<Record<ShopTable, number>> {
  const loader = await CopyLoader.open(urlOf);
  try {
    const generator = new ShopGenerator(seed, (table, row) => loader.write(table, copyRow(row)));
    generator.products();
    const step = Math.max(10_000, Math.ceil(people / 20));
    for (let i = 0; i < people; i += 1) {
      generator.person(i);
      if (loader.blocked) await loader.drain();
      if ((i + 1) % step === 0) progress(`generated ${i + 1} of ${people} people`);
    }
  } catch (error) {
    await loader.abort();
    throw error;
  }
  const rows = loader.rowCounts();
  await loader.finish();
  return rows;
}

/** Ids were written explicitly, so each sequence must move past them for later inserts. */
async function resetSequences(client: Client, tables: readonly ShopTable[]): Promise<void> {
  for (const table of tables) {
    if (COPY_COLUMNS[table][0] !== 'id') continue;
    const seq = await client.query<{ name: string | null }>(
      `SELECT pg_get_serial_sequence($1, 'id') AS name`,
      [table],
    );
    const name = seq.rows[0]?.name;
    if (!name) continue;
    const max = await client.query<{ max: string | null }>(
      `SELECT max(id)::text AS max FROM ${table}`,
    );
    const last = Number(max.rows[0].max ?? 0);
    await client.query('SELECT setval($1, $2, $3)', [name, Math.max(last, 1), last > 0]);
  }
}
