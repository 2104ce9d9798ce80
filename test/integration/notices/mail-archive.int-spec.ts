import 'reflect-metadata';
import { simpleParser } from 'mailparser';
import { DataSource } from 'typeorm';
import {
  MailArchiveUnreadable,
  NoticesModule,
  ReconcileUnconfirmedMailUseCase,
  RetryUndeliveredMailUseCase,
  SendNoticeUseCase,
} from '@rightsdesk/notices';
import { Correspondence, RequestEvent } from '@rightsdesk/persistence';
import { archiveCopies } from '../../support/archive-copies';
import { PrivateDovecot } from '../../support/private-dovecot';
import { createTestRequest } from '../../support/requests';
import { SmtpSink } from '../../support/smtp-sink';
import { type TestModule, testModule } from '../../support/test-module';

const ARCHIVE = { user: 'archive@rightsdesk.test', password: 'archive-secret' };

/**
 * A person's email whose sending died after its commit point (no 250 recorded) is settled by the
 * archive mailbox the company's mail server files a Bcc copy of every accepted email in: a copy
 * there means the person has it, so it is recorded as sent and never sent again; no copy means
 * the server never took it, so it goes out once more, and arrives once. While the archive cannot
 * be read nothing is concluded and nothing is sent.
 */
describe(ReconcileUnconfirmedMailUseCase.name, () => {
  const smtp = new SmtpSink();
  let dovecot: PrivateDovecot;
  let notices: TestModule;
  let dataSource: DataSource;
  let send: SendNoticeUseCase;
  let reconcile: ReconcileUnconfirmedMailUseCase;

  beforeAll(async () => {
    dovecot = await PrivateDovecot.started([ARCHIVE]);
    smtp.fileArchiveCopies(ARCHIVE.user, dovecot);
    notices = await testModule([NoticesModule], {
      SMTP_URL: await smtp.start(),
      MAIL_FROM: 'Privacy <privacy@example.com>',
      MAIL_ARCHIVE_ADDRESS: ARCHIVE.user,
      MAIL_ARCHIVE_IMAP_URL: dovecot.imapUrl,
      MAIL_ARCHIVE_IMAP_USER: ARCHIVE.user,
      MAIL_ARCHIVE_IMAP_PASSWORD: ARCHIVE.password,
      MAIL_ARCHIVE_SETTLE_MS: '60000',
    });
    dataSource = notices.dataSource;
    send = notices.get(SendNoticeUseCase);
    reconcile = notices.get(ReconcileUnconfirmedMailUseCase);
  }, 60_000);

  afterAll(async () => {
    await notices?.close();
    await smtp.stop();
    await dovecot?.stop();
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
  const mailsFor = (id: string) =>
    smtp.messages.filter((message) => message.messageId === `<${id}@rightsdesk>`);
  const eventsOf = async (notice: Correspondence) =>
    (
      await dataSource
        .getRepository(RequestEvent)
        .find({ where: { requestId: notice.requestId! }, order: { seq: 'ASC' } })
    ).map((event) => event.action);

  const copiesInArchive = (id: string) => archiveCopies(dovecot, ARCHIVE, `<${id}@rightsdesk>`);

  /**
   * What a worker killed after its commit point leaves, once the sweep has marked it: the claim,
   * committed `ago`, and no record of the server's answer.
   */
  async function unconfirmed(id: string, ago = '10 minutes'): Promise<void> {
    await dataSource.query(
      `UPDATE correspondence SET status = 'unconfirmed',
              send_attempt = coalesce(send_attempt, gen_random_uuid()),
              send_claimed_at = now() - $2::interval, send_committed_at = now() - $2::interval,
              send_tries = 1, sent_at = NULL, error = 'May have been sent'
        WHERE id = $1`,
      [id, ago],
    );
  }

  it('gives the archive a blind copy of every email, the same message the person gets', async () => {
    const notice = await pendingNotice('copied.person@example.org');
    await send.execute(notice.id);

    const [personal] = mailsFor(notice.id);
    expect(personal.headers.has('bcc')).toBe(false);
    const [copy] = await copiesInArchive(notice.id);
    const archived = await simpleParser(copy);
    expect(archived.text).toBe(personal.text);
    expect(archived.to).toEqual(personal.to);
    expect(archived.headers.has('bcc')).toBe(false);
  });

  it('records an email the archive holds as sent, by the archive copy, and never sends it again', async () => {
    const notice = await pendingNotice('had.it.all.along@example.org');
    await send.execute(notice.id);
    // The worker died after the server's 250, before writing it down.
    await unconfirmed(notice.id);

    await reconcile.runOnce();
    const settled = await stored(notice.id);
    expect(settled).toMatchObject({ status: 'sent', error: null, sealedSecrets: null });
    expect(settled.sentAt).toEqual(settled.sendCommittedAt);
    expect(await eventsOf(notice)).toContain('notice.archive_confirmed');
    await notices.get(RetryUndeliveredMailUseCase).runOnce();
    await send.execute(notice.id);
    expect(mailsFor(notice.id)).toHaveLength(1);
    expect(await copiesInArchive(notice.id)).toHaveLength(1);
  });

  it('sends once more, and only once, an email the archive never got, which then arrives once', async () => {
    const notice = await pendingNotice('never.got.it@example.org');
    // The worker died after its commit point, before the message's end reached the server.
    await unconfirmed(notice.id);

    await reconcile.runOnce();
    expect(await stored(notice.id)).toMatchObject({ status: 'pending', error: null });
    expect(await eventsOf(notice)).toContain('notice.archive_resend');
    await notices.get(RetryUndeliveredMailUseCase).runOnce();
    await send.execute(notice.id);
    await send.execute(notice.id);
    expect(mailsFor(notice.id)).toHaveLength(1);
    expect(await copiesInArchive(notice.id)).toHaveLength(1);
    expect(await stored(notice.id)).toMatchObject({ status: 'sent', sendTries: 2 });
  });

  it('records a mailbox the server refuses for good as a bounce, though the archive took its copy', async () => {
    smtp.unknownMailboxes.add('gone.for.good@example.org');
    const notice = await pendingNotice('gone.for.good@example.org');
    await send.execute(notice.id);
    expect(await stored(notice.id)).toMatchObject({ status: 'bounced' });
    expect(await eventsOf(notice)).not.toContain('notice.sent');
  });

  it('does not take the archive copy of an attempt the person’s server turned away for the later one', async () => {
    smtp.busyMailboxes.add('greylisted@example.org');
    const notice = await pendingNotice('greylisted@example.org');
    await expect(send.execute(notice.id)).rejects.toThrow(/451/);
    smtp.busyMailboxes.clear();
    // The next attempt died after its commit point, before the message's end reached the server.
    await dataSource.query(`UPDATE correspondence SET send_attempt = NULL WHERE id = $1`, [
      notice.id,
    ]);
    await unconfirmed(notice.id);

    await reconcile.runOnce();
    expect(await eventsOf(notice)).toContain('notice.archive_resend');
    await notices.get(RetryUndeliveredMailUseCase).runOnce();
    await send.execute(notice.id);
    // The copy of the attempt the person's server turned away, and of the one they got.
    expect(await copiesInArchive(notice.id)).toHaveLength(2);
    expect((await stored(notice.id)).status).toBe('sent');
  });

  it('leaves to staff an email still missing from the archive after it was sent again once', async () => {
    const notice = await pendingNotice('twice.cut.off@example.org');
    await unconfirmed(notice.id);
    await reconcile.runOnce();
    // That check was 20 minutes ago; the second sending died after its commit point too.
    await dataSource.query(
      `UPDATE correspondence SET archive_checked_at = now() - interval '20 minutes' WHERE id = $1`,
      [notice.id],
    );
    await unconfirmed(notice.id, '5 minutes');

    await reconcile.runOnce();
    await notices.get(RetryUndeliveredMailUseCase).runOnce();
    await send.execute(notice.id);
    const left = await stored(notice.id);
    expect(left.status).toBe('unconfirmed');
    expect(left.error).toMatch(/^Not in the mail archive, .*resend or confirm\.$/);
    expect(await eventsOf(notice)).toContain('notice.archive_missing');
    expect(mailsFor(notice.id)).toHaveLength(0);
  });

  it('waits for the settle time before concluding anything from the archive', async () => {
    const notice = await pendingNotice('just.cut.off@example.org');
    await unconfirmed(notice.id, '10 seconds');
    await reconcile.runOnce();
    expect((await stored(notice.id)).status).toBe('unconfirmed');
    expect(await eventsOf(notice)).not.toContain('notice.archive_resend');
  });

  it('sends nothing while the archive cannot be read, and settles the email once it can', async () => {
    const notice = await pendingNotice('archive.down@example.org');
    await unconfirmed(notice.id);
    await dovecot.crash();
    try {
      await expect(reconcile.runOnce()).rejects.toThrow(MailArchiveUnreadable);
      await notices.get(RetryUndeliveredMailUseCase).runOnce();
      await send.execute(notice.id);
      expect(await stored(notice.id)).toMatchObject({ status: 'unconfirmed' });
      expect(await eventsOf(notice)).not.toContain('notice.archive_resend');
      expect(mailsFor(notice.id)).toHaveLength(0);
    } finally {
      await dovecot.start();
    }

    await reconcile.runOnce();
    await notices.get(RetryUndeliveredMailUseCase).runOnce();
    await send.execute(notice.id);
    expect(mailsFor(notice.id)).toHaveLength(1);
    expect((await stored(notice.id)).status).toBe('sent');
  });
});
