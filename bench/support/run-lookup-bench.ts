import { runLookupBench } from '../lookup.bench';

/**
 * Runs only the look-up benchmark: `node -r @swc-node/register bench/support/run-lookup-bench.ts`.
 * BENCH_LOOKUP_SIZES lists people=database pairs; BENCH_LOOKUP_SEED=0 refuses to seed.
 */
const server = (db: string): string => `postgres://postgres@localhost:5432/${db}`;
const sizes = (
  process.env.BENCH_LOOKUP_SIZES ??
  `10000=${server('rightsdesk_shop_bench_10k')},1000000=${server('rightsdesk_shop_bench')}`
)
  .split(',')
  .map((pair) => {
    const [people, databaseUrl] = pair.split('=', 2);
    return { people: Number(people), databaseUrl: databaseUrl ?? '' };
  });

runLookupBench({
  sizes,
  seed: process.env.BENCH_LOOKUP_SEED !== '0',
  log: (line) => console.error(line),
})
  .then((result) => console.log(JSON.stringify(result, null, 2)))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
