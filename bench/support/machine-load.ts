import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const TICK_MS = 10; // USER_HZ is 100 on Linux: /proc times are in hundredths of a second

/** The 1-, 5- and 15-minute load averages, rounded to hundredths. */
export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = loadavg().map((value) => Math.round(value * 100) / 100);
  return [one ?? 0, five ?? 0, fifteen ?? 0];
}

/**
 * CPU milliseconds this process has used plus those of its children that have ended and been
 * waited for (utime, stime, cutime, cstime in /proc/self/stat): the benchmark process and every
 * api, worker, CLI and child it started and stopped. Postgres and Redis are not counted.
 */
export function nodeCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) ", field 3 is state; utime, stime, cutime, cstime are fields 14 to 17.
  return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0) * TICK_MS;
}

/** CPU milliseconds (user + system) this process spends in `work`, and what it returns. */
export async function withOwnCpu<T>(work: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const before = process.cpuUsage();
  const value = await work();
  const spent = process.cpuUsage(before);
  return { value, cpuMs: (spent.user + spent.system) / 1000 };
}
