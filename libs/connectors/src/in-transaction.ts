import type { Pool, PoolClient } from 'pg';
import { takePooledClient } from './pooled-client';

/**
 * Runs `work` in one transaction on one connection: all of it is committed, or none of it when
 * anything throws. A connection that cannot even roll back is discarded, not reused.
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const { client, release } = await takePooledClient(pool);
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    release(broken);
  }
}
