import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './app-processes';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** Postgres refuses to run as root; as root, its tools run as the postgres user. */
const AS_ROOT = process.getuid?.() === 0;

/**
 * A Postgres server of a test's own, in a temporary directory on a free port, that the test may
 * crash (immediate shutdown: no checkpoint, every connection cut) and start again with its data;
 * stopped for good, its directory is removed.
 */
export class PrivatePostgres {
  /** A new server on a free port, started. */
  static async started(): Promise<PrivatePostgres> {
    const postgres = new PrivatePostgres(await freePort());
    await postgres.start();
    return postgres;
  }

  private readonly dir = mkdtempSync(join(tmpdir(), 'rightsdesk-postgres-'));
  private readonly data = join(this.dir, 'data');
  private initialised = false;

  constructor(readonly port: number) {
    if (AS_ROOT) {
      chmodSync(this.dir, 0o700);
      const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
      chownSync(this.dir, id('-u'), id('-g'));
    }
  }

  /** A database URL on this server; the database is created by whoever connects first. */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    if (!this.initialised) {
      await this.run('initdb', ['-D', this.data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
      this.initialised = true;
    }
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await this.run('pg_ctl', [
      'start',
      '-w',
      '-t',
      '30',
      '-D',
      this.data,
      '-o',
      options,
      '-l',
      join(this.dir, 'log'),
    ]);
  }

  /** Stops the server the way a crash would: connections cut, nothing flushed politely. */
  async crash(): Promise<void> {
    if (!this.initialised) return;
    await this.run('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', this.data]).catch(
      () => undefined,
    );
  }

  /** Stops the server for good and removes its data directory. */
  async stop(): Promise<void> {
    await this.crash();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Creates a database on this server and returns its URL. */
  async createDatabase(name: string): Promise<string> {
    const admin = new Client({ connectionString: this.url('postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    return this.url(name);
  }

  private async run(tool: string, args: string[]): Promise<void> {
    const [command, commandArgs] = AS_ROOT
      ? ['runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]]
      : [join(BIN, tool), args];
    await promisify(execFile)(command, commandArgs, { timeout: 60_000 });
  }
}
