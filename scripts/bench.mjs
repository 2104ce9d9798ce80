// `npm run bench`: builds the processes the benchmarks start (unless the build is newer than
// every source file), then runs bench/main.ts. `npm run bench -- --smoke` (or BENCH_SMOKE=1)
// runs every benchmark at a tiny size, to prove the harness works; docs/benchmarks.md.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { requireServices } from './services.mjs';
import { mustRun } from './run.mjs';

const BUILT = ['api', 'worker', 'cli'].map((app) => `dist/apps/${app}/main.js`);
const SOURCES = ['apps', 'libs', 'demo', 'package-lock.json', 'tsconfig.json', 'nest-cli.json'];

/** The newest modification time under `path`, skipping node_modules. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((entry) => entry !== 'node_modules')
    .reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), stat.mtimeMs);
}

function buildIsCurrent() {
  if (!BUILT.every((file) => existsSync(file))) return false;
  const built = Math.min(...BUILT.map((file) => statSync(file).mtimeMs));
  return SOURCES.every((source) => newest(source) < built);
}

await requireServices();
if (buildIsCurrent()) console.log('bench: the build is newer than every source; not rebuilding');
else await mustRun('npm', ['run', '--silent', 'build']);
await mustRun(process.execPath, [
  '-r',
  '@swc-node/register',
  'bench/main.ts',
  ...process.argv.slice(2),
]);
