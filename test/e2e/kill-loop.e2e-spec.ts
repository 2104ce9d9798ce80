import 'reflect-metadata';
import { killLoopRightsdesk, runKillLoop, shopEmails } from '../support/kill-loop';

/**
 * Until a send cut off before the end of DATA can be retried safely, a worker killed mid-send
 * leaves its email `unconfirmed` for staff (never resent blindly), so such an email may be
 * missing. When that lands, set this to false: every email must then arrive exactly once.
 */
const UNCONFIRMED_MAIL_MAY_BE_MISSING = true;

const REQUESTS = 100;

/**
 * About a hundred people file access and deletion requests while two workers carry them out and
 * one of them is SIGKILLed every 3 to 10 seconds. Every person answered 201 has their request in
 * Postgres; every verified request ends completed, or failed with its step and error for an
 * officer to retry; no email arrives twice; no answer is a 500. (bench/kill-loop-soak.ts runs
 * the same loop at a thousand requests, by hand.)
 */
describe('workers killed again and again under load', () => {
  const rightsdesk = killLoopRightsdesk('killloop', 150, {
    // A dead worker's job is free again within seconds, so a kill costs the run little.
    JOB_LOCK_MS: '4000',
    JOB_STALL_CHECK_MS: '1000',
    JOB_BACKOFF_MS: '500',
    // A send whose worker died after claiming it shows as unconfirmed within the run (not after
    // five minutes), and an email whose tries failed is swept again within seconds.
    MAIL_SEND_LEASE_MS: '20000',
    MAIL_RETRY_BACKOFF_MS: '2000',
  });
  let writer: string;
  let emails: string[];

  beforeAll(async () => {
    await rightsdesk.start();
    writer = await rightsdesk.apiKey('kill-loop', ['requests:write']);
    emails = await shopEmails(rightsdesk, REQUESTS);
  }, 120_000);

  afterAll(() => rightsdesk.stop());

  it('loses no request, leaves none stuck, sends no email twice and answers no 500', async () => {
    const started = Date.now();
    const counts = await runKillLoop(rightsdesk, writer, emails, {
      requests: REQUESTS,
      workers: 2,
      // More often than the hand soak's 3 to 10 s: on an idle machine the hundred requests are
      // done in about half a minute, and a kill or two would prove little.
      killEveryMs: [1_500, 4_000],
      concurrency: 20,
      codeWaitMs: 60_000,
      settleMs: 90_000,
      log: (line) => process.stdout.write(`kill loop: ${line}\n`),
    });
    process.stdout.write(
      `kill loop: ${Math.round((Date.now() - started) / 1000)} s ${JSON.stringify(counts)}\n`,
    );

    expect(counts.kills).toBeGreaterThanOrEqual(3);
    expect(counts).toMatchObject({ lost: 0, serverErrors: 0, stuck: 0, mailTwice: 0 });
    // A person whose code email never came could not verify: only an unconfirmed send excuses it.
    const excused = UNCONFIRMED_MAIL_MAY_BE_MISSING ? counts.mailMissingUnconfirmed : 0;
    expect(counts.mailMissing).toBe(excused);
    expect(counts.codeNeverArrived).toBeLessThanOrEqual(excused);
    expect(counts.completed + counts.failedVisibly).toBe(REQUESTS - counts.codeNeverArrived);
  }, 230_000);
});
