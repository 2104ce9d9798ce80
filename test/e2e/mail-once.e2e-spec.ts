import 'reflect-metadata';
import { Queue } from 'bullmq';
import { jobIdFor } from '@rightsdesk/queue';
import { AppProcess, waitUntil } from '../support/app-processes';
import { databasesOnlySettings } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';

const FAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/**
 * Exactly one email per notice, under faults: the api's clock running two minutes ahead of the
 * database's, a worker killed (SIGKILL) while writing a message before its end, or right after
 * the SMTP server accepted it, and an SMTP server that turns every connection away for longer
 * than a job's tries.
 */
describe('mail, once and on time', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'mail',
    smtp: true,
    apps: [],
    env: async () => ({
      ...(await databasesOnlySettings()),
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '200',
      MAIL_SEND_LEASE_MS: '3000',
      MAIL_RETRY_BACKOFF_MS: '2000',
    }),
  });
  const smtp = rightsdesk.smtp;
  let writer: string;
  let notices: Queue;

  beforeAll(async () => {
    await rightsdesk.start();
    // The api's clock two minutes ahead of the database's (libfaketime), for every test here.
    await rightsdesk.startApp('api', {
      LD_PRELOAD: FAKETIME,
      FAKETIME: '+120s',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    });
    writer = await rightsdesk.apiKey('mail', ['requests:write']);
    notices = new Queue('notices', {
      connection: { url: rightsdesk.env.REDIS_URL },
      prefix: rightsdesk.env.QUEUE_PREFIX,
    });
  }, 120_000);

  afterAll(async () => {
    await notices?.close();
    await rightsdesk.stop();
  });

  const submitAccess = async (email: string) =>
    (await rightsdesk.http.personInFranceAsks(writer, email, 'access')).body;

  const mailsWithId = (id: string) =>
    smtp.messages.filter((mail) => mail.messageId === `<${id}@rightsdesk>`).length;

  /** The request's message of `kind`, or (no kind) the one being sent. */
  async function correspondence(requestId: string, kind?: string) {
    const rows: Array<{ id: string; status: string; error: string | null }> =
      await rightsdesk.dataSource.query(
        `SELECT id, status, error FROM correspondence
          WHERE request_id = $1 AND ($2::text IS NULL AND status = 'sending' OR kind = $2)`,
        [requestId, kind ?? null],
      );
    return rows[0];
  }

  it('emails the code at once when the api clock runs 120 s ahead of the database', async () => {
    const worker = await rightsdesk.startApp('worker');
    try {
      const started = Date.now();
      const request = await submitAccess('clock.ahead@example.org');
      await smtp.verificationCode(request.reference);
      // Written from the api's clock, the code waited in the outbox until that clock came round.
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await worker.stop();
    }
  }, 60_000);

  it('emails the person their code once, after a restart, when the worker died before the message’s end', async () => {
    const doomed = await rightsdesk.startApp('worker', {
      RIGHTSDESK_FAILPOINT: 'mail.before-data-end',
    });
    const request = await submitAccess('killed.before.end@example.org');
    await waitUntil(
      () => !doomed.running,
      30_000,
      () => 'the worker to die before the end of the message',
    );
    // The server never had the message's end: it delivered nothing.
    const claimed = await correspondence(request.id);
    expect(claimed).toBeDefined();
    expect(mailsWithId(claimed.id)).toBe(0);

    const worker = await rightsdesk.startApp('worker');
    try {
      const code = await smtp.verificationCode(request.reference);
      expect((await rightsdesk.http.enterCode(request, code)).status).toBeLessThan(300);
      // The killed job comes back once its lock expires: it must find the message sent.
      const jobId = jobIdFor('notice.send', claimed.id);
      await waitUntil(
        async () => (await notices.getJobState(jobId)) === 'completed',
        60_000,
        () => `the stalled send job ${jobId} to run again and complete`,
      );
      const [sent] = await rightsdesk.dataSource.query(
        'SELECT status, send_tries FROM correspondence WHERE id = $1',
        [claimed.id],
      );
      expect(sent).toEqual({ status: 'sent', send_tries: 2 });
      expect(mailsWithId(claimed.id)).toBe(1);
    } finally {
      await worker.stop();
    }
  }, 120_000);

  it('sends a message once, and marks it for staff, when the worker dies after the server accepted it', async () => {
    const doomed = await rightsdesk.startApp('worker', {
      RIGHTSDESK_FAILPOINT: 'mail.after-server-accepted',
    });
    const request = await submitAccess('killed.after.accept@example.org');
    await waitUntil(
      () => !doomed.running,
      30_000,
      () => 'the worker to die after the 250',
    );
    // The server has the message; Rightsdesk only has its claim.
    const code = await correspondence(request.id);
    expect(code).toBeDefined();
    expect(mailsWithId(code.id)).toBe(1);

    const worker = await rightsdesk.startApp('worker');
    try {
      // The killed job comes back once its lock expires; it must find the claim, not resend.
      const jobId = jobIdFor('notice.send', code.id);
      await waitUntil(
        async () => (await notices.getJobState(jobId)) === 'completed',
        60_000,
        () => `the stalled send job ${jobId} to run again and complete`,
      );
      const [settled] = await rightsdesk.dataSource.query(
        'SELECT status, error FROM correspondence WHERE id = $1',
        [code.id],
      );
      expect(mailsWithId(code.id)).toBe(1);
      expect(settled.status).toBe('unconfirmed');
      expect(settled.error).toMatch(/^May have been sent at .* UTC: .*resend or confirm\.$/);
      const [{ n }] = await rightsdesk.dataSource.query(
        `SELECT count(*)::int AS n FROM request_events WHERE request_id = $1 AND action = 'notice.unconfirmed'`,
        [request.id],
      );
      expect(n).toBe(1);
    } finally {
      await worker.stop();
    }
  }, 120_000);

  it('tells the person their answer email is delayed while the server is down, then sends it once', async () => {
    const worker: AppProcess = await rightsdesk.startApp('worker');
    try {
      const request = await submitAccess('server.down@example.org');
      const code = await smtp.verificationCode(request.reference);
      smtp.outOfService = true;
      expect((await rightsdesk.http.enterCode(request, code)).status).toBeLessThan(300);
      // Both of the job's tries fail; the message waits for the sweep, its next try in Postgres.
      const answer = await waitUntil(
        async () => {
          const [row] = await rightsdesk.dataSource.query(
            `SELECT id, send_tries FROM correspondence
              WHERE request_id = $1 AND kind = 'access_completed' AND status = 'pending'`,
            [request.id],
          );
          return row?.send_tries >= 2 ? (row as { id: string }) : undefined;
        },
        60_000,
        () => 'the completion email to fail both of its tries',
      );
      const page = async () =>
        (await fetch(`${rightsdesk.baseUrl}/status/${request.statusToken}?lang=en`)).text();
      expect(await page()).toContain('our email to you is delayed');
      expect(await page()).not.toContain('we have sent you our answer');

      smtp.outOfService = false;
      await smtp.waitFor((mail) => mail.messageId === `<${answer.id}@rightsdesk>`, 30_000);
      await waitUntil(
        async () => (await correspondence(request.id, 'access_completed')).status === 'sent',
        10_000,
        () => 'the completion email to be recorded as sent',
      );
      expect(mailsWithId(answer.id)).toBe(1);
      expect(await page()).toContain('we have sent you our answer');
    } finally {
      smtp.outOfService = false;
      await worker.stop();
    }
  }, 120_000);
});
