import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PollMailboxUseCase } from '@rightsdesk/mailbox';
import { TestApi } from '../../support/api-app';
import { PrivateDovecot } from '../../support/private-dovecot';
import { StaffSessionForTests, staffSession } from '../../support/staff';
import { startConsole, visibleText } from '../console/console.support';

/**
 * An officer works the support mailbox in the console: the navigation says how many messages
 * wait; the triage list shows none of the person's details until a message is opened (each
 * opening audited); a message becomes a request through the intake form, prefilled with its
 * sender and sent time, and stays with the request; another is filed as not a request, with a
 * reason the officer must give. Auditors read requests but do not triage. Queue health says
 * when the mailbox was last read.
 */
const PRIVACY = { user: 'privacy@example.com', password: 'mailbox-password-2' };
const PDF = Buffer.from('%PDF-1.4\nsigned request letter\n%%EOF\n');

describe('support mailbox in the console', () => {
  let dovecot: PrivateDovecot;
  let api: TestApi;
  let officer: StaffSessionForTests;
  let admin: StaffSessionForTests;
  let auditor: StaffSessionForTests;

  beforeAll(async () => {
    dovecot = await PrivateDovecot.started([PRIVACY]);
    api = await startConsole({
      COMPANY_TIME_ZONE: 'America/Los_Angeles',
      IMAP_URL: dovecot.imapUrl,
      IMAP_USER: PRIVACY.user,
      IMAP_PASSWORD: PRIVACY.password,
    });
    officer = await staffSession(api, 'privacy_officer');
    admin = await staffSession(api, 'admin');
    auditor = await staffSession(api, 'auditor');
  });
  afterAll(async () => {
    await api?.close();
    await dovecot?.stop();
  });

  const http = () => request(api.app.getHttpServer());
  const get = (path: string, session = officer) => http().get(path).set('Cookie', session.cookie);

  /** A person writes to the privacy address; the worker's poller reads it in. */
  async function personWrites(from: string, subject: string, text: string, pdf = false) {
    const messageId = `<${randomUUID()}@mail.example.net>`;
    await dovecot.deliver({
      from,
      to: PRIVACY.user,
      messageId,
      // 10:15 in Oakland.
      date: new Date('2026-11-20T18:15:00Z'),
      subject,
      text,
      attachments: pdf ? [{ filename: 'letter.pdf', content: PDF }] : [],
    });
    await api.app.get(PollMailboxUseCase).runOnce();
    const [row] = await api.dataSource.query(
      `SELECT id FROM mailbox_messages WHERE message_id = $1`,
      [messageId],
    );
    return row.id as string;
  }

  it('turns a message into a request through the prefilled intake form, keeping the message and its PDF', async () => {
    const sender = `casey-${randomUUID().slice(0, 8)}@example.net`;
    const id = await personWrites(
      `Casey Morgan <${sender}>`,
      'Copy of my data',
      'Please send me a copy of everything you hold about me.',
      true,
    );

    const list = await get('/console/mailbox').expect(200);
    expect(list.text).toContain(`/console/mailbox/${id}`);
    expect(list.text).not.toContain(sender);
    expect(visibleText(list.text)).toMatch(/Support mailbox \(\d+ waiting\)/);

    const opened = await get(`/console/mailbox/${id}`).expect(200);
    expect(visibleText(opened.text)).toContain(
      'Please send me a copy of everything you hold about me.',
    );
    expect(opened.text).toContain(`Casey Morgan &lt;${sender}&gt;`);
    const [read] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM request_events WHERE action = 'mailbox.message_read' AND actor = $1 AND data->>'mailboxMessageId' = $2`,
      [`staff:${officer.id}`, id],
    );
    expect(read.n).toBe(1);

    const form = await get(`/console/intake?message=${id}`).expect(200);
    expect(form.text).toContain(`value="${sender}"`);
    expect(form.text).toContain('value="2026-11-20"');
    expect(form.text).toContain('value="10:15"');
    expect(form.text).toContain(`name="mailboxMessage" value="${id}"`);

    const entered = await http()
      .post('/console/intake')
      .set('Cookie', officer.cookie)
      .set('X-CSRF-Token', officer.csrfToken)
      .type('form')
      .send({
        mailboxMessage: id,
        type: 'access',
        scope: 'copy',
        name: 'Casey Morgan',
        email: sender,
        'residence.country': 'US',
        'residence.region': 'CA',
        language: 'en',
        answerChannel: 'email',
        manner: 'email',
        receivedOn: '2026-11-20',
        receivedTime: '10:15',
      })
      .expect(303);
    const requestId = /^\/console\/requests\/([0-9a-f-]{36})$/.exec(entered.headers.location)?.[1];
    expect(requestId).toBeDefined();
    const [stored] = await api.dataSource.query(
      `SELECT r.manner, r.received_at, m.status, d.content_type
       FROM requests r JOIN mailbox_messages m ON m.request_id = r.id
       LEFT JOIN intake_documents d ON d.request_id = r.id WHERE r.id = $1`,
      [requestId],
    );
    expect(stored).toMatchObject({
      manner: 'email',
      status: 'converted',
      content_type: 'application/pdf',
    });
    expect(new Date(stored.received_at).toISOString()).toBe('2026-11-20T18:15:00.000Z');

    const page = await get(entered.headers.location).expect(200);
    expect(page.text).toContain(`/console/mailbox/${id}`);
    expect(visibleText(page.text)).toContain('Messages from the support mailbox');
    // Once dealt with, it is no longer in the list and cannot be entered twice.
    expect((await get('/console/mailbox').expect(200)).text).not.toContain(
      `/console/mailbox/${id}"`,
    );
    await get(`/console/intake?message=${id}`).expect(409);
  });

  it('files a message as not a request only with a reason, and refuses auditors', async () => {
    const id = await personWrites(
      'Sam <sam@example.net>',
      'Where is my parcel?',
      'Order 1182 is late.',
    );
    const file = (reason: string, session = officer) =>
      http()
        .post(`/console/mailbox/${id}/file`)
        .set('Cookie', session.cookie)
        .set('X-CSRF-Token', session.csrfToken)
        .type('form')
        .send({ reason });

    const refused = await file('   ').expect(400);
    expect(visibleText(refused.text)).toContain('Say why this is not a request');
    await file('an order question', auditor).expect(403);
    await get(`/console/mailbox/${id}`, auditor).expect(403);
    const [still] = await api.dataSource.query(
      `SELECT status FROM mailbox_messages WHERE id = $1`,
      [id],
    );
    expect(still.status).toBe('draft');

    await file('A question about an order, sent on to customer service').expect(303);
    const [filed] = await api.dataSource.query(
      `SELECT status, filed_reason, triaged_by FROM mailbox_messages WHERE id = $1`,
      [id],
    );
    expect(filed).toEqual({
      status: 'not_a_request',
      filed_reason: 'A question about an order, sent on to customer service',
      triaged_by: `staff:${officer.id}`,
    });
  });

  it('shows admins on queue health when the mailbox was last read, why it last failed, and what was left out', async () => {
    const filesLeftOut = async () => {
      const page = await get('/console/admin/queues', admin).expect(200);
      return Number(/(\d+) with files left out/.exec(visibleText(page.text))?.[1]);
    };
    const before = await filesLeftOut();
    await dovecot.deliver({
      from: 'Alex <alex@example.net>',
      to: PRIVACY.user,
      subject: 'My passport',
      text: 'Attached.',
      attachments: [
        { filename: 'passport.pdf', content: Buffer.from('#!/bin/sh\necho not a pdf\n') },
      ],
    });
    await api.app.get(PollMailboxUseCase).runOnce();
    expect(await filesLeftOut()).toBe(before + 1);

    await dovecot.crash();
    try {
      await api.app.get(PollMailboxUseCase).runOnce();
    } finally {
      await dovecot.start();
    }
    const page = await get('/console/admin/queues', admin).expect(200);
    expect(visibleText(page.text)).toContain('Support mailbox');
    expect(visibleText(page.text)).toContain('The mail server did not answer');
    expect(page.text).not.toContain('alex@example.net');
  });

  it('tells officers and admins the mailbox is not read when IMAP_URL is unset', async () => {
    const unread = await startConsole();
    try {
      const member = await staffSession(unread, 'admin');
      const page = (path: string) =>
        request(unread.app.getHttpServer()).get(path).set('Cookie', member.cookie).expect(200);
      expect(visibleText((await page('/console/mailbox')).text)).toContain(
        'The support mailbox is not read: IMAP_URL is not set.',
      );
      expect(visibleText((await page('/console/admin/queues')).text)).toContain(
        'Not read: IMAP_URL is not set.',
      );
    } finally {
      await unread.close();
    }
  });
});
