import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StaffPasswordToken } from '@rightsdesk/persistence';
import { base32Decode, hotp, totp, totpCounter } from '@rightsdesk/staff';
import { keyedHash } from '@rightsdesk/verification';
import { Browser, Page, expectAccessible, launchChromium } from '../support/browser';
import { E2eRightsdesk } from '../support/e2e-harness';
import { createTestRequest } from '../support/requests';
import { StaffCredentials, createStaffMember } from '../support/staff';

/**
 * The staff console in a real Chromium against the built api process: signing in with and
 * without an authenticator, every page passing the WCAG 2.1 A and AA rules axe-core checks,
 * and an auditor refused an officer's action on the server, whatever the browser sends.
 */
describe('staff console in a browser', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'console_browser',
    apps: ['api'],
    env: { RATE_LIMIT_SIGN_IN_PER_IP: '1000' },
  });
  const tokenKey = rightsdesk.secrets.tokenKey;
  let baseUrl: string;
  let browser: Browser;
  let dataSource: DataSource;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, dataSource } = rightsdesk);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await rightsdesk.stop();
  });

  async function signIn(page: Page, member: StaffCredentials): Promise<void> {
    await page.goto(`${baseUrl}/console`);
    expect(page.url()).toBe(`${baseUrl}/console/sign-in?next=%2Fconsole`);
    await page.getByLabel(/^Email address/).fill(member.email);
    await page.getByLabel(/^Password/).fill(member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('signs in with a password, and every console page passes the accessibility checks', async () => {
    const admin = await createStaffMember(dataSource, 'admin');
    // bypassCSP only so axe can be injected; the pages run no script of their own.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/console/sign-in`);
      await expectAccessible(page, 'sign-in');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').innerText()).resolves.toContain(
        'Enter your email address.',
      );
      await expectAccessible(page, 'sign-in with errors');

      await signIn(page, admin);
      expect(page.url()).toBe(`${baseUrl}/console`);
      await expect(page.locator('header').innerText()).resolves.toContain(`${admin.name} (Admin)`);
      for (const path of [
        '/console',
        '/console/account',
        '/console/admin',
        '/console/admin/users',
        '/console/admin/users/new',
        '/console/admin/api-keys',
        `/console/admin/users/${admin.id}`,
        '/console/no-such-page',
      ]) {
        await page.goto(`${baseUrl}${path}`);
        await expectAccessible(page, path);
      }
      await page.goto(`${baseUrl}/console/admin/api-keys`);
      await page.getByLabel('Name').fill('browser test key');
      await page.getByLabel(/requests:read/).check();
      await page.getByRole('button', { name: 'Create key' }).click();
      await expect(page.locator('code.secret').innerText()).resolves.toMatch(/^rdk_/);
      await expectAccessible(page, 'key created');

      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      expect(page.url()).toBe(`${baseUrl}/console/sign-in`);
      await expect(page.getByRole('status').innerText()).resolves.toContain('You have signed out.');
      await page.goto(`${baseUrl}/console/password/forgot`);
      await expectAccessible(page, 'forgot password');
      await page.getByLabel(/^Email address/).fill(admin.email);
      await page.getByRole('button', { name: 'Email me a link' }).click();
      await expectAccessible(page, 'reset asked');

      // A link as the email would carry it (no SMTP server here): choose a new password.
      const token = randomBytes(32).toString('base64url');
      await dataSource.getRepository(StaffPasswordToken).save({
        staffUserId: admin.id,
        tokenHash: keyedHash(tokenKey, 'staff-password-link', token),
        purpose: 'reset',
        expiresAt: new Date(Date.now() + 600_000),
      });
      await page.goto(`${baseUrl}/console/password/reset/${token}`);
      await expectAccessible(page, 'choose a password');
      await page.getByLabel(/^New password \(/).fill('short');
      await page.getByLabel(/^New password again/).fill('short');
      await page.getByRole('button', { name: 'Save password' }).click();
      await expect(page.getByRole('alert').innerText()).resolves.toContain('Use at least 12');
      await expectAccessible(page, 'choose a password with errors');
      await page.getByLabel(/^New password \(/).fill('a new browser passphrase');
      await page.getByLabel(/^New password again/).fill('a new browser passphrase');
      await page.getByRole('button', { name: 'Save password' }).click();
      expect(page.url()).toBe(`${baseUrl}/console/sign-in`);
      await signIn(page, { ...admin, password: 'a new browser passphrase' });
      expect(page.url()).toBe(`${baseUrl}/console`);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('sets up an authenticator and then signs in with its code, with JavaScript off', async () => {
    const officer = await createStaffMember(dataSource, 'privacy_officer');
    let secret: Buffer = Buffer.alloc(0);
    const axeContext = await browser.newContext({ bypassCSP: true });
    const page = await axeContext.newPage();
    try {
      await signIn(page, officer);
      await page.goto(`${baseUrl}/console/account`);
      await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
      expect(page.url()).toBe(`${baseUrl}/console/account/two-step`);
      await expect(page.getByRole('img', { name: /QR code/ }).isVisible()).resolves.toBe(true);
      await expectAccessible(page, 'two-step setup');
      secret = base32Decode(await page.locator('#totp-secret').innerText()) as Buffer;
      await page.getByLabel(/^Code from your authenticator app/).fill(totp(secret, new Date()));
      await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await expect(page.getByRole('status').innerText()).resolves.toContain(
        'Two-step sign-in is on.',
      );
      await expectAccessible(page, 'account with two-step on');
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    } finally {
      await axeContext.close();
    }

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    try {
      await signIn(noScript, officer);
      expect(noScript.url()).toBe(`${baseUrl}/console/sign-in/code?next=%2Fconsole`);
      const checked = await browser.newContext({ bypassCSP: true });
      const codePage = await checked.newPage();
      await signIn(codePage, officer);
      await expectAccessible(codePage, 'sign-in code step');
      await checked.close();
      const wrong = hotp(secret, totpCounter(new Date()) - 5); // a stale code, never valid now
      await noScript.getByLabel(/^Code from your authenticator app/).fill(wrong);
      await noScript.getByRole('button', { name: 'Continue' }).click();
      await expect(noScript.getByRole('alert').innerText()).resolves.toContain(
        'That code is not right',
      );
      // The code used to turn it on is spent; the next time step's code is accepted.
      await noScript
        .getByLabel(/^Code from your authenticator app/)
        .fill(hotp(secret, totpCounter(new Date()) + 1));
      await noScript.getByRole('button', { name: 'Continue' }).click();
      expect(noScript.url()).toBe(`${baseUrl}/console`);
      await expect(noScript.locator('header').innerText()).resolves.toContain(
        `${officer.name} (Privacy officer)`,
      );
    } finally {
      await context.close();
    }
  }, 90_000);

  it('an auditor cannot approve: no officer or admin controls, and forged requests get 403', async () => {
    const auditor = await createStaffMember(dataSource, 'auditor');
    const requestId = await createTestRequest(dataSource);
    // Waiting for an officer's review: an approval is exactly what would move it on.
    await dataSource.query(`UPDATE requests SET status = 'awaiting_review' WHERE id = $1`, [
      requestId,
    ]);
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await signIn(page, auditor);
      await expect(page.locator('header').innerText()).resolves.toContain('Auditor (read-only)');
      await expect(page.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: /approve/i }).count()).resolves.toBe(0);
      // The request page shows the request, and no action form to an auditor.
      const requestPage = await page.goto(`${baseUrl}/console/requests/${requestId}`);
      expect(requestPage?.status()).toBe(200);
      await expect(page.getByRole('button', { name: /approve/i }).count()).resolves.toBe(0);

      const refusedPage = await page.goto(`${baseUrl}/console/admin/users`);
      expect(refusedPage?.status()).toBe(403);
      await expect(page.locator('main').innerText()).resolves.toContain(
        'This page needs the Admin role. Your role is Auditor (read-only)',
      );
      await expectAccessible(page, 'refused page');

      // The auditor's own session and form token, sent the way a forged form or script would.
      const csrf = (await page
        .locator('input[name="_csrf"]')
        .first()
        .getAttribute('value')) as string;
      const retry = await page.request.post(`${baseUrl}/api/v1/requests/${requestId}/retry`, {
        headers: { 'X-CSRF-Token': csrf },
      });
      expect(retry.status()).toBe(403);
      const approveApi = await page.request.post(
        `${baseUrl}/api/v1/requests/${requestId}/approve`,
        { headers: { 'X-CSRF-Token': csrf }, data: {} },
      );
      expect(approveApi.status()).toBe(403);
      const approveForm = await page.request.post(
        `${baseUrl}/console/requests/${requestId}/approve`,
        { form: { _csrf: csrf } },
      );
      expect(approveForm.status()).toBe(403);
      const forgedForm = await page.request.post(`${baseUrl}/console/admin/api-keys`, {
        form: { _csrf: csrf, name: 'auditor key', scopes: 'requests:read' },
      });
      expect(forgedForm.status()).toBe(403);
      const [row] = await dataSource.query('SELECT status FROM requests WHERE id = $1', [
        requestId,
      ]);
      expect(row.status).toBe('awaiting_review');
      const [{ approvals }] = await dataSource.query(
        `SELECT count(*)::int AS approvals FROM request_events
          WHERE request_id = $1 AND to_status = 'approved'`,
        [requestId],
      );
      expect(approvals).toBe(0);
    } finally {
      await context.close();
    }
  }, 90_000);
});
