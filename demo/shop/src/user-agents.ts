import { Prng } from './prng';

/**
 * Real-looking browser user agents. Faker's own list includes bots and made-up WebKit versions,
 * so these follow the shapes current browsers actually send, with varying versions.
 */
const SHAPES: readonly ((p: Prng) => string)[] = [
  (p) =>
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${p.int(112, 131)}.0.0.0 Safari/537.36`,
  (p) =>
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${p.int(112, 131)}.0.0.0 Safari/537.36`,
  (p) =>
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${p.int(15, 18)}.${p.int(0, 6)} Safari/605.1.15`,
  (p) => {
    const major = p.int(15, 18);
    const minor = p.int(0, 6);
    return `Mozilla/5.0 (iPhone; CPU iPhone OS ${major}_${minor} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${major}.${minor} Mobile/15E148 Safari/604.1`;
  },
  (p) =>
    `Mozilla/5.0 (Linux; Android ${p.int(10, 14)}; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${p.int(112, 131)}.0.0.0 Mobile Safari/537.36`,
  (p) => {
    const v = p.int(115, 132);
    return `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
  },
  (p) => {
    const v = p.int(115, 132);
    return `Mozilla/5.0 (X11; Linux x86_64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
  },
  (p) => {
    const v = p.int(112, 131);
    return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.${p.int(1000, 2999)}.${p.int(10, 99)}`;
  },
  (p) => {
    const major = p.int(15, 17);
    return `Mozilla/5.0 (iPad; CPU OS ${major}_${p.int(0, 6)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${major}.0 Mobile/15E148 Safari/604.1`;
  },
  (p) =>
    `Mozilla/5.0 (Linux; Android ${p.int(11, 14)}; SM-${p.pick(['S911B', 'A546B', 'G991B', 'S918B'])}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${p.int(20, 26)}.0 Chrome/${p.int(112, 125)}.0.0.0 Mobile Safari/537.36`,
];

/** Desktop Chrome and iPhone Safari dominate, as in real shop traffic. */
const SHAPE_WEIGHTS = [30, 10, 8, 20, 14, 5, 2, 6, 3, 2];

export function buildUserAgents(prng: Prng, count: number): string[] {
  const agents: string[] = [];
  for (let i = 0; i < count; i += 1) agents.push(prng.weighted(SHAPES, SHAPE_WEIGHTS)(prng));
  return agents;
}
