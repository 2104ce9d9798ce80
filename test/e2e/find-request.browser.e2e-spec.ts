import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Correspondence, openFromBytes } from '@rightsdesk/persistence';
import { Browser, Page, expectAccessible, launchChromium } from '../support/browser';
import { E2eRightsdesk } from '../support/e2e-harness';

/**
 * "Find my request" in a real Chromium against the built api: a person who
 * lost the first email goes from the home page to their request's status page with its
 * reference, their email address and the code emailed to them; every page passes axe-core.
 * SHOTS_DIR=<folder> keeps a screenshot of each step.
 */
describe('find my request in a browser', () => {
  const rightsdesk = new E2eRightsdesk({ name: 'find_request_browser', apps: ['api'] });
  const shots = process.env.SHOTS_DIR;
  let baseUrl: string;
  let browser: Browser;
  let dataSource: DataSource;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, dataSource } = rightsdesk);
    browser = await launchChromium();
    if (shots) mkdirSync(shots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await rightsdesk.stop();
  });

  async function step(page: Page, name: string): Promise<void> {
    if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    await expectAccessible(page, name);
  }

  /** The newest lookup code emailed for a request, as the person reads it in their inbox. */
  async function emailedCode(requestId: string): Promise<string> {
    const message = await dataSource.getRepository(Correspondence).findOneOrFail({
      where: { requestId, kind: 'lookup_code' },
      order: { createdAt: 'DESC' },
    });
    if (!message.sealedSecrets) throw new Error('the email holds no code');
    const opened = openFromBytes(rightsdesk.secrets.packageKey, message.id, message.sealedSecrets);
    return (JSON.parse(opened.toString('utf8')) as { code: string }).code;
  }

  it.each(['en', 'es'])(
    'takes a person (%s) from the home page to their status page by reference, email and code',
    async (language) => {
      const email = `lost.link.${language}@example.com`;
      // Script runs only for axe (the pages forbid it by CSP and need none).
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      try {
        // The request was made earlier; its first email (with the link) is lost.
        await page.goto(`${baseUrl}/requests/new/access?lang=${language}`);
        await page.fill('input[name="email"]', email);
        await page.locator('#residence-country').selectOption('ES');
        await page.click('button[type="submit"]');
        const [request] = (await dataSource.query(
          `SELECT r.id, r.reference FROM requests r JOIN subject_identities s ON s.id = r.subject_id
           WHERE s.email = $1`,
          [email],
        )) as Array<{ id: string; reference: string }>;

        await page.goto(`${baseUrl}/?lang=${language}`);
        await page.click('a[href="/find"]');
        await step(page, `${language}-1-find`);
        await page.fill('input[name="reference"]', request.reference.toLowerCase());
        await page.fill('input[name="email"]', email);
        await page.click('button[type="submit"]');
        await step(page, `${language}-2-check-email`);

        await page.fill('input[name="code"]', '000000');
        await page.click('button[type="submit"]');
        await step(page, `${language}-3-wrong-code`);

        await page.fill('input[name="code"]', await emailedCode(request.id));
        await page.click('button[type="submit"]');
        expect(page.url()).toMatch(/\/status\/[A-Za-z0-9_-]{43}$/);
        expect(await page.textContent('.reference')).toBe(request.reference);
        await step(page, `${language}-4-status`);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
