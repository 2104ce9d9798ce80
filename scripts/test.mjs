// The whole test suite: build the processes the end-to-end tests start, then unit, integration
// and end-to-end tests against the real Postgres, Redis and a real SMTP server.
import { readFileSync, rmSync } from 'node:fs';
import { requireServices } from './services.mjs';
import { mustRun, run } from './run.mjs';

await requireServices();
await mustRun('npm', ['run', '--silent', 'build']);

const results = [];
async function jest(args) {
  const file = `/tmp/rightsdesk-jest-${process.pid}-${results.length}.json`;
  const code = await run('npx', ['jest', ...args, '--json', `--outputFile=${file}`]);
  try {
    results.push(JSON.parse(readFileSync(file, 'utf8')));
    rmSync(file);
  } catch {
    results.push({ numPassedTests: 0, numFailedTests: 1, numPendingTests: 0 });
  }
  return code;
}

const codes = [
  await jest(['--selectProjects', 'unit']),
  await jest(['--selectProjects', 'integration', 'e2e', '--runInBand']),
];
const sum = (key) => results.reduce((total, result) => total + (result[key] ?? 0), 0);
console.log(
  `\n${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests')} skipped`,
);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
