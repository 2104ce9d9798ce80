import { Client } from 'pg';

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
