import type { Pool, PoolClient } from 'pg';

/** A client taken from a pool, and how to give it back. */
export interface PooledClient {
  client: PoolClient;
  /** Set once the connection broke: the client must not wait for an answer on it. */
  readonly lost: Error | undefined;
  /** Rejects when the connection breaks, for reads that would otherwise wait on it forever. */
  readonly whenLost: Promise<never>;
  /** Back to the pool; with an error (or once the connection broke) it is discarded instead. */
  release(failure?: Error): void;
}

/**
 * Takes a client from the pool with an 'error' listener for as long as it is out. The pool
 * listens only while a client is idle, and a checked-out client with no listener turns a lost
 * connection (Postgres restarting mid-read, then pg-cursor closing its portal on the dead
 * socket: "write EPIPE") into an unhandled 'error' event that ends the whole process. With the
 * listener, the query in flight fails, the job is retried, and the broken client is discarded.
 */
export async function takePooledClient(pool: Pool): Promise<PooledClient> {
  const client = await pool.connect();
  let lost: Error | undefined;
  let reject: (error: Error) => void = () => undefined;
  const whenLost = new Promise<never>((_, fail) => (reject = fail));
  whenLost.catch(() => undefined); // only a read in flight cares; nobody else must be told
  const onError = (error: Error) => {
    lost ??= error;
    reject(lost);
  };
  const onEnd = () => onError(new Error('the database connection ended'));
  client.on('error', onError);
  client.on('end', onEnd);
  return {
    client,
    get lost() {
      return lost;
    },
    whenLost,
    release(failure?: Error) {
      client.removeListener('error', onError);
      client.removeListener('end', onEnd);
      client.release(failure ?? lost);
    },
  };
}
