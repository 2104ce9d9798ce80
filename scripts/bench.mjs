// `npm run bench`: builds the processes the benchmarks start, then runs bench/main.ts.
import { requireServices } from './services.mjs';
import { mustRun } from './run.mjs';

await requireServices();
await mustRun('npm', ['run', '--silent', 'build']);
await mustRun(process.execPath, ['-r', '@swc-node/register', 'bench/main.ts']);
