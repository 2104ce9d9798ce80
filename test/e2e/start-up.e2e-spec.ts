import { runUntilExit } from '../support/app-processes';
import { testServicesEnv } from '../support/e2e-environment';

/** Starts a built app with `env` and returns how it ended and what it printed. */
function startAndCollect(app: 'api' | 'worker', env: NodeJS.ProcessEnv) {
  return runUntilExit(app, { ...testServicesEnv(), ...env });
}

describe('start-up problems', () => {
  it.each([
    [
      'api',
      'Postgres is unreachable',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/rightsdesk' },
      /^rightsdesk api: Cannot reach Postgres at 127\.0\.0\.1:1 \(DATABASE_URL\): connection refused\. Start it .* or set DATABASE_URL to a reachable server\.$/,
    ],
    [
      'worker',
      'Redis is unreachable',
      { REDIS_URL: 'redis://127.0.0.1:1' },
      /^rightsdesk worker: Cannot reach Redis at 127\.0\.0\.1:1 \(REDIS_URL\): connection refused\. Start it .* or set REDIS_URL to a reachable server\.$/,
    ],
    [
      'api',
      'a variable is wrong',
      { PORT: 'eighty' },
      /^rightsdesk api: Configuration error: PORT .*\(got "eighty"\)$/,
    ],
    [
      'worker',
      'the data map is missing',
      { DATA_MAP_PATH: 'data-map/nope.yaml' },
      /^rightsdesk worker: Configuration error: DATA_MAP_PATH names a file that does not exist/,
    ],
  ] as const)(
    '%s stops with one line when %s',
    async (app, _problem, env, expected) => {
      const { code, stderr } = await startAndCollect(app, env);
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
    },
    30_000,
  );
});
