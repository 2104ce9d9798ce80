// The whole test suite: build the processes the end-to-end tests start, then unit, integration
// and end-to-end tests against the real Postgres, Redis and a real SMTP server.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { requireServices } from './services.mjs';
import { mustRun, run } from './run.mjs';

await requireServices();
// Debian packages the tests use: Chromium for the browser tests, the font letters embed, and
// poppler and qpdf to read letters back. Installed when missing and running as root (a fresh
// machine of the kind the README names); never a downloaded browser.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needed = [
  [chromium, 'chromium'],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'fonts-dejavu-core'],
  ['/usr/bin/qpdf', 'qpdf'],
  ['/usr/bin/pdftotext', 'poppler-utils'],
].filter(([path]) => !existsSync(path));
if (needed.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const packages = needed.map(([, name]) => name);
  console.log(`installing ${packages.join(', ')} for the tests (apt-get)`);
  await mustRun('apt-get', ['update', '-qq']);
  await mustRun('apt-get', ['install', '-y', '-qq', ...packages], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
const missing = needed.filter(([path]) => !existsSync(path)).map(([, name]) => name);
if (missing.length > 0) {
  console.error(
    `rightsdesk test: the tests need Debian packages that are missing: run "apt-get install -y ${missing.join(' ')}" (or set CHROMIUM_PATH for Chromium).`,
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
  // One test file at a time, in a worker process started afresh once its heap passes the limit:
  // specs that start whole apps leave some memory behind, and a single process running them
  // all in band outgrew Node's heap.
  await jest([
    '--selectProjects',
    'integration',
    'e2e',
    '--maxWorkers=1',
    '--workerIdleMemoryLimit=1536MB',
  ]),
];
const sum = (key) => results.reduce((total, result) => total + (result[key] ?? 0), 0);
console.log(
  `\n${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests')} skipped`,
);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
