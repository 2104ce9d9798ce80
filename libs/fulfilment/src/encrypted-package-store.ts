import { Writable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { openChunk, sealChunk } from '@rightsdesk/persistence';

const CHUNK_BYTES = 1024 * 1024;

/**
 * A writable stream that seals what it is given into 1 MiB AES-256-GCM chunks stored in
 * Postgres, so packages of any size are written with bounded memory and survive with the rest
 * of the request's records.
 */
export class EncryptedPackageWriter extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  bytesWritten = 0;

  constructor(
    private readonly dataSource: EntityManager,
    private readonly key: Buffer,
    private readonly packageId: string,
  ) {
    super();
  }

  get chunkCount(): number {
    return this.seq;
  }

  override _write(
    data: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    this.pending.push(data);
    this.pendingBytes += data.length;
    this.bytesWritten += data.length;
    if (this.pendingBytes < CHUNK_BYTES) return done();
    this.flushFull().then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.flushRest().then(() => done(), done);
  }

  private async flushFull(): Promise<void> {
    let buffer = Buffer.concat(this.pending);
    while (buffer.length >= CHUNK_BYTES) {
      await this.store(buffer.subarray(0, CHUNK_BYTES));
      buffer = buffer.subarray(CHUNK_BYTES);
    }
    this.pending = buffer.length ? [Buffer.from(buffer)] : [];
    this.pendingBytes = buffer.length;
  }

  private async flushRest(): Promise<void> {
    await this.flushFull();
    if (this.pendingBytes > 0) await this.store(Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }

  private async store(plaintext: Buffer): Promise<void> {
    const seq = this.seq++;
    const sealed = sealChunk(this.key, this.packageId, seq, plaintext);
    await this.dataSource.query(
      'INSERT INTO package_chunks (package_id, seq, iv, auth_tag, ciphertext) VALUES ($1, $2, $3, $4, $5)',
      [this.packageId, seq, sealed.iv, sealed.authTag, sealed.ciphertext],
    );
  }
}

/**
 * Reads a package back, chunk by chunk, verifying each one. The expected count comes from the
 * package row, so a missing chunk is an error, not a shorter package.
 */
export async function* readPackage(
  dataSource: EntityManager,
  key: Buffer,
  packageId: string,
  chunkCount: number,
): AsyncGenerator<Buffer> {
  for (let seq = 0; seq < chunkCount; seq += 1) {
    const [row] = (await dataSource.query(
      'SELECT iv, auth_tag, ciphertext FROM package_chunks WHERE package_id = $1 AND seq = $2',
      [packageId, seq],
    )) as Array<{ iv: Buffer; auth_tag: Buffer; ciphertext: Buffer }>;
    if (!row) throw new Error(`package ${packageId} is missing chunk ${seq} of ${chunkCount}`);
    yield openChunk(key, packageId, seq, {
      iv: row.iv,
      authTag: row.auth_tag,
      ciphertext: row.ciphertext,
    });
  }
}
