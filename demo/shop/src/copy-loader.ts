import { Client } from 'pg';
import { from as copyFrom, CopyStreamQuery } from 'pg-copy-streams';
import { COPY_COLUMNS, ShopTable } from './copy-columns';

/** Lines are batched into chunks of about this many characters before they go to the socket. */
const CHUNK_CHARS = 128 * 1024;

interface TableStream {
  stream: CopyStreamQuery;
  pending: string;
  rows: number;
  /** Set while the stream's buffer is full; resolves on its next 'drain'. */
  drained: Promise<void> | null;
}

/**
 * One COPY ... FROM STDIN per table, each on its own connection, all open at once, so the
 * generator can fill every table in a single pass over the people. Each table is truncated in
 * the COPY's own transaction, which lets COPY FREEZE write the rows already frozen (no hint-bit
 * rewrite or anti-wraparound vacuum of the freshly loaded data later).
 */
export class CopyLoader {
  private readonly clients: Client[] = [];
  private readonly tables = new Map<ShopTable, TableStream>();
  private failure: Error | null = null;
  private signalFailure: () => void = () => undefined;
  private readonly failed = new Promise<void>((resolve) => {
    this.signalFailure = resolve;
  });

  /** Opens a COPY for each table, on the database `urlOf` gives for it. */
  static async open(urlOf: ReadonlyMap<ShopTable, string>): Promise<CopyLoader> {
    const loader = new CopyLoader();
    try {
      for (const [table, databaseUrl] of urlOf) await loader.openTable(databaseUrl, table);
    } catch (error) {
      await loader.abort();
      throw error;
    }
    return loader;
  }

  rowCounts(): Record<ShopTable, number> {
    const counts = {} as Record<ShopTable, number>;
    for (const [table, entry] of this.tables) counts[table] = entry.rows;
    return counts;
  }

  /** Whether a stream is waiting for Postgres to catch up (or failed): call drain() then. */
  get blocked(): boolean {
    if (this.failure) return true;
    for (const entry of this.tables.values()) if (entry.drained) return true;
    return false;
  }

  /** Queues one COPY text line (newline included). */
  write(table: ShopTable, line: string): void {
    const entry = this.tables.get(table);
    if (!entry) throw new Error(`no COPY stream open for ${table}`);
    entry.pending += line;
    entry.rows += 1;
    if (entry.pending.length >= CHUNK_CHARS) this.flush(entry);
  }

  /** Waits until every stream has room again; throws if any COPY failed. */
  async drain(): Promise<void> {
    const waits = [...this.tables.values()].flatMap((e) => (e.drained ? [e.drained] : []));
    await Promise.race([Promise.all(waits), this.failed]);
    if (this.failure) throw this.failure;
  }

  /** Sends what is left, ends every COPY and commits it. */
  async finish(): Promise<void> {
    try {
      await Promise.all(
        [...this.tables.values()].map(async (entry) => {
          this.flush(entry);
          const done = new Promise<void>((resolve, reject) => {
            entry.stream.once('finish', resolve);
            entry.stream.once('error', reject);
          });
          entry.stream.end();
          // A stream that failed earlier will never finish; the failure signal ends the wait.
          await Promise.race([done, this.failed]);
        }),
      );
      if (this.failure) throw this.failure;
      await Promise.all(this.clients.map((client) => client.query('COMMIT')));
    } catch (error) {
      await this.abort();
      throw error;
    }
    await this.close();
  }

  /** Abandons every COPY; their transactions roll back. */
  async abort(): Promise<void> {
    for (const entry of this.tables.values()) entry.stream.destroy();
    await this.close();
  }

  private async openTable(databaseUrl: string, table: ShopTable): Promise<void> {
    const client = new Client({ connectionString: databaseUrl });
    client.on('error', (error) => this.fail(error));
    this.clients.push(client);
    await client.connect();
    await client.query('BEGIN');
    await client.query(`TRUNCATE ${table}`);
    const sql = `COPY ${table} (${COPY_COLUMNS[table].join(', ')}) FROM STDIN WITH (FREEZE)`;
    const stream = client.query(copyFrom(sql, { highWaterMark: 1 << 20 }));
    stream.on('error', (error) => this.fail(error));
    this.tables.set(table, { stream, pending: '', rows: 0, drained: null });
  }

  private flush(entry: TableStream): void {
    if (entry.pending === '') return;
    const hasRoom = entry.stream.write(entry.pending);
    entry.pending = '';
    if (!hasRoom && !entry.drained) {
      entry.drained = new Promise<void>((resolve) => {
        entry.stream.once('drain', () => {
          entry.drained = null;
          resolve();
        });
      });
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.signalFailure();
  }

  private async close(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.end().catch(() => undefined)));
    this.clients.length = 0;
    this.tables.clear();
  }
}
