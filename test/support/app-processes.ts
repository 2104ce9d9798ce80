import { ChildProcess, execFile, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');

/** A built app (dist/apps/<name>/main.js) running as its own process, with its output kept. */
export class AppProcess {
  output = '';
  private child: ChildProcess | undefined;

  constructor(
    readonly name: 'api' | 'worker',
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  start(): this {
    this.output = '';
    this.child = spawn(process.execPath, [resolve(ROOT, `dist/apps/${this.name}/main.js`)], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    return this;
  }

  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  /** Ends the process: SIGTERM for a clean stop, SIGKILL to simulate a crash. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /** Waits for a line of output (e.g. "worker started"), failing early if the process dies. */
  async waitForOutput(pattern: RegExp, timeoutMs = 30_000): Promise<void> {
    await waitUntil(
      () => {
        if (!this.running) throw new Error(`${this.name} exited early:\n${this.output}`);
        return pattern.test(this.output);
      },
      timeoutMs,
      () => `${this.name} never printed ${pattern}:\n${this.output}`,
    );
  }
}

/** Starts a built app that is expected to stop by itself; how it ended and what it printed. */
export function runUntilExit(
  name: 'api' | 'worker',
  env: NodeJS.ProcessEnv,
  timeoutMs = 20_000,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(ROOT, `dist/apps/${name}/main.js`)], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

/** Runs the built cli (dist/apps/cli/main.js) to the end; its exit code and output. */
export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['dist/apps/cli/main.js', ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Polls `check` until it returns true (or a value), without fixed sleeps in the tests. */
export async function waitUntil<T>(
  check: () => T | Promise<T>,
  timeoutMs: number,
  describe: () => string = () => 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
