import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Browser,
  Page,
  expectAccessible,
  launchChromium,
  signInToConsole,
  tabTo,
  typeInto,
} from '../support/browser';
import { E2eRightsdesk } from '../support/e2e-harness';
import { StaffCredentials, createStaffMember } from '../support/staff';

/**
 * An officer enters a letter in the console with the keyboard alone (issue 14): they find the
 * page from the navigation, fill in the request as the letter gives it, attach its scan, send
 * it, and land on the request with its deadline counted from the day the letter arrived. Every
 * page on the way passes the WCAG 2.1 A and AA checks axe-core runs, errors included.
 */
describe('console intake in a browser', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'intake_browser',
    apps: ['api'],
    env: { RATE_LIMIT_SIGN_IN_PER_IP: '1000', COMPANY_TIME_ZONE: 'America/Los_Angeles' },
  });
  let baseUrl: string;
  let browser: Browser;
  let dataSource: DataSource;
  let officer: StaffCredentials;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, dataSource } = rightsdesk);
    browser = await launchChromium();
    officer = await createStaffMember(dataSource, 'privacy_officer', { name: 'Olu Officer' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await rightsdesk.stop();
  });

  const signIn = (page: Page) => signInToConsole(page, baseUrl, officer);
  /** Into the focused field: text typed, or a closed select's option found by typing its name. */
  it('enters a letter with the keyboard alone and shows its deadline from the day it arrived', async () => {
    const email = `letter-${randomUUID().slice(0, 8)}@example.org`;
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signIn(page);
      // From the navigation: Tab to the link, Enter to follow it.
      for (let presses = 0; presses < 20; presses += 1) {
        await page.keyboard.press('Tab');
        if ((await page.locator(':focus').innerText()).trim() === 'Enter a request') break;
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/console/intake`);

      await typeInto(page, 'field-type', 'Deletion');
      await typeInto(page, 'field-name', 'Pat Letterwriter');
      await typeInto(page, 'field-email', email);
      await typeInto(page, 'field-postalAddress-line1', '12 Elm Street');
      await typeInto(page, 'field-postalAddress-city', 'Oakland');
      await typeInto(page, 'field-postalAddress-region', 'CA');
      await typeInto(page, 'field-postalAddress-postalCode', '94607');
      await typeInto(page, 'field-residence-country', 'United States');
      await typeInto(page, 'field-residence-region', 'California');
      await typeInto(page, 'field-manner', 'Post');
      await typeInto(page, 'field-receivedOn', '2026-11-16');
      await typeInto(page, 'field-receivedTime', '09:30');
      // The file comes from the system's file chooser, which is not part of the page.
      await page.locator('#field-document').setInputFiles({
        name: 'letter.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% the letter, scanned\n%%EOF\n'),
      });
      await tabTo(page, 'field-document');
      await page.keyboard.press('Tab');
      expect((await page.locator(':focus').innerText()).trim()).toBe('Enter request');
      await page.keyboard.press('Enter');

      await page.waitForURL(/\/console\/requests\/[0-9a-f-]{36}$/);
      expect(await page.getByRole('status').innerText()).toMatch(
        /^Request RD-[0-9A-Z-]+ entered\. Its deadline runs from when it was received\.$/,
      );
      const main = await page.locator('main').innerText();
      expect(main).toMatch(/Received by\s+Post/);
      expect(main).toMatch(/Received\s+16 November 2026, 09:30 Pacific Standard Time/);
      expect(main).toMatch(/Answer due by 31 December 2026\./);
      expect(main).toContain('letter.pdf (PDF, 1 KB)');
      await expect(
        page.getByRole('link', { name: 'Download the letter or call note' }).count(),
      ).resolves.toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('passes the accessibility checks on the form, the form with errors, and the request', async () => {
    // bypassCSP only so axe can be injected; the pages run no script of their own.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await signIn(page);
      await page.goto(`${baseUrl}/console/intake`);
      await expectAccessible(page, 'intake form');

      await page.getByRole('button', { name: 'Enter request' }).click();
      await expect(page.getByRole('alert').innerText()).resolves.toContain(
        'Choose the type of request.',
      );
      expect(await page.title()).toBe('Error: Enter a request – Rightsdesk console');
      await expectAccessible(page, 'intake form with errors');

      await page.getByLabel(/^Type of request/).selectOption('withdraw_consent');
      await page.getByLabel('All consents').check();
      await page.getByLabel(/^Full name/).fill('Sam Caller');
      await page
        .getByLabel(/^Email address/)
        .fill(`caller-${randomUUID().slice(0, 8)}@example.org`);
      await page.getByLabel('Answer by').selectOption('email');
      await page.getByLabel(/^How it arrived/).selectOption('phone');
      await page.getByLabel(/^Date received/).fill('2026-12-01');
      await page.getByLabel(/^Time received/).fill('14:05');
      await page.getByRole('button', { name: 'Enter request' }).click();
      await page.waitForURL(/\/console\/requests\/[0-9a-f-]{36}$/);
      expect(await page.locator('main').innerText()).toMatch(/Received by\s+Phone/);
      await expectAccessible(page, 'entered request');
    } finally {
      await context.close();
    }
  }, 120_000);
});
