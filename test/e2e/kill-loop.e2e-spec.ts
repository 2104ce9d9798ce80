import 'reflect-metadata';
import { killLoopRightsdesk, runKillLoop, shopEmails } from '../support/kill-loop';

const REQUESTS = 100;

/**
 * About a hundred people file access and deletion requests while two workers carry them out and
 * one of them is SIGKILLed every 3 to 10 seconds, with the company's archive mailbox getting a
 * copy of every email the mail server accepts. Every person answered 201 has their request in
 * Postgres; every verified request ends completed, or failed with its step and error for an
 * officer to retry; every email arrives exactly once (one a kill left unconfirmed is settled by
 * the archive copy); no answer is a 500. (bench/kill-loop-soak.ts runs the same loop at a
 * thousand requests, by hand.)
 */
describe('workers killed again and again under load', () => {
  const rightsdesk = killLoopRightsdesk(
    'killloop',
    150,
    {
      // A dead worker's job is free again within seconds, so a kill costs the run little.
      JOB_LOCK_MS: '4000',
      JOB_STALL_CHECK_MS: '1000',
      JOB_BACKOFF_MS: '500',
      // A send whose worker died after claiming it shows as unconfirmed within the run (not after
      // five minutes), and an email whose tries failed is swept again within seconds.
      MAIL_SEND_LEASE_MS: '20000',
      MAIL_RETRY_BACKOFF_MS: '2000',
      // The sink files the archive copy before it answers 250: a few seconds is ample.
      MAIL_ARCHIVE_SETTLE_MS: '5000',
    },
    { archive: true },
  );
  let writer: string;
  let emails: string[];

  beforeAll(async () => {
    await rightsdesk.start();
    writer = await rightsdesk.apiKey('kill-loop', ['requests:write']);
    emails = await shopEmails(rightsdesk, REQUESTS);
  }, 120_000);

  afterAll(() => rightsdesk.stop());

  it('loses no request, leaves none stuck, sends every email once and answers no 500', async () => {
    const started = Date.now();
    const counts = await runKillLoop(rightsdesk, writer, emails, {
      requests: REQUESTS,
      workers: 2,
      // More often than the hand soak's 3 to 10 s: on an idle machine the hundred requests are
      // done in about half a minute, and a kill or two would prove little.
      killEveryMs: [1_500, 4_000],
      concurrency: 20,
      // A code a kill cut off after its commit point comes once its lease (20 s) has run out, the
      // archive has been checked and the sweep has sent it again: a person waits two minutes.
      codeWaitMs: 120_000,
      settleMs: 90_000,
      log: (line) => process.stdout.write(`kill loop: ${line}\n`),
    });
    process.stdout.write(
      `kill loop: ${Math.round((Date.now() - started) / 1000)} s ${JSON.stringify(counts)}\n`,
    );

    expect(counts.kills).toBeGreaterThanOrEqual(3);
    expect(counts).toMatchObject({
      lost: 0,
      serverErrors: 0,
      stuck: 0,
      mailTwice: 0,
      mailMissing: 0,
      codeNeverArrived: 0,
      unconfirmed: 0,
    });
    expect(counts.completed + counts.failedVisibly).toBe(REQUESTS);
  }, 330_000);
});
