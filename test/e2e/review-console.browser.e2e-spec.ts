import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dateInWords } from '@rightsdesk/messages';
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
 * The officer's console in Chromium against the built api and worker processes and a real SMTP
 * server (issue 6): an officer signs in, filters the queue, opens a request, approves it and sees
 * it complete; then denies another on a basis and the person receives the denial notice.
 */
describe('the review console in a browser', () => {
  // Its own database: the worker relays only this file's jobs.
  const rightsdesk = new E2eRightsdesk({
    name: 'review_browser',
    smtp: true,
    // Withdrawals wait for an officer here: this installation turned review on for them.
    env: async () => ({
      DATA_MAP_PATH: await databaseOnlyDataMap(),
      OUTBOX_POLL_MS: '100',
      REVIEW_WITHDRAWALS: 'true',
    }),
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

  /** A consent withdrawal needs no proof of identity: with review on, it waits at once. */
  async function submitWithdrawal(email: string): Promise<{ id: string; reference: string }> {
    const response = await rightsdesk.http.submit<{ id: string; reference: string }>(writer, {
      type: 'withdraw_consent',
      email,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  const signIn = (page: Page) => signInToConsole(page, baseUrl, officer, '/console/requests');

  it('signs in, filters the queue, opens a request, approves it and sees it complete', async () => {
    const submitted = await submitWithdrawal(`browser-${randomUUID().slice(0, 8)}@example.org`);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await signIn(page);
      await page.getByLabel('Reference or email address').fill(submitted.reference.toLowerCase());
      await page.getByLabel('Type').selectOption('withdraw_consent');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      const rows = page.locator('table tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().innerText()).toMatch(/Awaiting review/);

      await page.getByRole('link', { name: submitted.reference }).click();
      await page
        .getByRole('heading', { level: 1, name: `Request ${submitted.reference}` })
        .waitFor();
      expect(await page.locator('main').innerText()).toMatch(
        /The law gives us 45 days from the day we received your request/,
      );
      await page.getByRole('button', { name: 'Approve request' }).click();
      expect(await page.getByRole('status').innerText()).toContain('Request approved');

      await waitUntil(
        async () => {
          await page.reload();
          const overview = await page.locator('dl.summary-list').first().innerText();
          return overview.includes('Completed');
        },
        60_000,
        () => 'the request to complete',
      );
      const timeline = await page.locator('#timeline + .table-wrap').innerText();
      expect(timeline).toContain('Olu Officer');
      expect(timeline).toMatch(/Request completed\tin_progress → completed/);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('denies a request on a basis, and the person receives the denial notice', async () => {
    const email = `denied-${randomUUID().slice(0, 8)}@example.org`;
    const submitted = await submitWithdrawal(email);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await signIn(page);
      await page.goto(`${baseUrl}/console/requests/${submitted.id}`);
      await page.getByRole('button', { name: 'Deny request' }).click();
      // Nothing chosen: the page comes back with the problem named and linked.
      expect(await page.getByRole('alert').innerText()).toContain('Choose a basis from the list');
      await page.getByLabel(/^Basis/).selectOption('manifestly_unfounded_or_excessive');
      await page
        .getByLabel(/^Explanation for the person/)
        .fill('we answered the same request last week');
      await page.getByRole('button', { name: 'Deny request' }).click();
      expect(await page.getByRole('status').innerText()).toContain('Request denied');

      const mail = await smtp.waitFor(
        (message) =>
          message.subject === `We could not complete your request ${submitted.reference}`,
      );
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(email);
      expect(mail.text).toContain(
        'The reason: The request is manifestly unfounded or excessive: we answered the same request last week.',
      );
      // A request under the CCPA (no residence given, the company's default) has no appeal: the
      // notice names the California authorities instead and promises none.
      expect(mail.text).toContain('California Privacy Protection Agency');
      expect(mail.text).not.toMatch(/appeal/i);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("shows an officer a Virginian's appeal with its own decision date and the rule that sets it", async () => {
    // A Virginian whose withdrawal was refused appeals: Va. Code 59.1-577(C) gives the company
    // 60 days from receipt of the appeal, a clock of its own beside the refused request's.
    const response = await rightsdesk.http.submit<{
      id: string;
      reference: string;
      statusToken: string;
    }>(writer, {
      type: 'withdraw_consent',
      email: `appeal-${randomUUID().slice(0, 8)}@example.org`,
      residence: { country: 'US', region: 'VA' },
    });
    expect(response.status).toBe(201);
    const submitted = response.body;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await signIn(page);
      await page.goto(`${baseUrl}/console/requests/${submitted.id}`);
      await page.getByLabel(/^Basis/).selectOption('manifestly_unfounded_or_excessive');
      await page.getByLabel(/^Explanation for the person/).fill('we answered this last week');
      await page.getByRole('button', { name: 'Deny request' }).click();
      expect(await page.getByRole('status').innerText()).toContain('Request denied');

      const appealed = await rightsdesk.http.call<{ id: string; reference: string; dueOn: string }>(
        `/api/v1/requests/${submitted.id}/appeal`,
        submitted.statusToken,
        { reason: 'I never had an answer last week.' },
      );
      expect(appealed.status).toBe(201);
      const decideBy = dateInWords(appealed.body.dueOn, 'en');

      await page.reload();
      const deadline = await page.locator('#deadline + dl').innerText();
      expect(deadline).toContain('Appealed');
      expect(deadline).toContain(appealed.body.reference);
      expect(deadline).toContain(`Decision on the appeal due by ${decideBy}.`);
      expect(deadline).toMatch(
        /The law gives us 60 days from the day we received your appeal, \d{1,2} \w+ \d{4} \(Va\. Code 59\.1-577\(C\)\)\./,
      );
      expect(deadline).not.toMatch(/\d{4}-\d{2}-\d{2}|vcdpa|appeal\.respond/);

      // The appeal's own page opens from there and reads its date the same way.
      await page.getByRole('link', { name: appealed.body.reference }).click();
      await page
        .getByRole('heading', { level: 1, name: `Request ${appealed.body.reference}` })
        .waitFor();
      const own = await page.locator('#deadline + dl').innerText();
      expect(own).toContain(`Decision on the appeal due by ${decideBy}.`);
      expect(own).toMatch(/60 days from the day we received your appeal/);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('passes WCAG 2.1 AA checks on the queue and the request page', async () => {
    const submitted = await submitWithdrawal(`a11y-${randomUUID().slice(0, 8)}@example.org`);
    // axe is the tester's script; the pages' CSP forbids all script, so it is bypassed here.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await signIn(page);
      await expectAccessible(page, 'queue');
      await page.goto(`${baseUrl}/console/requests/${submitted.id}`);
      await expectAccessible(page, 'request page');
      await page.getByRole('button', { name: 'Extend and notify' }).click();
      await expectAccessible(page, 'request page with an error summary');
    } finally {
      await context.close();
    }
  }, 120_000);
});
