import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { statusTokenHash } from '@rightsdesk/intake';
import { verificationCodeFor } from '../support/api-app';
import { Browser, expectAccessible, launchChromium } from '../support/browser';
import { E2eRightsdesk } from '../support/e2e-harness';

/**
 * The privacy center in a real Chromium against the built api process: a person with no
 * JavaScript and only a keyboard makes and verifies a request, and every page they meet passes
 * the WCAG 2.1 A and AA rules that axe-core checks.
 */
describe('privacy center in a browser', () => {
  const rightsdesk = new E2eRightsdesk({ name: 'privacy_center_browser', apps: ['api'] });
  const key = rightsdesk.secrets.packageKey;
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

  async function codeFor(statusToken: string): Promise<string> {
    const [request] = await dataSource.query(
      'SELECT id FROM requests WHERE status_token_hash = $1',
      [statusTokenHash(tokenKey, statusToken)],
    );
    return (await verificationCodeFor(dataSource, key, request.id)).code;
  }

  it('lets a person with no JavaScript and only a keyboard ask for their data and verify it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/`);
      // The first Tab lands on the skip link: Enter follows it to the main content.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(page.url()).toBe(`${baseUrl}/#main`);

      await page.getByRole('link', { name: 'See your data' }).click();
      await page
        .getByRole('textbox', { name: /^Email address/ })
        .fill('keyboard.person@example.org');
      await page.locator('#residence-country').selectOption('DE'); // "Where do you live?" country
      await page.getByRole('button', { name: 'Send request' }).press('Enter');

      await page.getByRole('heading', { level: 1 }).waitFor();
      const reference = await page.locator('.reference').innerText();
      expect(reference).toMatch(/^RD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const statusToken = /\/status\/([^/]+)\/submitted$/.exec(page.url())?.[1] as string;

      await page.getByRole('link', { name: 'Enter your code' }).click();
      await page.getByLabel(/6-digit code/).fill(await codeFor(statusToken));
      await page.getByRole('button', { name: 'Confirm' }).click();

      expect(page.url()).toBe(`${baseUrl}/status/${statusToken}`);
      const text = await page.locator('main').innerText();
      expect(text).toContain(reference);
      expect(text).toMatch(/GDPR Art\. 12\(3\)/);
      expect(text).toContain('Confirmed it is you');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('passes WCAG 2.1 AA checks on every page a person meets, in English and Spanish', async () => {
    // axe is the tester's script; the pages' CSP forbids all script, so it is bypassed here.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      for (const path of ['/', '/?lang=es']) {
        await page.goto(`${baseUrl}${path}`);
        await expectAccessible(page, path);
      }
      for (const type of ['access', 'correct', 'delete', 'withdraw_consent']) {
        await page.goto(`${baseUrl}/requests/new/${type}?lang=en`);
        await expectAccessible(page, `form ${type}`);
      }

      // A form sent with mistakes: the summary links each field, each field names its error.
      await page.goto(`${baseUrl}/requests/new/access`);
      await page.getByRole('textbox', { name: /^Email address/ }).fill('not an email');
      await page.getByRole('button', { name: 'Send request' }).click();
      await expectAccessible(page, 'form with errors');
      const summaryLink = page.locator('.error-summary a').first();
      expect(await summaryLink.getAttribute('href')).toBe('#email');
      expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await page.locator('#email').getAttribute('aria-describedby')) ?? '';
      const errorText = await page
        .locator(
          describedBy
            .split(' ')
            .map((id) => `#${id}`)
            .join(', '),
        )
        .allInnerTexts();
      expect(errorText.join(' ')).toMatch(/email/i);

      await page.getByRole('textbox', { name: /^Email address/ }).fill('axe.check@example.org');
      await page.getByRole('button', { name: 'Send request' }).click();
      await expectAccessible(page, 'submitted');
      const statusToken = /\/status\/([^/]+)\/submitted$/.exec(page.url())?.[1] as string;
      await page.goto(`${baseUrl}/verify/${statusToken}`);
      await expectAccessible(page, 'verify');
      await page.goto(`${baseUrl}/status/${statusToken}?lang=es`);
      await expectAccessible(page, 'status (es)');
      await page.goto(`${baseUrl}/status/no-such-token?lang=en`);
      await expectAccessible(page, 'not found');
    } finally {
      await context.close();
    }
  }, 120_000);
});
