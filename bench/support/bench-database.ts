import { Client } from 'pg';

/**
 * Drops and creates a Rightsdesk database that one benchmark run owns, so requests, jobs and
 * packages of an earlier run cannot change this one's numbers. Refuses any name without "bench".
 */
export async function freshBenchDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(name)) {
    throw new Error(`refusing to drop "${name}": not a benchmark database`);
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
