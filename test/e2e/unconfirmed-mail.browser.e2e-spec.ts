import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { waitUntil } from '../support/app-processes';
import {
  Browser,
  Page,
  expectAccessible,
  launchChromium,
  signInToConsole,
} from '../support/browser';
import { databaseOnlyDataMap } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';
import { createStaffMember } from '../support/staff';

/**
 * A worker died while sending a person's email, after claiming it: Rightsdesk cannot tell whether
 * it arrived, so the email is `unconfirmed` and never resent blindly. The officer opens the
 * request, reads in plain words what happened beside the email, and, having asked the person,
 * presses "It was sent" (the row reads sent) or "Send again" (the person gets it again), using
 * the keyboard alone; each choice is in the request's timeline.
 */
describe('an officer settles an email that may have been sent, in a browser', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'unconfirmed_browser',
    smtp: true,
    env: async () => ({ DATA_MAP_PATH: await databaseOnlyDataMap(), OUTBOX_POLL_MS: '100' }),
  });
  const smtp = rightsdesk.smtp;
  let baseUrl: string;
  let browser: Browser;
  let dataSource: DataSource;
  let writer: string;
  let officer: { email: string; password: string };

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, dataSource } = rightsdesk);
    browser = await launchChromium();
    writer = await rightsdesk.apiKey('browser', ['requests:write']);
    officer = await createStaffMember(dataSource, 'privacy_officer', { name: 'Olu Officer' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await rightsdesk.stop();
  });

  const signIn = (page: Page) => signInToConsole(page, baseUrl, officer, '/console/requests');

  /** The request's verification email, as a sending attempt that died after its claim leaves it. */
  async function markUnconfirmed(requestId: string): Promise<string> {
    // The worker records the server's answer just after the email arrives: wait for it.
    await waitUntil(
      async () =>
        (
          await dataSource.query(
            `SELECT 1 FROM correspondence
              WHERE request_id = $1 AND channel = 'email' AND status = 'sent'`,
            [requestId],
          )
        ).length === 1,
      30_000,
      () => 'the email to be recorded as sent',
    );
    // An UPDATE through TypeORM answers [rows, affected].
    const [[{ id }]] = await dataSource.query(
      `UPDATE correspondence
          SET status = 'unconfirmed', sent_at = NULL, send_claimed_at = now(),
              error = 'May have been sent: the sending attempt stopped before the server answered'
        WHERE request_id = $1 AND channel = 'email'
        RETURNING id`,
      [requestId],
    );
    return id as string;
  }

  async function pressWithKeyboard(page: Page, name: string): Promise<void> {
    await page.getByRole('button', { name }).focus();
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
  }

  it('explains the email, and the officer confirms it, then has it sent again', async () => {
    const submitted = (
      await rightsdesk.http.submit<{ id: string; reference: string }>(writer, {
        type: 'access',
        email: 'sam.rivera@example.com',
        residence: { country: 'FR' },
      })
    ).body;
    const codeMail = await smtp.waitFor((message) =>
      (message.subject ?? '').includes(submitted.reference),
    );
    const messageId = await markUnconfirmed(submitted.id);

    // axe is the tester's script; the pages' CSP forbids all script, so it is bypassed here.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await signIn(page);
      await page.goto(`${baseUrl}/console/requests/${submitted.id}`);
      const correspondence = page.locator('#correspondence + .table-wrap');
      expect(await correspondence.innerText()).toContain(
        'We started sending this email but could not tell whether it arrived',
      );
      await expectAccessible(page, 'request page with an unconfirmed email');

      await pressWithKeyboard(page, 'It was sent');
      expect(await page.getByRole('status').innerText()).toContain('Email recorded as sent.');
      expect(await correspondence.innerText()).toMatch(/\bsent\b/);
      expect(await correspondence.innerText()).not.toContain('It was sent');
      const [confirmed] = await dataSource.query(
        'SELECT status, sent_at FROM correspondence WHERE id = $1',
        [messageId],
      );
      expect(confirmed.status).toBe('sent');
      expect(confirmed.sent_at).not.toBeNull();

      await markUnconfirmed(submitted.id);
      await page.reload();
      await pressWithKeyboard(page, 'Send again');
      expect(await page.getByRole('status').innerText()).toContain(
        'The email will be sent again now.',
      );
      // The person gets the same email again (the same Message-ID), and the row reads sent.
      await waitUntil(
        () =>
          smtp.messages.filter((message) => message.messageId === codeMail.messageId).length === 2,
        60_000,
        () => 'the email to be sent again',
      );
      await waitUntil(
        async () => {
          await page.reload();
          const text = await correspondence.innerText();
          return /\bsent\b/.test(text) && !text.includes('Send again');
        },
        30_000,
        () => 'the row to read sent',
      );

      const timeline = await page.locator('#timeline + .table-wrap').innerText();
      expect(timeline).toContain('Email confirmed as sent');
      expect(timeline).toContain('Email to be sent again');
      expect(timeline).toContain('Olu Officer');
    } finally {
      await context.close();
    }
  }, 180_000);
});
