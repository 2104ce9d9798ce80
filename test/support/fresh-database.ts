import { Client } from 'pg';
import { runMigrations } from '@rightsdesk/persistence';
import { TEST_DATABASE_URL } from './test-env';

/**
 * Drops and creates a database that one test file owns, so what an earlier run left (open
 * requests, jobs, counters) cannot change this run's outcome. Never pointed at a shared one.
 */
export async function freshDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^rightsdesk_[a-z0-9_]*test[a-z0-9_]*$/.test(name)) {
    throw new Error(`refusing to drop "${name}": not a test database`);
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * A database of a test file's own beside a test database: its name with `_<suffix>` appended,
 * so engineers who set TEST_DATABASE_URL to their own database never share one.
 */
export function ownDatabaseUrl(suffix: string, base = TEST_DATABASE_URL): string {
  const url = new URL(base);
  url.pathname = `${url.pathname}_${suffix}`;
  return url.toString();
}

/** A fresh, migrated Rightsdesk database of a test file's own (see ownDatabaseUrl); its URL. */
export async function ownTestDatabase(suffix: string): Promise<string> {
  const url = ownDatabaseUrl(suffix);
  await freshDatabase(url);
  await runMigrations(url);
  return url;
}
