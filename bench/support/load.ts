import { performance } from 'node:perf_hooks';

export interface LoadResult {
  clients: number;
  requests: number;
  /** Answers other than `expected`, and requests that got no answer at all. */
  failures: number;
  /** How many answers of each status, e.g. { "201": 2990, "429": 10 }; "error" = no answer. */
  statuses: Record<string, number>;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * Sends `total` POSTs with `concurrency` in flight at once (keep-alive connections) and measures
 * throughput and latency. Every answer other than `expected` counts as a failure (and the
 * first one's body is kept in `firstFailure`). Bounded in count; every target is on this machine.
 */
export async function postLoad(
  url: string,
  bodyFor: (index: number) => object,
  total: number,
  concurrency: number,
  options: { headers?: Record<string, string>; expected?: number } = {},
): Promise<LoadResult & { firstFailure?: string }> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const expected = options.expected ?? 201;
  let next = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < total; index = next++) {
        const sent = performance.now();
        let status = 'error';
        let body = '';
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...options.headers },
            body: JSON.stringify(bodyFor(index)),
          });
          status = String(response.status);
          body = await response.text();
        } catch (error) {
          body = (error as Error).message;
        }
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status !== String(expected)) {
          failures += 1;
          firstFailure ??= `${status}: ${body.slice(0, 300)}`;
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    clients: concurrency,
    requests: total,
    failures,
    statuses,
    seconds,
    perSecond: total / seconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    ...(firstFailure === undefined ? {} : { firstFailure }),
  };
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
