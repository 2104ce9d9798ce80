// Checks that Postgres and Redis answer before anything else runs, and says in one line how to
// fix it when they do not. Shared by the demo and test commands.
import net from 'node:net';

function reachable(host, port, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function requireServices(env = process.env) {
  const postgres = new URL(env.DATABASE_URL ?? 'postgres://postgres@localhost:5432/rightsdesk');
  const redis = new URL(env.REDIS_URL ?? 'redis://localhost:6379');
  const checks = [
    [
      'Postgres',
      postgres.hostname,
      Number(postgres.port || 5432),
      'DATABASE_URL',
      'pg_ctlcluster 15 main start',
    ],
    [
      'Redis',
      redis.hostname,
      Number(redis.port || 6379),
      'REDIS_URL',
      'redis-server --daemonize yes',
    ],
  ];
  for (const [name, host, port, variable, start] of checks) {
    if (!(await reachable(host, port))) {
      console.error(
        `rightsdesk: cannot reach ${name} at ${host}:${port} (${variable}). Start it (e.g. \`${start}\`) or set ${variable}.`,
      );
      process.exit(1);
    }
  }
}
