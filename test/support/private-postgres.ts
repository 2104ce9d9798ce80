import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { waitUntil } from './app-processes';

const BIN = '/usr/lib/postgresql/15/bin';

/**
 * A Postgres server of a test's own, in a temporary directory on a free port, that the test may
 * crash and start again while the processes under test use it. Run as the `postgres` user when
 * the test runs as root (Postgres refuses to run as root).
 */
export class PrivatePostgres {
  private child: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), 'rightsdesk-postgres-'));
  private readonly owner = process.getuid?.() === 0 ? postgresUser() : undefined;

  constructor(readonly port: number) {
    if (this.owner) chownSync(this.dir, this.owner.uid, this.owner.gid);
    execFileSync(`${BIN}/initdb`, ['-D', join(this.dir, 'data'), '-U', 'postgres', '-A', 'trust'], {
      stdio: 'ignore',
      ...this.owner,
    });
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      `${BIN}/postgres`,
      ['-D', join(this.dir, 'data'), '-p', String(this.port), '-k', this.dir, '-h', '127.0.0.1'],
      { stdio: 'ignore', ...this.owner },
    );
    await waitUntil(
      async () => {
        const probe = new Client({ connectionString: this.url('postgres') });
        probe.on('error', () => undefined);
        try {
          await probe.connect();
          return true;
        } catch {
          return false;
        } finally {
          await probe.end().catch(() => undefined);
        }
      },
      20_000,
      () => `the private Postgres on port ${this.port} to accept connections`,
    );
  }

  /** Stops at once, as a crash would (SIGQUIT: no checkpoint, every connection dropped). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGQUIT');
    await exited;
  }

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
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
  return { uid: id('-u'), gid: id('-g') };
}
