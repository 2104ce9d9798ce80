// The demo: build, migrate, seed the demo shop (once), then run the api and the worker together
// and print where to find them. Ctrl-C stops both.
import { execFileSync, spawn } from 'node:child_process';
import { requireServices } from './services.mjs';
import { mustRun } from './run.mjs';

const env = { ...process.env };
env.PORT ??= '3000';
env.PUBLIC_URL ??= `http://localhost:${env.PORT}`;
const people = process.env.DEMO_PEOPLE ?? '1000';
// The demo approves access requests by policy once verified, so a request runs end to end on
// its own; an installation's default (AUTO_APPROVE unset) is an officer's review of each one.
env.AUTO_APPROVE ??= 'access';

await requireServices(env);
await mustRun('npm', ['run', '--silent', 'build'], { env });
await mustRun('node', ['dist/apps/cli/main.js', 'migrate'], { env });
await mustRun('node', ['dist/apps/cli/main.js', 'seed-shop', '--people', people, '--if-empty'], {
  env,
});

// The demo's staff (an admin and a privacy officer), with fresh passwords on every start.
const demoStaff = execFileSync('node', ['dist/apps/cli/main.js', 'demo-staff'], { env })
  .toString()
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));

const children = ['api', 'worker'].map((name) => {
  const child = spawn('node', [`dist/apps/${name}/main.js`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, target) =>
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        target.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.once('exit', (code) => {
    console.error(`[${name}] exited with code ${code}; stopping the demo`);
    stop(code ?? 1);
  });
  return child;
});

function stop(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));

// Print the URLs once the api answers.
for (let attempt = 0; attempt < 120; attempt += 1) {
  try {
    const response = await fetch(`${env.PUBLIC_URL}/health`);
    if (response.ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const mail = env.SMTP_URL
  ? `sent through ${new URL(env.SMTP_URL).host}`
  : 'kept in Postgres, not sent (set SMTP_URL to send); read it with: npm run cli -- kept-mail';
console.log(`
Rightsdesk is running.
  Privacy center ${env.PUBLIC_URL}/
  API            ${env.PUBLIC_URL}/api/v1/requests (needs a key: npm run cli -- create-api-key --name crm --scopes requests:write,requests:read)
  API docs       ${env.PUBLIC_URL}/api/docs
  Health         ${env.PUBLIC_URL}/health
  Staff console  ${env.PUBLIC_URL}/console/sign-in (new passwords on every start)
${demoStaff.map(([role, email, password]) => `                 ${role === 'admin' ? 'admin  ' : 'officer'}  ${email}  ${password}`).join('\n')}
  Demo shop      ${people} people in ${env.SHOP_DATABASE_URL ?? 'postgres://postgres@localhost:5432/rightsdesk_shop'}
  Mail           ${mail}
Try: open ${env.PUBLIC_URL}/requests/new/access, ask as zoe.angstrom@example.com (a demo shop
     customer), then enter the 6-digit code from the verification email.
Press Ctrl-C to stop.
`);
