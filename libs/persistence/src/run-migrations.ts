import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';

/**
 * Creates the database if needed and applies pending migrations. Each migration runs in its own
 * transaction.
 */
export async function runMigrations(url: string): Promise<string[]> {
  await ensureDatabase(url);
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  // A session-level advisory lock held on one connection: api and worker may start together.
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock(7301925)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    if (lock.connection.isInitialized && !lock.isReleased) {
      await lock.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
      await lock.release();
    }
    await dataSource.destroy();
  }
}
