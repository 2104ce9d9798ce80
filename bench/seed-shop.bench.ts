import { Client } from 'pg';
import { ensureDatabase } from '@rightsdesk/persistence';
import { seedShop, type SeedReport } from '@demo/shop';

export interface SeedShopBenchResult {
  people: number;
  elapsedMs: number;
  rowsPerSecond: number;
  totalRows: number;
  databaseBytes: number;
  phasesMs: SeedReport['phasesMs'];
}

/**
 * Seeds the shop at each size and reports time and database size. The target is a million
 * people in under ten minutes on two cores. The database is reseeded, so point this at one no
 * other benchmark expects to hold a particular size.
 */
export async function runSeedShopBench(options: {
  databaseUrl: string;
  sizes: number[];
  log?: (line: string) => void;
}): Promise<SeedShopBenchResult[]> {
  const log = options.log ?? (() => undefined);
  await ensureDatabase(options.databaseUrl);
  const results: SeedShopBenchResult[] = [];
  for (const people of options.sizes) {
    const report = await seedShop({ databaseUrl: options.databaseUrl, people, onProgress: log });
    const client = new Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      const size = await client.query<{ bytes: string }>(
        'SELECT pg_database_size(current_database()) AS bytes',
      );
      results.push({
        people,
        elapsedMs: report.elapsedMs,
        rowsPerSecond: Math.round(report.totalRows / (report.elapsedMs / 1000)),
        totalRows: report.totalRows,
        databaseBytes: Number(size.rows[0].bytes),
        phasesMs: report.phasesMs,
      });
    } finally {
      await client.end();
    }
  }
  return results;
}
