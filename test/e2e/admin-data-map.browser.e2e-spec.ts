import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { parseDocument } from 'yaml';
import { AppProcess, waitUntil } from '../support/app-processes';
import { Browser, expectAccessible, launchChromium } from '../support/browser';
import { databaseOnlyDataMap } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';
import { createStaffMember } from '../support/staff';

/**
 * An admin changes the data map in a real Chromium against the built api and worker: a map with
 * an error is refused with the error's path, a valid changed map shows its changes, is activated
 * as version 2, and the next request is fulfilled with it (its new system gets a step), without
 * restarting either process. Every admin page met passes axe's WCAG 2.1 AA rules.
 */
describe('admin: the data map in a browser', () => {
  let mapPath: string;
  // The active map is this database's alone: another test's map never becomes ours.
  const rightsdesk = new E2eRightsdesk({
    name: 'admin_browser',
    env: async () => {
      mapPath = await databaseOnlyDataMap();
      return { DATA_MAP_PATH: mapPath, AUTO_APPROVE: 'withdraw_consent', OUTBOX_POLL_MS: '100' };
    },
  });
  let baseUrl: string;
  let worker: AppProcess;
  let browser: Browser;
  let dataSource: DataSource;
  let writer: string;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, worker, dataSource } = rightsdesk);
    browser = await launchChromium();
    writer = await rightsdesk.apiKey('e2e', ['requests:write']);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await rightsdesk.stop();
  });

  /**
   * A consent withdrawal from another system, auto-approved; once the worker has carried out
   * every step it can (a manual system's step then waits for staff), the version it was
   * fulfilled with and its steps.
   */
  async function fulfilledConsentWithdrawal(): Promise<{
    version: number;
    steps: Array<{ source: string; status: string }>;
  }> {
    const response = await rightsdesk.http.submit(writer, {
      type: 'withdraw_consent',
      email: `browser-${randomBytes(4).toString('hex')}@example.org`,
    });
    expect(response.status).toBe(201);
    const { id } = response.body;
    return waitUntil(
      async () => {
        const [pin] = await dataSource.query(
          'SELECT version FROM data_map_pins WHERE request_id = $1',
          [id],
        );
        const steps: Array<{ source: string; status: string }> = await dataSource.query(
          'SELECT source, status FROM fulfilment_steps WHERE request_id = $1 ORDER BY source',
          [id],
        );
        const settled =
          steps.length > 0 && steps.every((step) => ['done', 'waiting'].includes(step.status));
        return pin && settled ? { version: pin.version as number, steps } : undefined;
      },
      60_000,
      () => `request ${id} was never carried out:\n${worker.output.slice(-2000)}`,
    );
  }

  it('shows an error in an uploaded map with its path, then activates a valid change that fulfilment uses', async () => {
    const before = await fulfilledConsentWithdrawal();
    expect(before.version).toBe(1);
    expect(before.steps).toEqual([{ source: 'shop', status: 'done' }]);

    const admin = await createStaffMember(dataSource, 'admin');
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/console/admin/data-map`);
      await page.getByLabel('Email address').fill(admin.email);
      await page.getByLabel('Password').fill(admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.goto(`${baseUrl}/console/admin/data-map`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Data map');
      expect(await page.locator('main').innerText()).toContain('Active: version 1');
      await expectAccessible(page, 'data map');

      // A map with an error: refused, with the error's path and line, and nothing kept.
      const source = parseDocument(await readFile(mapPath, 'utf8'));
      const broken = source.clone();
      broken.setIn(['systems', 'shop', 'tables', 'orders', 'erasure', 'period'], 'seven years');
      await page.getByLabel('Or paste the YAML').fill(broken.toString());
      await page.getByRole('button', { name: 'Check the map' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toContain(
        'systems.shop.tables.orders.erasure.period: "seven years" is not an ISO 8601 duration',
      );
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator('.error-summary a').first().getAttribute('href')).toBe(
        '#field-yaml',
      );
      await expectAccessible(page, 'data map with an error');

      // A valid change: a paper archive staff must go through, and a longer retention period.
      const changed = source.clone();
      changed.setIn(['systems', 'paper_archive'], {
        connector: 'manual',
        description: 'Signed paper forms kept in the office archive',
        label: { en: 'Your signed paper forms', es: 'Sus formularios firmados en papel' },
        instructions: 'Find the person’s forms in the archive and shred them.',
        actions: ['erase', 'withdraw_consent'],
      });
      changed.setIn(['systems', 'shop', 'tables', 'orders', 'erasure', 'period'], 'P10Y');
      await page.getByLabel('Or paste the YAML').fill(changed.toString());
      await page.getByRole('button', { name: 'Check the map' }).click();
      await page.getByRole('heading', { name: 'Review the data map changes' }).waitFor();
      const changes = await page.locator('table').first().innerText();
      expect(changes).toMatch(/Added\s+system paper_archive/);
      expect(changes).toMatch(/Changed\s+table shop\.orders\s+erasure\.period\s+"P7Y"\s+"P10Y"/);
      await expectAccessible(page, 'draft changes');

      // Activation is its own, confirmed step.
      await page.getByRole('button', { name: 'Activate as version 2' }).click();
      expect(await page.locator('.error-summary').innerText()).toContain(
        'Confirm that you have reviewed the changes',
      );
      await page.getByLabel('I have reviewed these changes against version 1').check();
      await page.getByRole('button', { name: 'Activate as version 2' }).click();
      await page.locator('.flash').waitFor();
      expect(await page.locator('.flash').innerText()).toContain('Version 2 is active.');
      expect(await page.locator('main').innerText()).toContain('Active: version 2');
      await expectAccessible(page, 'data map after activation');
    } finally {
      await context.close();
    }

    // The next request is fulfilled with version 2, with no restart: its new system is a step,
    // which the worker hands to staff as the new map says.
    const after = await fulfilledConsentWithdrawal();
    expect(after.version).toBe(2);
    expect(after.steps).toEqual([
      { source: 'paper_archive', status: 'waiting' },
      { source: 'shop', status: 'done' },
    ]);
    const [activated] = await dataSource.query(
      `SELECT actor, data FROM admin_events WHERE action = 'data_map.activated'`,
    );
    expect(activated).toEqual({
      actor: `staff:${admin.id}`,
      data: expect.objectContaining({ version: 2, previousVersion: 1 }),
    });
  }, 180_000);
  it('passes WCAG 2.1 AA checks on the policy settings and queue health pages, with errors shown', async () => {
    const admin = await createStaffMember(dataSource, 'admin');
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/console/admin/settings`);
      await page.getByLabel('Email address').fill(admin.email);
      await page.getByLabel('Password').fill(admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.goto(`${baseUrl}/console/admin/settings`);
      await expectAccessible(page, 'policy settings');

      await page.getByLabel('Minutes an emailed code or link works').fill('a week');
      await page.getByRole('button', { name: 'Save verification' }).click();
      expect(await page.locator('.error-summary').innerText()).toContain(
        'Minutes a code works: must be a whole number',
      );
      await expectAccessible(page, 'policy settings with an error');

      await page.getByLabel('Company name').fill('Example Shop Europe S.L.');
      await page.getByRole('button', { name: 'Save letterhead' }).click();
      expect(await page.locator('.flash').innerText()).toContain('Letterhead saved.');
      await page.goto(`${baseUrl}/`);
      expect(await page.locator('body').innerText()).toContain('Example Shop Europe S.L.');

      // The Laws section, with the keyboard alone: switch Oregon's law off, choose the lead
      // authority, save; the choice is kept and audited.
      await page.goto(`${baseUrl}/console/admin/settings`);
      await page.getByRole('checkbox', { name: 'Oregon OCPA', exact: true }).focus();
      await page.keyboard.press('Space');
      await page.getByLabel(/^Lead supervisory authority under the GDPR/).focus();
      await page.keyboard.type('the Irish');
      await page.keyboard.press('Tab'); // past the days to appeal, left as they are
      await page.keyboard.press('Tab'); // past "Offer every right to everyone", left on
      await page.keyboard.press('Tab');
      expect((await page.locator(':focus').innerText()).trim()).toBe('Save laws');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/console/admin/settings`);
      expect(await page.locator('.flash').innerText()).toContain('Laws saved.');
      await expect(
        page.getByRole('checkbox', { name: 'Oregon OCPA', exact: true }).isChecked(),
      ).resolves.toBe(true);
      await expect(
        page.getByLabel(/^Lead supervisory authority under the GDPR/).inputValue(),
      ).resolves.toBe('IE');
      await expectAccessible(page, 'policy settings with laws saved');
      const [audited] = await dataSource.query(
        `SELECT actor, data FROM admin_events WHERE action = 'policy.updated' AND data->>'section' = 'laws'`,
      );
      expect(audited).toEqual({
        actor: `staff:${admin.id}`,
        data: {
          section: 'laws',
          changed: {
            switchedOff: { from: [], to: ['ocpa'] },
            leadAuthority: { from: 'none', to: 'IE' },
          },
        },
      });

      await page.goto(`${baseUrl}/console/admin/queues`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Queue health');
      await expectAccessible(page, 'queue health');
    } finally {
      await context.close();
    }
  }, 120_000);
});
