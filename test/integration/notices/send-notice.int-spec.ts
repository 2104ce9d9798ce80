import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { RequestStatusQuery } from '@rightsdesk/intake';
import {
  NoticesModule,
  RetryUndeliveredMailUseCase,
  SendNoticeUseCase,
  SettleUnconfirmedMailUseCase,
} from '@rightsdesk/notices';
import { Correspondence, RequestEvent } from '@rightsdesk/persistence';
import { createTestRequest } from '../../support/requests';
import { SmtpSink } from '../../support/smtp-sink';
import { startTestIntake } from '../../support/intake';
import { type TestModule, testModule } from '../../support/test-module';

/**
 * Sending a notice to a real SMTP server: delivered mail is marked sent; a mailbox the server
 * refuses for good (550) is recorded as a bounce on the request and not tried again; a refusal
 * for now (451) is left for the job's retries.
 */
const TEST_KEY = Buffer.alloc(32, 7);

describe(SendNoticeUseCase.name, () => {
  const smtp = new SmtpSink();
  let notices: TestModule;
  let dataSource: DataSource;
  let send: SendNoticeUseCase;

  beforeAll(async () => {
    notices = await testModule([NoticesModule], {
      SMTP_URL: await smtp.start(),
      MAIL_FROM: 'Privacy <privacy@example.com>',
      // Secrets in the test requests are sealed with the test key.
      PACKAGE_ENCRYPTION_KEY: TEST_KEY.toString('hex'),
    });
    dataSource = notices.dataSource;
    send = notices.get(SendNoticeUseCase);
  });

  afterAll(async () => {
    await notices.close();
    await smtp.stop();
  });

  async function pendingNotice(recipient: string): Promise<Correspondence & { requestId: string }> {
    const requestId = await createTestRequest(dataSource, { email: recipient });
    const saved = await dataSource.getRepository(Correspondence).save({
      requestId,
      dedupeKey: `test:${Math.random()}`,
      kind: 'request_received',
      channel: 'email',
      language: 'en',
      recipient,
      subject: 'We received your request',
      bodyText: 'We received your request.',
      bodyHtml: null,
      status: 'pending',
    });
    return { ...saved, requestId };
  }

  const stored = (id: string) => dataSource.getRepository(Correspondence).findOneByOrFail({ id });

  it('marks delivered mail as sent, with the Message-ID the server saw', async () => {
    const notice = await pendingNotice('delivered.person@example.org');
    await send.execute(notice.id);
    const mail = await smtp.waitFor((message) => message.messageId === `<${notice.id}@rightsdesk>`);
    expect(mail.subject).toBe('We received your request');
    expect(await stored(notice.id)).toMatchObject({ status: 'sent', error: null });
  });

  it('records a permanent refusal as a bounce on the request and does not try again', async () => {
    smtp.unknownMailboxes.add('gone.person@example.org');
    const notice = await pendingNotice('gone.person@example.org');
    await expect(send.execute(notice.id)).resolves.toBeUndefined();

    const bounced = await stored(notice.id);
    expect(bounced.status).toBe('bounced');
    expect(bounced.error).toMatch(/^Bounced: .*550/);
    const [event] = await dataSource.getRepository(RequestEvent).find({
      where: { requestId: notice.requestId, action: 'notice.bounced' },
    });
    expect(event?.data).toMatchObject({ notice: 'request_received', code: 550 });
    expect(JSON.stringify(event?.data)).not.toContain('gone.person');

    const intake = await startTestIntake();
    const status = await intake
      .get(RequestStatusQuery)
      .status({ kind: 'system' }, notice.requestId)
      .finally(() => intake.close());
    expect(status.bouncedEmail).toMatchObject({
      correspondenceId: notice.id,
      kind: 'request_received',
    });
    // A second run (a retried job) leaves it alone, even were the server to accept it now.
    smtp.unknownMailboxes.clear();
    await send.execute(notice.id);
    expect((await stored(notice.id)).status).toBe('bounced');
    expect(smtp.messages.filter((m) => m.messageId === `<${notice.id}@rightsdesk>`)).toEqual([]);
  });

  it('leaves a temporary refusal to the retries, with the error kept for staff', async () => {
    smtp.busyMailboxes.add('busy.person@example.org');
    const notice = await pendingNotice('busy.person@example.org');
    await expect(send.execute(notice.id)).rejects.toThrow(/451/);
    expect(await stored(notice.id)).toMatchObject({ status: 'pending' });
    expect((await stored(notice.id)).error).toMatch(/451/);

    smtp.busyMailboxes.clear();
    await send.execute(notice.id);
    expect(await stored(notice.id)).toMatchObject({ status: 'sent', error: null });
  });

  const mailsFor = (id: string) =>
    smtp.messages.filter((message) => message.messageId === `<${id}@rightsdesk>`).length;

  /**
   * What a worker killed mid-send leaves: the claim, `ago` old, and no record of the answer;
   * `atEnd`: killed once it was writing the message's end (past its commit point).
   */
  async function claimedBy(id: string, ago: string, atEnd = true): Promise<void> {
    await dataSource.query(
      `UPDATE correspondence SET status = 'sending', send_attempt = gen_random_uuid(),
              send_claimed_at = now() - $2::interval, send_tries = 1,
              send_committed_at = CASE WHEN $3 THEN now() - $2::interval END
        WHERE id = $1`,
      [id, ago, atEnd],
    );
  }

  it('sends once a message whose attempt died before its end went out, as one more try', async () => {
    const notice = await pendingNotice('killed.mid.message@example.org');
    await claimedBy(notice.id, '10 minutes', false);
    await notices.get(RetryUndeliveredMailUseCase).runOnce();
    const jobs = await dataSource.query(
      `SELECT job_id FROM outbox WHERE payload->>'correspondenceId' = $1`,
      [notice.id],
    );
    expect(jobs).toEqual([{ job_id: `notice.send.${notice.id}.retry1` }]);

    await send.execute(notice.id);
    await send.execute(notice.id);
    expect(mailsFor(notice.id)).toBe(1);
    expect(await stored(notice.id)).toMatchObject({ status: 'sent', error: null, sendTries: 2 });
  });

  it('never sends again a message whose attempt died while writing its end, and marks it for staff', async () => {
    const notice = await pendingNotice('claimed.person@example.org');
    await claimedBy(notice.id, '10 minutes');
    await send.execute(notice.id);

    expect(mailsFor(notice.id)).toBe(0);
    const marked = await stored(notice.id);
    expect(marked.status).toBe('unconfirmed');
    expect(marked.error).toMatch(/^May have been sent at \d{4}-\d\d-\d\d .* UTC: /);
    const events = await dataSource.getRepository(RequestEvent).find({
      where: { requestId: notice.requestId, action: 'notice.unconfirmed' },
    });
    expect(events).toHaveLength(1);
    // The status page of the person does not claim it went out.
    const intake = await startTestIntake();
    const status = await intake
      .get(RequestStatusQuery)
      .status({ kind: 'system' }, notice.requestId)
      .finally(() => intake.close());
    expect(status.emailDelayed).toBe(true);
  });

  it('leaves a message alone while another attempt holds a fresh claim on it', async () => {
    const notice = await pendingNotice('in.flight.person@example.org');
    await claimedBy(notice.id, '1 second');
    await send.execute(notice.id);
    expect(mailsFor(notice.id)).toBe(0);
    expect((await stored(notice.id)).status).toBe('sending');
  });

  it('sends a message again on its own once its tries failed, with a new job and the same Message-ID', async () => {
    const notice = await pendingNotice('server.down.person@example.org');
    smtp.outOfService = true;
    await expect(send.execute(notice.id)).rejects.toThrow(/421/);
    smtp.outOfService = false;
    const failed = await stored(notice.id);
    expect(failed).toMatchObject({ status: 'pending', sendTries: 1 });
    expect(failed.nextTryAt).not.toBeNull();

    // Due now (the backoff has passed): the sweep hands it to a job of its own.
    await dataSource.query(`UPDATE correspondence SET next_try_at = now() WHERE id = $1`, [
      notice.id,
    ]);
    await notices.get(RetryUndeliveredMailUseCase).runOnce();
    const jobs = await dataSource.query(
      `SELECT job_id FROM outbox WHERE payload->>'correspondenceId' = $1`,
      [notice.id],
    );
    expect(jobs).toEqual([{ job_id: `notice.send.${notice.id}.retry1` }]);
    expect((await stored(notice.id)).nextTryAt).toBeNull();

    await send.execute(notice.id);
    expect(mailsFor(notice.id)).toBe(1);
    expect(await stored(notice.id)).toMatchObject({ status: 'sent', error: null, sendTries: 2 });
  });

  it('lets staff settle a message that may have been sent: resent once on their word, or confirmed', async () => {
    const settle = notices.get(SettleUnconfirmedMailUseCase);
    const lost = await pendingNotice('never.got.it@example.org');
    const arrived = await pendingNotice('did.get.it@example.org');
    for (const notice of [lost, arrived]) {
      await claimedBy(notice.id, '10 minutes');
      await send.execute(notice.id);
    }

    expect(await settle.resend({ id: lost.id }, 'staff:ana')).toEqual({
      id: lost.id,
      status: 'pending',
    });
    await notices.get(RetryUndeliveredMailUseCase).runOnce();
    await send.execute(lost.id);
    expect(mailsFor(lost.id)).toBe(1);
    expect((await stored(lost.id)).status).toBe('sent');

    await settle.confirm({ id: arrived.id }, 'staff:ana');
    const confirmed = await stored(arrived.id);
    expect(confirmed).toMatchObject({ status: 'sent', error: null });
    expect(confirmed.sentAt).toEqual(confirmed.sendClaimedAt);
    expect(mailsFor(arrived.id)).toBe(0);
    // Settled once: a second click changes nothing.
    await expect(settle.resend({ id: arrived.id }, 'staff:ana')).rejects.toThrow(/is sent/);
  });
});
