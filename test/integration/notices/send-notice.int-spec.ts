import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { RequestStatusQuery } from '@rightsdesk/intake';
import { NoticesModule, SendNoticeUseCase } from '@rightsdesk/notices';
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

  async function pendingNotice(recipient: string): Promise<Correspondence> {
    const requestId = await createTestRequest(dataSource, { email: recipient });
    return dataSource.getRepository(Correspondence).save({
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
});
