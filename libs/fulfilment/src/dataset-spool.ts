import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';

type Row = Record<string, unknown>;

/**
 * A dataset's rows kept on local disk while its package is written, so the person's database is
 * read once per dataset while the JSON file, the CSV file and the report each read the rows in
 * turn, one at a time: memory stays flat. The file is encrypted under a key that lives only in
 * this object (the rows are personal data) and is deleted when the package is done.
 */
export class DatasetSpool {
  private readonly key = randomBytes(32);
  private readonly iv = randomBytes(16);
  private readonly cipher = createCipheriv('aes-256-ctr', this.key, this.iv);
  private readonly file;
  private readonly stored: Promise<void>;

  private constructor(private readonly path: string) {
    this.file = createWriteStream(path, { mode: 0o600 });
    this.cipher.pipe(this.file);
    this.stored = finished(this.file);
    this.stored.catch(() => undefined); // awaited in close(); a failure also fails a write
  }

  static async open(directory: string, name: string): Promise<DatasetSpool> {
    return new DatasetSpool(join(directory, name));
  }

  /** Passes the rows on unchanged, keeping each as it goes by. */
  async *keep(rows: AsyncIterable<Row>): AsyncGenerator<Row> {
    for await (const row of rows) {
      if (!this.cipher.write(`${JSON.stringify(row)}\n`)) await once(this.cipher, 'drain');
      yield row;
    }
  }

  /** Ends writing; call once every row was kept. */
  async close(): Promise<void> {
    this.cipher.end();
    await this.stored;
  }

  /** The kept rows, read back from disk one at a time, as often as needed. */
  async *rows(): AsyncGenerator<Row> {
    const decipher = createDecipheriv('aes-256-ctr', this.key, this.iv);
    const lines = createInterface({ input: createReadStream(this.path).pipe(decipher) });
    for await (const line of lines) if (line) yield JSON.parse(line) as Row;
  }
}

/** A private directory for one package's spools, and its removal. */
export async function spoolDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'rightsdesk-package-'));
}

export async function removeSpools(directory: string): Promise<void> {
  await rm(directory, { recursive: true, force: true });
}
