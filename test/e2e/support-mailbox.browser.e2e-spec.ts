import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppProcess, waitUntil } from '../support/app-processes';
import {
  Browser,
  expectAccessible,
  launchChromium,
  signInToConsole,
  tabTo,
} from '../support/browser';
import { E2eRightsdesk } from '../support/e2e-harness';
import { PrivateDovecot } from '../support/private-dovecot';
import { StaffCredentials, createStaffMember } from '../support/staff';

/**
 * The support mailbox end to end (issue 14, part 3), with the built api and two workers reading
 * a real Dovecot at the same time: a person emails the privacy address; the message waits in
 * the console's triage list; an officer, with the keyboard alone, opens it and turns it into a
 * request; the person's reply quoting the reference lands on that request. Each message is
 * stored once although two pollers read it, and the workers' logs never name the person. The
 * triage pages pass the WCAG 2.1 A and AA checks axe-core runs, errors included.
 */
const PRIVACY = { user: 'privacy@example.com', password: 'mailbox-password-3' };

describe('support mailbox, end to end', () => {
  let dovecot: PrivateDovecot;
  let rightsdesk: E2eRightsdesk;
  let secondWorker: AppProcess;
  let baseUrl: string;
  let browser: Browser;
  let dataSource: DataSource;
  let officer: StaffCredentials;

  beforeAll(async () => {
    dovecot = await PrivateDovecot.started([PRIVACY]);
    rightsdesk = new E2eRightsdesk({
      name: 'support_mailbox',
      env: {
        RATE_LIMIT_SIGN_IN_PER_IP: '1000',
        COMPANY_TIME_ZONE: 'America/Los_Angeles',
        IMAP_URL: dovecot.imapUrl,
        IMAP_USER: PRIVACY.user,
        IMAP_PASSWORD: PRIVACY.password,
        IMAP_POLL_MS: '1000',
      },
    });
    await rightsdesk.start();
    secondWorker = new AppProcess('worker', rightsdesk.env).start();
    await secondWorker.waitForOutput(/worker started/, 60_000);
    ({ baseUrl, dataSource } = rightsdesk);
    browser = await launchChromium();
    officer = await createStaffMember(dataSource, 'privacy_officer', { name: 'Olu Officer' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await secondWorker?.stop();
    await rightsdesk?.stop();
    await dovecot?.stop();
  });

  /** The person writes to the privacy address; resolves once a worker has stored it. */
  async function personWrites(subject: string, text: string): Promise<string> {
    const messageId = `<${randomUUID()}@mail.example.net>`;
    await dovecot.deliver({
      from: 'Robin Ames <robin.ames@example.net>',
      to: PRIVACY.user,
      messageId,
      date: new Date('2026-11-24T17:05:00Z'),
      subject,
      text,
    });
    const row = await waitUntil(
      async () =>
        (
          await dataSource.query(
            `SELECT id, status, request_id FROM mailbox_messages WHERE message_id = $1`,
            [messageId],
          )
        )[0] as { id: string; status: string; request_id: string | null } | undefined,
      30_000,
      () => 'a worker to read the message from the mailbox',
    );
    return row.id;
  }
  it('turns an emailed request into a request by keyboard, then threads the reply quoting its reference, each once', async () => {
    const first = await personWrites(
      'My data',
      'Hello, please send me a copy of the personal data you hold about me. Robin',
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signInToConsole(page, baseUrl, officer);
      await tabTo(page, /^Support mailbox \(1 waiting\)$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/console/mailbox`);
      await tabTo(page, /^Read message 1$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/console/mailbox/${first}`);
      expect(await page.locator('main').innerText()).toContain(
        'please send me a copy of the personal data you hold about me',
      );
      await tabTo(page, /^Turn it into a request$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/console/intake?message=${first}`);
      expect(await page.locator('#field-email').inputValue()).toBe('robin.ames@example.net');
      expect(await page.locator('#field-receivedOn').inputValue()).toBe('2026-11-24');
      expect(await page.locator('#field-receivedTime').inputValue()).toBe('09:05');

      await tabTo(page, 'field-type');
      await page.keyboard.type('Access');
      await tabTo(page, 'field-residence-country');
      await page.keyboard.type('United States');
      await tabTo(page, 'field-residence-region');
      await page.keyboard.type('California');
      await tabTo(page, /^Enter request$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/console\/requests\/[0-9a-f-]{36}$/);
      const entered = await page.getByRole('status').innerText();
      const reference = /Request (RD-[0-9A-Z]{4}-[0-9A-Z]{4}) entered/.exec(entered)?.[1];
      expect(reference).toBeDefined();
      const requestUrl = page.url();
      expect(await page.locator('main').innerText()).toMatch(/Received by\s+Email/);

      const reply = await personWrites(
        `Re: Your request ${reference}`,
        'Here is the extra detail you asked for.',
      );
      const [threaded] = await dataSource.query(
        `SELECT m.status, r.reference FROM mailbox_messages m JOIN requests r ON r.id = m.request_id WHERE m.id = $1`,
        [reply],
      );
      expect(threaded).toEqual({ status: 'threaded', reference });
      await page.goto(requestUrl);
      const main = await page.locator('main').innerText();
      expect(main).toContain('Messages from the support mailbox');
      expect(main).toContain('Message from the person received (support mailbox)');
    } finally {
      await context.close();
    }

    // Two workers read the same mailbox: each message is stored once, threaded once.
    const [counts] = await dataSource.query(
      `SELECT count(*)::int AS messages,
              (SELECT count(*)::int FROM request_events WHERE action = 'correspondence.inbound_received') AS threads
       FROM mailbox_messages`,
    );
    expect(counts).toEqual({ messages: 2, threads: 1 });
    const logs = rightsdesk.worker.output + secondWorker.output;
    expect(logs).toMatch(/support mailbox: message \d+ (draft|threaded)/);
    expect(logs).not.toMatch(/robin|example\.net|RD-[0-9A-Z]{4}/i);
  }, 180_000);

  it('passes the accessibility checks on the triage list, a message, and a filing refused for want of a reason', async () => {
    const id = await personWrites('Newsletter', 'Please stop sending me your newsletter.');
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await signInToConsole(page, baseUrl, officer);
      await page.goto(`${baseUrl}/console/mailbox`);
      await expectAccessible(page, 'triage list');
      await page.goto(`${baseUrl}/console/mailbox/${id}`);
      await expectAccessible(page, 'support message');
      await page.getByRole('button', { name: 'File as not a request' }).click();
      await expect(page.getByRole('alert').innerText()).resolves.toContain(
        'Say why this is not a request',
      );
      await expectAccessible(page, 'support message with an error');
    } finally {
      await context.close();
    }
  }, 120_000);
});
