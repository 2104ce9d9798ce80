import { readdirSync, readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';

const TICK_MS = 10; // USER_HZ is 100 on Linux: /proc times are in hundredths of a second

/**
 * CPU time spent by some processes over a stretch of time, from /proc: the worker processes (or
 * this one) and the Postgres backends serving the benchmark's databases. On a shared machine
 * the wall-clock throughput moves with the neighbours' load; CPU per request does much less.
 * Sampled every half second, so backends that come and go are mostly counted.
 */
export class CpuMeter {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private sampling: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly databases: readonly string[],
    /** Node processes to count, besides the backends: by pid. */
    private readonly processes: () => number[],
  ) {}

  async start(): Promise<void> {
    await this.sample();
    this.timer = setInterval(() => {
      this.sampling = this.sampling.then(() => this.sample()).catch(() => undefined);
    }, 500);
  }

  /** Stops and returns CPU milliseconds: by the Node processes, and by Postgres. */
  async stop(): Promise<{ nodeMs: number; postgresMs: number }> {
    clearInterval(this.timer);
    await this.sampling;
    await this.sample();
    const node = new Set(this.processes());
    let nodeMs = 0;
    let postgresMs = 0;
    for (const [pid, ticks] of this.last) {
      const spent = (ticks - (this.first.get(pid) ?? ticks)) * TICK_MS;
      if (node.has(pid)) nodeMs += spent;
      else postgresMs += spent;
    }
    return { nodeMs, postgresMs };
  }

  private async sample(): Promise<void> {
    for (const pid of [...this.processes(), ...(await this.backendPids())]) {
      const ticks = cpuTicks(pid);
      if (ticks === undefined) continue;
      if (!this.first.has(pid)) this.first.set(pid, ticks);
      this.last.set(pid, ticks);
    }
  }

  private async backendPids(): Promise<number[]> {
    const rows = (await this.dataSource.query(
      `SELECT pid FROM pg_stat_activity
       WHERE datname = ANY($1) AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      [this.databases],
    )) as Array<{ pid: number }>;
    return rows.map((row) => row.pid);
  }
}

/** Processes whose parent is `parentPid` and whose command line contains `marker`. */
export function childPids(parentPid: number, marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== parentPid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** utime + stime of a process, in ticks; undefined once it has ended. */
function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", field 3 is state; utime and stime are fields 14 and 15.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}
