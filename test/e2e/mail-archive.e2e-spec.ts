import 'reflect-metadata';
import { waitUntil } from '../support/app-processes';
import { archiveCopies } from '../support/archive-copies';
import { databasesOnlySettings } from '../support/database-only-data-map';
import { ARCHIVE_MAILBOX, E2eRightsdesk } from '../support/e2e-harness';

/**
 * With an archive mailbox the mail server files a Bcc copy of every accepted email in, a worker
 * killed (SIGKILL) after the commit point of a person's code email no longer leaves that email
 * to staff: killed before the end of the message reached the server, the email is sent again and
 * arrives once; killed after the server accepted it, it is recorded as sent and never repeated.
 */
describe('unconfirmed mail settled by the archive copy', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'archive',
    smtp: true,
    archive: true,
    apps: ['api'],
    env: async () => ({
      ...(await databasesOnlySettings()),
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '200',
      JOB_LOCK_MS: '3000',
      JOB_STALL_CHECK_MS: '1000',
      MAIL_SEND_LEASE_MS: '3000',
      MAIL_RETRY_BACKOFF_MS: '2000',
      MAIL_ARCHIVE_SETTLE_MS: '2000',
    }),
  });
  const smtp = rightsdesk.smtp;
  let writer: string;

  beforeAll(async () => {
    await rightsdesk.start();
    writer = await rightsdesk.apiKey('archive', ['requests:write']);
  }, 120_000);

  afterAll(() => rightsdesk.stop());

  const mailsWithId = (id: string) =>
    smtp.messages.filter((mail) => mail.messageId === `<${id}@rightsdesk>`).length;

  /** The person's verification email, claimed by the worker that died sending it. */
  async function codeEmailOf(requestId: string): Promise<{ id: string }> {
    const [row] = await rightsdesk.dataSource.query(
      `SELECT id FROM correspondence WHERE request_id = $1 AND status = 'sending'`,
      [requestId],
    );
    return row as { id: string };
  }

  async function statusOf(id: string): Promise<string> {
    const [row] = await rightsdesk.dataSource.query(
      'SELECT status FROM correspondence WHERE id = $1',
      [id],
    );
    return (row as { status: string }).status;
  }

  async function actionsOf(requestId: string): Promise<string[]> {
    const rows: Array<{ action: string }> = await rightsdesk.dataSource.query(
      `SELECT action FROM request_events WHERE request_id = $1 ORDER BY seq`,
      [requestId],
    );
    return rows.map((row) => row.action);
  }

  async function killedAt(failpoint: string, email: string) {
    const doomed = await rightsdesk.startApp('worker', { RIGHTSDESK_FAILPOINT: failpoint });
    const request = (await rightsdesk.http.personInFranceAsks(writer, email, 'access')).body;
    await waitUntil(
      () => !doomed.running,
      30_000,
      () => `the worker to die at ${failpoint}`,
    );
    return { request, code: await codeEmailOf(request.id) };
  }

  it('sends the code once more, and it arrives once, when the worker died before the message’s end', async () => {
    const { request, code } = await killedAt('mail.after-commit-point', 'cut.off@example.org');
    expect(code).toBeDefined();
    expect(mailsWithId(code.id)).toBe(0);

    const worker = await rightsdesk.startApp('worker');
    try {
      // Unconfirmed once its lease runs out, not in the archive after the settle time: resent.
      const entered = await rightsdesk.http.enterEmailedCode(smtp, request);
      expect(entered.status).toBe(200);
      await waitUntil(
        async () => (await statusOf(code.id)) === 'sent',
        30_000,
        () => 'the resent code email to be recorded as sent',
      );
      expect(mailsWithId(code.id)).toBe(1);
      expect(
        await archiveCopies(rightsdesk.dovecot!, ARCHIVE_MAILBOX, `<${code.id}@rightsdesk>`),
      ).toHaveLength(1);
      const actions = await actionsOf(request.id);
      expect(actions).toContain('notice.unconfirmed');
      expect(actions.filter((action) => action === 'notice.archive_resend')).toHaveLength(1);
      const [row] = await rightsdesk.dataSource.query(
        'SELECT status, send_tries FROM correspondence WHERE id = $1',
        [code.id],
      );
      expect(row).toEqual({ status: 'sent', send_tries: 2 });
    } finally {
      await worker.stop();
    }
  }, 120_000);

  it('records the code as sent, by its archive copy, when the worker died after the server accepted it', async () => {
    const { request, code } = await killedAt('mail.after-server-accepted', 'accepted@example.org');
    expect(mailsWithId(code.id)).toBe(1);

    const worker = await rightsdesk.startApp('worker');
    try {
      await waitUntil(
        async () => (await actionsOf(request.id)).includes('notice.archive_confirmed'),
        60_000,
        () => 'the code email to be confirmed by its archive copy',
      );
      const [row] = await rightsdesk.dataSource.query(
        'SELECT status, sent_at IS NOT NULL AS "sentAt" FROM correspondence WHERE id = $1',
        [code.id],
      );
      expect(row).toEqual({ status: 'sent', sentAt: true });
      expect(mailsWithId(code.id)).toBe(1);
      expect((await actionsOf(request.id)).includes('notice.archive_resend')).toBe(false);
    } finally {
      await worker.stop();
    }
  }, 120_000);
});
