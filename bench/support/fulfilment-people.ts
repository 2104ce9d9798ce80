import { SHOP_FIXTURE_PEOPLE } from '@demo/shop';
import { Client } from 'pg';
import type { BenchRequest } from './approved-requests';

/** How many requests of each kind one run submits, each for a different person. */
export interface RequestMix {
  accessCopy: number;
  accessCategories: number;
  delete: number;
  withdrawConsent: number;
}

export const mixSize = (mix: RequestMix): number =>
  mix.accessCopy + mix.accessCategories + mix.delete + mix.withdrawConsent;

/**
 * Requests for `runs` runs of `mix`, every one for a different ordinary customer of the shop,
 * spread over it in a fixed pseudo-random order. The shop is seeded once and kept, and erasure
 * and withdrawal change it for good, so only people no earlier run has erased (email still an
 * address) are chosen, and consent is withdrawn only by people who still hold a granted one.
 * Kinds are interleaved, as requests arrive in a real queue.
 */
export async function requestsForRuns(
  shopUrl: string,
  mix: RequestMix,
  runs: number,
): Promise<BenchRequest[][]> {
  const client = new Client({ connectionString: shopUrl });
  await client.connect();
  let people: Array<{ email: string; consenting: boolean }>;
  try {
    ({ rows: people } = await client.query<{ email: string; consenting: boolean }>(
      `SELECT c.email, EXISTS (SELECT 1 FROM consents k WHERE k.customer_id = c.id AND k.granted) AS consenting
       FROM customers c
       WHERE c.email LIKE '%@%' AND lower(c.email) <> ALL($1)
       ORDER BY md5(c.id::text) LIMIT $2`,
      [SHOP_FIXTURE_PEOPLE.map((person) => person.email.toLowerCase()), 3 * runs * mixSize(mix)],
    ));
  } finally {
    await client.end();
  }
  const consenting = people.filter((person) => person.consenting).map((person) => person.email);
  const withdrawing = consenting.splice(0, runs * mix.withdrawConsent);
  const others = [
    ...consenting,
    ...people.filter((person) => !person.consenting).map((person) => person.email),
  ];
  const take = (from: string[], count: number): string[] => {
    if (from.length < count) throw new Error('the shop has too few people left for this mix');
    return from.splice(0, count);
  };
  return Array.from({ length: runs }, () =>
    interleave([
      take(others, mix.accessCopy).map((email): BenchRequest => ({
        type: 'access',
        scope: 'copy',
        email,
      })),
      take(others, mix.accessCategories).map((email): BenchRequest => ({
        type: 'access',
        scope: 'categories',
        email,
      })),
      take(others, mix.delete).map((email): BenchRequest => ({ type: 'delete', email })),
      take(withdrawing, mix.withdrawConsent).map((email): BenchRequest => ({
        type: 'withdraw_consent',
        email,
      })),
    ]),
  );
}

/** Round-robin over the lists, so no kind waits behind all the others. */
function interleave(lists: BenchRequest[][]): BenchRequest[] {
  const out: BenchRequest[] = [];
  for (let index = 0; out.length < lists.reduce((sum, list) => sum + list.length, 0); index += 1) {
    for (const list of lists) if (index < list.length) out.push(list[index]);
  }
  return out;
}
