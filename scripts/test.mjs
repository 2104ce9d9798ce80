// The whole test suite: build the processes the end-to-end tests start, then unit, integration
// and end-to-end tests against the real Postgres, Redis and a real SMTP server.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { requireServices } from './services.mjs';
import { mustRun, run } from './run.mjs';

await requireServices();
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  // A fresh machine of the kind the README names: Debian's Chromium, never a downloaded browser.
  console.log('installing Chromium for the browser tests (apt-get install chromium)');
  await mustRun('apt-get', ['update', '-qq']);
  await mustRun('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
if (!existsSync(chromium)) {
  console.error(
    `rightsdesk test: the browser tests need Chromium at ${chromium}: run "apt-get install -y chromium" (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
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
