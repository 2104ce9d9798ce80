import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  Browser,
  Page,
  accessibilityViolations,
  describeViolations,
  launchChromium,
  signInToConsole,
} from '../support/browser';
import { E2eRightsdesk } from '../support/e2e-harness';
import { createTestRequest } from '../support/requests';
import { StaffCredentials, createStaffMember } from '../support/staff';

/**
 * An officer sees in the console's navigation what needs them, and with the keyboard alone
 * switches their notifications to a daily digest on their account page (issue 14, part 5). The
 * account page passes the WCAG 2.1 A and AA checks axe-core runs.
 */
describe('staff notifications in a browser', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'notify_browser',
    apps: ['api'],
    env: { RATE_LIMIT_SIGN_IN_PER_IP: '1000', STAFF_DUE_SOON_DAYS: '5' },
  });
  let baseUrl: string;
  let browser: Browser;
  let dataSource: DataSource;
  let officer: StaffCredentials;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, dataSource } = rightsdesk);
    browser = await launchChromium();
    officer = await createStaffMember(dataSource, 'privacy_officer', { name: 'Noor Officer' });
    const dueSoon = await createTestRequest(dataSource);
    const later = await createTestRequest(dataSource);
    await dataSource.query(
      `UPDATE requests SET assignee_id = $1,
              due_at = now() + CASE WHEN id = $2 THEN interval '3 days' ELSE interval '30 days' END
        WHERE id = ANY($3::uuid[])`,
      [officer.id, dueSoon, [dueSoon, later]],
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await rightsdesk.stop();
  });

  /** Presses Tab until the focused element answers `found` (the officer's own way through). */
  async function tabUntil(page: Page, found: () => Promise<boolean>, what: string): Promise<void> {
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press('Tab');
      if (await found()) return;
    }
    throw new Error(`Tab never reached ${what}`);
  }

  const focusedText = async (page: Page) => (await page.locator(':focus').innerText()).trim();
  const focusedId = (page: Page) => page.locator(':focus').getAttribute('id');

  it('shows what needs the officer and lets them choose a daily digest with the keyboard', async () => {
    // bypassCSP only so axe can be injected; the pages run no script of their own.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await signInToConsole(page, baseUrl, officer);
      const nav = await page.getByRole('navigation', { name: 'Console' }).innerText();
      expect(nav.replace(/\s+/g, ' ')).toContain(
        'Needs you: 2 assigned to you 1 due within 5 days 0 failed',
      );

      await tabUntil(
        page,
        async () => (await focusedText(page)) === 'Your account',
        'the account link',
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/console/account`);
      const violations = await accessibilityViolations(page);
      expect(describeViolations(violations)).toEqual([]);

      // Tab enters the radio group at the choice in force; an arrow key picks the other one.
      await tabUntil(
        page,
        async () => (await focusedId(page)) === 'field-notify-by-immediate',
        'the notification choice',
      );
      await page.keyboard.press('ArrowDown');
      expect(await focusedId(page)).toBe('field-notify-by-digest');
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Save how I hear');
      await page.keyboard.press('Enter');

      await page.waitForURL(`${baseUrl}/console/account`);
      expect(await page.getByRole('status').innerText()).toBe(
        'Saved: One email a day listing everything (a daily digest).',
      );
      await expect(
        page
          .getByRole('radio', { name: 'One email a day listing everything (a daily digest)' })
          .isChecked(),
      ).resolves.toBe(true);
      expect(describeViolations(await accessibilityViolations(page))).toEqual([]);
      const [{ notify_by }] = (await dataSource.query(
        `SELECT notify_by FROM staff_users WHERE id = $1`,
        [officer.id],
      )) as Array<{ notify_by: string }>;
      expect(notify_by).toBe('digest');
    } finally {
      await context.close();
    }
  }, 120_000);
});
