import 'reflect-metadata';
import { killLoopRightsdesk, runKillLoop, shopEmails } from '../test/support/kill-loop';

/**
 * The soak the reliability promise is measured by, run by hand (not in CI): REQUESTS (1,000 by
 * default) access and deletion requests against the built api and two workers, one worker
 * SIGKILLed and restarted every 3 to 10 seconds, the mail server filing a copy of every email in
 * an archive mailbox, then the counts that must all be 0: lost, stuck, mail twice, mail missing,
 * unconfirmed. Needs a build (`npm run build`) and the TEST_* services:
 *
 *   REQUESTS=200 node -r @swc-node/register bench/kill-loop-soak.ts
 */
async function soak(): Promise<void> {
  const requests = Number(process.env.REQUESTS ?? 1_000);
  // With the archive mailbox: an email a kill left unconfirmed is settled by its archive copy.
  const rightsdesk = killLoopRightsdesk(
    'soak',
    Math.max(requests, 300),
    { MAIL_ARCHIVE_SETTLE_MS: '10000' },
    { archive: true },
  );
  const log = (line: string) => console.log(`soak: ${line}`);
  try {
    await rightsdesk.start();
    const writer = await rightsdesk.apiKey('soak', ['requests:write']);
    const started = Date.now();
    const counts = await runKillLoop(rightsdesk, writer, await shopEmails(rightsdesk, requests), {
      requests,
      workers: 2,
      killEveryMs: [3_000, 10_000],
      settleMs: 600_000,
      log,
    });
    log(`${Math.round((Date.now() - started) / 1000)} s`);
    console.log(JSON.stringify(counts, null, 2));
    const bad =
      counts.lost +
      counts.serverErrors +
      counts.stuck +
      counts.mailTwice +
      counts.mailMissing +
      counts.unconfirmed +
      counts.codeNeverArrived;
    process.exitCode = bad === 0 ? 0 : 1;
  } finally {
    await rightsdesk.stop();
  }
}

void soak();
