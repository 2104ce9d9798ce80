import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How long "Find my request" takes to answer at least. The work for a reference and address
 * that match (a locked row, a code, an email written) is longer than for a pair that does not;
 * answering no sooner than this hides the difference, so the time of an answer tells a stranger
 * no more than its words do. Well above the matching work on a loaded machine, yet short for a
 * person.
 */
export const LOOKUP_ANSWER_MS = 400;

/** The result of `work`, given no sooner than `floorMs` after it started. */
export async function answerNoSoonerThan<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    const left = floorMs - (Date.now() - started);
    if (left > 0) await sleep(left);
  }
}
