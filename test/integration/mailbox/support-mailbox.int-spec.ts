import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { ImapFlow } from 'imapflow';
import { DataSource, Like } from 'typeorm';
import { RequestRepository } from '@rightsdesk/requests';
import {
  MailboxModule,
  MailboxTriageQuery,
  PollMailboxUseCase,
  ReadMailboxMessageUseCase,
} from '@rightsdesk/mailbox';
import {
  MailboxAttachment,
  MailboxMessage,
  MailboxPosition,
  RequestEvent,
  RequestMessage,
} from '@rightsdesk/persistence';
import { PrivateDovecot } from '../../support/private-dovecot';
import { createTestRequest } from '../../support/requests';
import { type TestModule, testModule } from '../../support/test-module';

/**
 * The support mailbox, read from a real Dovecot: a person who writes to the privacy address
 * either answers a request (they quote its reference: the message is on that request's
 * timeline) or asks something new (a draft an officer triages). Every message is stored once,
 * whoever reads it and however often; a message or file that is not what it claims, a mailbox
 * that is down or refuses the login leave a clear line for staff and lose nothing.
 */
const PRIVACY = { user: 'privacy@example.com', password: 'mailbox-password-1' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe(PollMailboxUseCase.name, () => {
  let dovecot: PrivateDovecot;
  let mailbox: TestModule;
  let dataSource: DataSource;

  const env = (password = PRIVACY.password) => ({
    IMAP_URL: dovecot.imapUrl,
    IMAP_USER: PRIVACY.user,
    IMAP_PASSWORD: password,
    IMAP_MESSAGE_MAX_BYTES: String(200 * 1024),
  });

  beforeAll(async () => {
    dovecot = await PrivateDovecot.started([PRIVACY]);
    mailbox = await testModule([MailboxModule], env());
    dataSource = mailbox.dataSource;
  });

  afterAll(async () => {
    await mailbox?.close();
    await dovecot?.stop();
  });

  const poll = () => mailbox.get(PollMailboxUseCase).runOnce();

  function stored(messageId: string): Promise<MailboxMessage | null> {
    return dataSource.getRepository(MailboxMessage).findOneBy({ messageId: `<${messageId}>` });
  }

  /** Whether the message carries \Seen in the mailbox, as a person's mail program shows it. */
  async function seenInMailbox(messageId: string): Promise<boolean> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: dovecot.imapPort,
      secure: false,
      auth: { user: PRIVACY.user, pass: PRIVACY.password },
      logger: false,
    });
    await client.connect();
    try {
      await client.mailboxOpen('INBOX', { readOnly: true });
      const [uid] =
        (await client.search({ header: { 'message-id': messageId } }, { uid: true })) || [];
      const message = await client.fetchOne(String(uid), { flags: true }, { uid: true });
      return Boolean(message && message.flags?.has('\\Seen'));
    } finally {
      await client.logout();
    }
  }

  async function send(message: { subject: string; text: string; attachments?: object[] }) {
    const messageId = `${randomUUID()}@mail.example.net`;
    await dovecot.deliver({
      from: 'Dana Whitfield <dana.whitfield@example.net>',
      to: PRIVACY.user,
      messageId: `<${messageId}>`,
      date: new Date('2026-11-20T10:15:00Z'),
      ...message,
    });
    return messageId;
  }

  it('threads a reply that quotes a request reference onto that request, at the time it was sent', async () => {
    const requestId = await createTestRequest(dataSource, { email: 'dana.whitfield@example.net' });
    const { reference } = await mailbox.get(RequestRepository).getById(requestId);

    const messageId = await send({
      subject: `Re: Your privacy request ${reference}`,
      text: 'Here is the information you asked for.',
    });
    await poll();

    const message = await stored(messageId);
    expect(message).toMatchObject({ status: 'threaded', requestId });
    const events = await dataSource.getRepository(RequestEvent).findBy({
      requestId,
      action: 'correspondence.inbound_received',
    });
    expect(events).toHaveLength(1);
    expect(events[0].at.toISOString()).toBe('2026-11-20T10:15:00.000Z');
    expect(events[0].data).toEqual({
      mailboxMessageId: message!.id,
      channel: 'email',
      attachments: 0,
    });
  });

  it("takes an emailed answer to our question as the person's answer: the request goes back to review, their link never kept", async () => {
    // Dana was asked for more information; she replies from her mail program, which quotes our
    // email, status link and all.
    const requestId = await createTestRequest(dataSource, { email: 'dana.whitfield@example.net' });
    await dataSource.query(`UPDATE requests SET status = 'needs_info' WHERE id = $1`, [requestId]);
    const { reference } = await mailbox.get(RequestRepository).getById(requestId);
    const token = 'Qw3rTy_uIoP-aSdFgHjKlZxCvBnM1234567890abcde';

    await send({
      subject: `Re: We need more information (${reference})`,
      text: [
        'My customer number is C-20931 and I moved in March.',
        '',
        `> Follow your request at https://privacy.example.com/status/${token}`,
      ].join('\n'),
    });
    await poll();

    const request = await mailbox.get(RequestRepository).getById(requestId);
    expect(request.status).toBe('awaiting_review');
    const answers = await dataSource
      .getRepository(RequestMessage)
      .findBy({ requestId, direction: 'from_person' });
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ channel: 'email', recordedBy: 'mailbox' });
    expect(answers[0].body).toContain('My customer number is C-20931');
    expect(answers[0].body).not.toContain(token);
  });

  it('makes a new message a draft an officer reads, sealed at rest, its PDF kept and its opening audited', async () => {
    const messageId = await send({
      subject: 'Please delete my account',
      text: 'I no longer shop with you; delete everything you hold about me.',
      attachments: [{ filename: 'id-letter.pdf', content: PDF }],
    });
    await poll();

    const message = await stored(messageId);
    expect(message).toMatchObject({ status: 'draft', requestId: null, problem: null });
    expect(message!.receivedAt.toISOString()).toBe('2026-11-20T10:15:00.000Z');
    expect(message!.sealed!.toString('latin1')).not.toContain('dana.whitfield');
    const drafts = await mailbox.get(MailboxTriageQuery).drafts();
    expect(drafts.map((draft) => draft.id)).toContain(message!.id);

    const opened = await mailbox
      .get(ReadMailboxMessageUseCase)
      .open(message!.id, 'staff:officer-1');
    expect(opened.content).toMatchObject({
      from: 'dana.whitfield@example.net',
      fromName: 'Dana Whitfield',
      subject: 'Please delete my account',
    });
    expect(opened.content!.text).toContain('delete everything you hold about me');
    expect(opened.attachments).toEqual([
      { position: 0, contentType: 'application/pdf', byteSize: PDF.length },
    ]);
    const file = await mailbox
      .get(ReadMailboxMessageUseCase)
      .attachment(message!.id, 0, 'staff:officer-1');
    expect(file.content.equals(PDF)).toBe(true);
    const audited = await dataSource.getRepository(RequestEvent).findBy({
      actor: 'staff:officer-1',
      action: 'mailbox.message_read',
    });
    expect(audited.map((event) => event.data)).toContainEqual({ mailboxMessageId: message!.id });
  });

  it('stores each message once when two pollers read the mailbox at the same time, and again after a restart', async () => {
    const requestId = await createTestRequest(dataSource);
    const { reference } = await mailbox.get(RequestRepository).getById(requestId);
    const ids = [
      await send({ subject: `About ${reference}`, text: 'My new address is below.' }),
      await send({ subject: 'A question', text: 'What do you keep about me?' }),
      await send({ subject: 'Another question', text: 'Do you sell my data?' }),
    ];
    const second = await testModule([MailboxModule], env());
    try {
      await Promise.all([poll(), second.get(PollMailboxUseCase).runOnce(), poll()]);
      await second.get(PollMailboxUseCase).runOnce();
    } finally {
      await second.close();
    }
    const restarted = await testModule([MailboxModule], env());
    try {
      // A restart that lost its place (the mark set back) reads everything again: nothing doubles.
      await dataSource
        .getRepository(MailboxPosition)
        .update({ mailbox: Like(`%:${dovecot.imapPort}/INBOX`) }, { lastUid: '0' });
      await restarted.get(PollMailboxUseCase).runOnce();
    } finally {
      await restarted.close();
    }

    const rows = await dataSource
      .getRepository(MailboxMessage)
      .findBy(ids.map((id) => ({ messageId: `<${id}>` })));
    expect(rows).toHaveLength(3);
    const threads = await dataSource.getRepository(RequestEvent).countBy({
      requestId,
      action: 'correspondence.inbound_received',
    });
    expect(threads).toBe(1);
  });

  it('keeps out an attachment that lies about its type, and says so, keeping the message', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const messageId = await send({
      subject: 'My ID',
      text: 'Attached.',
      attachments: [
        {
          filename: 'passport.pdf',
          contentType: 'application/pdf',
          content: Buffer.from('MZ this is a program, not a PDF'),
        },
      ],
    });
    await poll();

    const message = await stored(messageId);
    expect(message).toMatchObject({ status: 'draft' });
    expect(message!.refusedAttachments).toEqual([{ byteSize: 31, reason: 'wrong_type' }]);
    expect(
      await dataSource.getRepository(MailboxAttachment).countBy({ mailboxMessageId: message!.id }),
    ).toBe(0);
    const lines = warnings.mock.calls.map(([line]) => String(line));
    expect(lines.some((line) => /attachment\(s\) left out \(wrong_type\)/.test(line))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/passport|example\.net|My ID/);
    warnings.mockRestore();
  });

  it('keeps a malformed message whole as text, and notes one too big to read without losing it', async () => {
    const malformedId = `${randomUUID()}@broken.example.net`;
    await dovecot.deliverRaw(
      PRIVACY.user,
      `Message-ID: <${malformedId}>\r\nSubject: no sender here\r\n\r\nplease erase me, my email is lee@example.org\r\n`,
    );
    const bigId = await send({
      subject: 'Scans',
      text: 'All my documents',
      attachments: [
        { filename: 'scan.pdf', content: Buffer.concat([PDF, Buffer.alloc(300 * 1024, 65)]) },
      ],
    });
    await poll();

    const malformed = await stored(malformedId);
    expect(malformed).toMatchObject({ status: 'draft', problem: 'malformed' });
    const opened = await mailbox
      .get(ReadMailboxMessageUseCase)
      .open(malformed!.id, 'staff:officer-1');
    expect(opened.content).toMatchObject({ from: null });
    expect(opened.content!.text).toContain('please erase me, my email is lee@example.org');

    const big = await stored(bigId);
    expect(big).toMatchObject({ status: 'draft', problem: 'too_big', sealed: null });
    expect(big!.byteSize).toBeGreaterThan(300 * 1024);
  });

  it('writes nothing and leaves the message unread in the mailbox when storing it fails, then takes it in whole', async () => {
    const messageId = await send({
      subject: 'Signed form',
      text: 'Here is my signed form.',
      attachments: [{ filename: 'form.pdf', content: PDF }],
    });
    // Postgres refuses the file halfway through storing the message (after the message row).
    await dataSource.query(`CREATE FUNCTION refuse_mailbox_file() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'simulated failure'; END $$ LANGUAGE plpgsql`);
    await dataSource.query(
      `CREATE TRIGGER refuse_mailbox_file BEFORE INSERT ON mailbox_attachments
       FOR EACH ROW EXECUTE FUNCTION refuse_mailbox_file()`,
    );
    try {
      await expect(poll()).rejects.toThrow(/simulated failure/);
    } finally {
      await dataSource.query('DROP TRIGGER refuse_mailbox_file ON mailbox_attachments');
      await dataSource.query('DROP FUNCTION refuse_mailbox_file()');
    }
    expect(await stored(messageId)).toBeNull();
    expect(await seenInMailbox(messageId)).toBe(false);

    await poll();
    const message = await stored(messageId);
    expect(message).toMatchObject({ status: 'draft' });
    expect(
      await dataSource.getRepository(MailboxAttachment).countBy({ mailboxMessageId: message!.id }),
    ).toBe(1);
    expect(await seenInMailbox(messageId)).toBe(true);
  });

  it('reads nothing while the mailbox is down, says so, and takes in what waited once it is back', async () => {
    const messageId = await send({ subject: 'Hello', text: 'Are you there?' });
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    await dovecot.crash();
    try {
      await expect(poll()).resolves.toBe(0);
      expect(await stored(messageId)).toBeNull();
      const position = await mailbox.get(MailboxTriageQuery).state();
      expect(position.position).toMatchObject({ lastFailure: 'unreachable' });
      expect(warnings.mock.calls.map(([line]) => String(line))).toContainEqual(
        expect.stringMatching(/support mailbox: cannot read it: the mail server does not answer/),
      );
    } finally {
      warnings.mockRestore();
      await dovecot.start();
    }
    await poll();
    expect(await stored(messageId)).toMatchObject({ status: 'draft' });
    expect((await mailbox.get(MailboxTriageQuery).state()).position).toMatchObject({
      lastFailure: null,
    });
  });

  it('reads nothing when the mailbox refuses the password, and says which settings to check', async () => {
    const messageId = await send({ subject: 'Hi', text: 'Delete me please' });
    const refused = await testModule([MailboxModule], env('a-wrong-password'));
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    try {
      await expect(refused.get(PollMailboxUseCase).runOnce()).resolves.toBe(0);
      expect(await stored(messageId)).toBeNull();
      expect((await refused.get(MailboxTriageQuery).state()).position).toMatchObject({
        lastFailure: 'login_refused',
      });
      const lines = warnings.mock.calls.map(([line]) => String(line));
      expect(lines).toContainEqual(
        expect.stringMatching(/refused the login \(check IMAP_USER and IMAP_PASSWORD\)/),
      );
      expect(lines.join('\n')).not.toContain('a-wrong-password');
    } finally {
      warnings.mockRestore();
      await refused.close();
    }
    await poll();
    expect(await stored(messageId)).toMatchObject({ status: 'draft' });
  });
});
