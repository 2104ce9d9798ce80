import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Browser, Page, launchChromium } from '../support/browser';
import { databaseOnlyDataMap } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';
import { createStaffMember } from '../support/staff';

const SHOTS = '/work/shots/corrections';

interface Submitted {
  id: string;
  reference: string;
  statusToken: string;
  status: string;
}

/**
 * Corrections from the person's side (issue 12): a customer with a home, a billing and a shipping
 * address asks to fix one line of one of them. Only that address changes, after an officer saw
 * the row (now and after) on the request page and approved it; the completion email names the
 * address and the field in words. The built api and worker, a shop of its own, a real SMTP server.
 */
describe('a correction changes only the record the person named', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'corrections',
    shopPeople: 50,
    smtp: true,
    env: async () => ({ DATA_MAP_PATH: await databaseOnlyDataMap(), OUTBOX_POLL_MS: '100' }),
  });
  const smtp = rightsdesk.smtp;
  let shop: Client;
  let browser: Browser;
  let writer: string;
  let officer: { email: string; password: string };

  beforeAll(async () => {
    await rightsdesk.start();
    // Bounded, so a query held up by a lock fails naming itself instead of timing the test out.
    shop = new Client({ connectionString: rightsdesk.databases.shop, query_timeout: 30_000 });
    await shop.connect();
    browser = await launchChromium();
    writer = await rightsdesk.apiKey('corrections', ['requests:write']);
    officer = await createStaffMember(rightsdesk.dataSource, 'privacy_officer', {
      name: 'Olu Officer',
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.end();
    await rightsdesk.stop();
  });

  /** A shop customer with one address per given kind; line 1 names the kind and the person. */
  async function customerWith(kinds: string[]): Promise<{ email: string; id: string }> {
    const tag = randomUUID().slice(0, 8);
    const email = `ana.${tag}@example.org`;
    const {
      rows: [customer],
    } = await shop.query<{ id: string }>(
      `INSERT INTO customers (login, email, password_hash, first_name, last_name, created_at)
       VALUES ($1, $2, 'x', 'Ana', 'Rivera', now()) RETURNING id::text`,
      [`ana-${tag}`, email],
    );
    for (const [index, kind] of kinds.entries())
      await shop.query(
        `INSERT INTO addresses (customer_id, kind, recipient, line1, city, postal_code, country, created_at)
         VALUES ($1, $2, 'Ana Rivera', $3, $4, $5, 'US', now())`,
        [customer.id, kind, `${index + 1} ${kind} Street`, `Town ${index + 1}`, `9000${index}`],
      );
    return { email, id: customer.id };
  }

  async function addressesOf(customerId: string) {
    return (
      await shop.query<{ kind: string; line1: string; city: string; postal_code: string }>(
        'SELECT kind, line1, city, postal_code FROM addresses WHERE customer_id = $1 ORDER BY id',
        [customerId],
      )
    ).rows;
  }

  /** Submitted as the privacy center posts it, then proved with the emailed code. */
  async function correction(email: string, corrections: object[], language = 'en') {
    const submitted = await rightsdesk.http.submit<Submitted>(writer, {
      type: 'correct',
      email,
      language,
      residence: { country: 'DE' },
      corrections,
    });
    expect(submitted.status).toBe(201);
    const request = submitted.body;
    const mail = await smtp.waitFor(
      (message) =>
        /(Your code is|Su código es) \d{6}/.test(message.text ?? '') &&
        (message.subject?.includes(request.reference) ?? false),
    );
    const code = /(?:Your code is|Su código es) (\d{6})/.exec(mail.text ?? '')?.[1] ?? '';
    const verified = await rightsdesk.http.enterCode(request, code);
    expect(verified.body.status).toBe('awaiting_review');
    return request;
  }

  async function officerPage(): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${rightsdesk.baseUrl}/console/requests`);
    await page.getByLabel(/Email address/).fill(officer.email);
    await page.getByLabel(/^Password/).fill(officer.password);
    await page.getByRole('button', { name: /Sign in/ }).click();
    await page.waitForURL(`${rightsdesk.baseUrl}/console/requests`);
    return page;
  }

  const completed = (request: Submitted) =>
    rightsdesk.http.waitForRequest<{ status: string }>(
      request.id,
      request.statusToken,
      (answer) => answer.status === 'completed',
      60_000,
      () => `request ${request.reference} to be completed`,
    );

  it('changes line 1 of the billing address only, after the officer saw it, and says so in words', async () => {
    const person = await customerWith(['home', 'billing', 'shipping']);
    const before = await addressesOf(person.id);
    // The old plain shape cannot say which address: it is refused, nothing is written.
    const plain = await rightsdesk.http.submit<{ errors: Array<{ message: string }> }>(writer, {
      type: 'correct',
      email: person.email,
      corrections: [{ field: 'line1', value: '59 Riverside' }],
    });
    expect(plain.status).toBe(400);
    expect(plain.body.errors[0].message).toMatch(/name the dataset and the record/);

    const request = await correction(person.email, [
      {
        dataset: 'addresses',
        record: { by: 'kind', value: 'billing' },
        changes: { line1: '59 Riverside' },
      },
    ]);
    const page = await officerPage();
    await page.goto(`${rightsdesk.baseUrl}/console/requests/${request.id}`);
    const preview = page.locator('.correction-preview');
    const text = await preview.innerText();
    // The one billing row, with its whole address now and after, in the data map's words for
    // people (its labels and the kind's explanation); no column names, no raw codes.
    expect(text).toContain('Billing address: rows this correction would change');
    expect(text).toMatch(/Type of address\s+Billing address\s+unchanged/);
    expect(text).toMatch(/Address line 1\s+2 billing Street\s+59 Riverside/);
    expect(text).toMatch(/City\s+Town 2\s+unchanged/);
    expect(text).not.toMatch(/\bline1\b|postal_code|\bbilling\b(?! Street)/);
    expect(await page.locator('#person').locator('..').innerText()).toContain(
      'Billing address: Address line 1 to “59 Riverside”',
    );
    expect(await page.getByLabel('Change row 1').isChecked()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/officer-billing-preview.png`, fullPage: true });
    await page.getByRole('button', { name: 'Approve request' }).click();
    await page.context().close();

    await completed(request);
    const after = await addressesOf(person.id);
    expect(after).toEqual([before[0], { ...before[1], line1: '59 Riverside' }, before[2]]);
    const notice = await smtp.waitFor(
      (message) =>
        message.subject === `Your request to correct your data ${request.reference} is complete`,
    );
    expect(notice.text).toContain('Billing address: Address line 1 changed to 59 Riverside.');
    expect(notice.text).not.toMatch(/line1|corrected \(/);
  }, 180_000);

  it('shows each matching row and changes only the one the officer left ticked (Spanish email)', async () => {
    const person = await customerWith(['home', 'shipping', 'shipping']);
    const before = await addressesOf(person.id);
    const request = await correction(
      person.email,
      [
        {
          dataset: 'addresses',
          record: { by: 'kind', value: 'shipping' },
          changes: { line1: 'Calle Mayor 5', city: 'Madrid' },
        },
      ],
      'es',
    );
    const page = await officerPage();
    await page.goto(`${rightsdesk.baseUrl}/console/requests/${request.id}`);
    const text = await page.locator('.correction-preview').innerText();
    expect(text).toContain('Several records match');
    expect(text).toMatch(/Address line 1\s+2 shipping Street\s+Calle Mayor 5/);
    expect(text).toMatch(/Address line 1\s+3 shipping Street\s+Calle Mayor 5/);
    expect(text).toMatch(/City\s+Town 3\s+Madrid/);
    // Nothing is ticked for the officer when the person's words match two addresses.
    expect(await page.getByLabel('Change row 1').isChecked()).toBe(false);
    await page.getByLabel('Change row 2').check();
    await page.screenshot({ path: `${SHOTS}/officer-two-shipping-rows.png`, fullPage: true });
    await page.getByRole('button', { name: 'Approve request' }).click();
    await page.context().close();

    await completed(request);
    expect(await addressesOf(person.id)).toEqual([
      before[0],
      before[1],
      { ...before[2], line1: 'Calle Mayor 5', city: 'Madrid' },
    ]);
    const notice = await smtp.waitFor(
      (message) =>
        (message.subject?.includes(request.reference) ?? false) &&
        /completad/.test(message.subject ?? ''),
    );
    // The map's Spanish words for the address and its fields, as the person reads them.
    expect(notice.text).toContain(
      'Dirección de envío: Línea 1 de la dirección ahora es «Calle Mayor 5»; Ciudad ahora es «Madrid».',
    );
  }, 180_000);

  it.each([
    ['en', 'We need more information for your request', 'Billing address: we hold none for you.'],
    [
      'es',
      'Necesitamos más información',
      'Dirección de facturación: no encontramos ningún registro suyo.',
    ],
  ])(
    'asks the person which address they mean when they have no billing address (%s)',
    async (language, subject, words) => {
      const person = await customerWith(['home', 'shipping']);
      const before = await addressesOf(person.id);
      const request = await correction(
        person.email,
        [
          {
            dataset: 'addresses',
            record: { by: 'kind', value: 'billing' },
            changes: { line1: '59 Riverside' },
          },
        ],
        language,
      );
      const page = await officerPage();
      await page.goto(`${rightsdesk.baseUrl}/console/requests/${request.id}`);
      expect(await page.locator('.correction-preview').innerText()).toContain(
        'No record of this person matches what they named',
      );
      await page.getByRole('button', { name: 'Approve request' }).click();
      expect(await page.locator('body').innerText()).toContain(
        'The correction could not be matched to one record',
      );
      await page.context().close();

      const status = await rightsdesk.http.call<{ status: string }>(
        `/api/v1/requests/${request.id}`,
        request.statusToken,
      );
      expect(status.body.status).toBe('needs_info');
      const asked = await smtp.waitFor(
        (message) =>
          (message.subject?.startsWith(subject) ?? false) &&
          (message.subject?.includes(request.reference) ?? false),
      );
      // The kind of address in the map's words, in the person's language.
      expect(asked.text).toContain(words);
      expect(await addressesOf(person.id)).toEqual(before);
    },
    180_000,
  );

  it('refuses a kind of address that does not exist with a 400 that says which kinds do', async () => {
    const refused = await rightsdesk.http.submit<{
      errors: Array<{ path: string; message: string }>;
    }>(writer, {
      type: 'correct',
      email: 'someone@example.org',
      corrections: [
        { dataset: 'addresses', record: { by: 'kind', value: 'holiday' }, changes: { line1: 'x' } },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        path: 'corrections.0.record.value',
        message: '"holiday" is not a kind of "addresses"; kinds: home, billing, shipping',
      },
    ]);
  });

  it('lets the person pick their billing address on the form and keeps exactly that', async () => {
    const person = await customerWith(['home', 'billing', 'shipping']);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${rightsdesk.baseUrl}/requests/new/correct?lang=en`);
    // The kind in the data map's words, as the answer names it.
    await page.getByLabel(/^Which address\?/).selectOption({ label: 'Billing address' });
    await page.locator('[name="record.line1"]').fill('59 Riverside');
    await page.getByRole('textbox', { name: /^Email address/ }).fill(person.email);
    await page.locator('#residence-country').selectOption('DE');
    await page.screenshot({ path: `${SHOTS}/form-billing-address.png`, fullPage: true });
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const reference = await page.locator('.reference').innerText();
    await context.close();
    const [stored] = await rightsdesk.dataSource.query(
      'SELECT details FROM requests WHERE reference = $1',
      [reference],
    );
    expect(stored.details.corrections).toEqual([
      {
        system: 'shop',
        table: 'addresses',
        record: { by: 'kind', value: 'billing' },
        changes: { line1: '59 Riverside' },
      },
    ]);
  }, 60_000);
});
