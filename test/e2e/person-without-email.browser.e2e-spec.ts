import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { waitUntil } from '../support/app-processes';
import { Browser, expectAccessible, launchChromium, typeInto } from '../support/browser';
import { E2eRightsdesk } from '../support/e2e-harness';
import { StaffCredentials, createStaffMember } from '../support/staff';
import { TEST_SHOP_DATABASE_URL } from '../support/test-env';

/** The text a person reads in a PDF, as poppler's pdftotext gives it. */
function textOf(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'letter-'));
  try {
    writeFileSync(join(dir, 'letter.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'letter.pdf'), '-'], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface QueuedLetter {
  id: string;
  requestId: string;
  kind: string;
}

/**
 * Rosa Tinta has no email address. She writes to the company asking what it holds about her;
 * a member of staff enters her letter; she is sent her verification code by post, enters it
 * on the privacy center with her reference, and is answered by letter. The built api and worker
 * run as processes against real Postgres, Redis and SMTP; letters are read back from the print
 * queue's PDFs as text, as the person would read them.
 */
describe('a person without email, served by post', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'post',
    smtp: true,
    env: { AUTO_APPROVE: 'access', OUTBOX_POLL_MS: '100' },
  });
  let baseUrl: string;
  let dataSource: DataSource;
  let staffKey: string;
  let browser: Browser;
  let officer: StaffCredentials;

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, dataSource } = rightsdesk);
    staffKey = await rightsdesk.apiKey('post-room', [
      'requests:intake',
      'requests:read',
      'requests:verify',
      'letters:manage',
    ]);
    browser = await launchChromium();
    officer = await createStaffMember(dataSource, 'privacy_officer', { name: 'Pia Post' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await rightsdesk.stop();
  });

  const address = {
    name: 'Rosa Tinta',
    line1: '14 Parchment Row',
    city: 'Cork',
    postalCode: 'T12 X70A',
    country: 'IE',
  };

  /** Staff enter a letter that arrived yesterday from a person who gave no email address. */
  async function enterLetter(
    person: { name: string; line1: string } = address,
  ): Promise<{ id: string; reference: string; status: string }> {
    const response = await rightsdesk.http.call<{ id: string; reference: string; status: string }>(
      '/api/v1/requests/intake',
      staffKey,
      {
        manner: 'postal',
        receivedAt: new Date(Date.now() - 24 * 3600_000).toISOString(),
        request: {
          type: 'access',
          name: person.name,
          postalAddress: { ...address, name: undefined, line1: person.line1 },
          residence: { country: 'IE' },
        },
      },
    );
    expect(response.status).toBe(201);
    return response.body;
  }

  /** The request's letter of `kind` once it waits in the print queue. */
  async function queuedLetter(requestId: string, kind: string): Promise<QueuedLetter> {
    return waitUntil(async () => {
      const listed = await rightsdesk.http.call<QueuedLetter[]>(
        '/api/v1/letters?status=queued',
        staffKey,
      );
      return listed.body.find((letter) => letter.requestId === requestId && letter.kind === kind);
    }, 30_000);
  }

  /** Prints one letter as the post room does (a batch of it) and reads the printed text. */
  async function printed(letter: QueuedLetter): Promise<string> {
    const batch = await rightsdesk.http.call<{ id: string }>('/api/v1/letter-batches', staffKey, {
      letterIds: [letter.id],
    });
    expect(batch.status).toBe(201);
    const pdf = await fetch(`${baseUrl}/api/v1/letter-batches/${batch.body.id}/pdf`, {
      headers: { authorization: `Bearer ${staffKey}` },
    });
    expect(pdf.status).toBe(200);
    return textOf(Buffer.from(await pdf.arrayBuffer()));
  }

  /** The copy of a letter staff read on the request's correspondence. */
  async function staffCopy(requestId: string, kind: string): Promise<string> {
    const list = await rightsdesk.http.call<Array<{ id: string; kind: string }>>(
      `/api/v1/requests/${requestId}/correspondence`,
      staffKey,
    );
    const entry = list.body.find((message) => message.kind === kind);
    if (!entry) throw new Error(`no ${kind} on the request's correspondence`);
    const copy = await fetch(`${baseUrl}/api/v1/correspondence/${entry.id}/copy`, {
      headers: { authorization: `Bearer ${staffKey}` },
    });
    return textOf(Buffer.from(await copy.arrayBuffer()));
  }

  const codeIn = (text: string): string => {
    const code = /Your code is (\d{6})\./.exec(text)?.[1];
    if (!code) throw new Error(`no code in the letter:\n${text}`);
    return code;
  };
  /** What the demo shop holds for Maria Kowalski, who has an account but wrote without email. */
  async function heldForMaria(): Promise<{ orders: number; addresses: number }> {
    const shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
    await shop.connect();
    try {
      const { rows } = await shop.query<{ orders: number; addresses: number }>(
        `SELECT (SELECT count(*)::int FROM orders o WHERE o.customer_id = c.id) AS orders,
                (SELECT count(*)::int FROM addresses a WHERE a.customer_id = c.id) AS addresses
           FROM customers c WHERE lower(c.email) = 'maria.kowalski@example.com'`,
      );
      if (!rows[0]) throw new Error('the test shop has no Maria Kowalski');
      return rows[0];
    } finally {
      await shop.end();
    }
  }

  it('an officer enters her letter in the console; she is verified by the posted code and answered by letter with what the shop holds', async () => {
    const held = await heldForMaria();
    expect(held.orders).toBeGreaterThan(0);
    const context = await browser.newContext();
    const page = await context.newPage();
    let requestId: string;
    let reference: string;
    try {
      await page.goto(`${baseUrl}/console`);
      await page.getByLabel(/^Email address/).fill(officer.email);
      await page.getByLabel(/^Password/).fill(officer.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${baseUrl}/console`);
      await page.goto(`${baseUrl}/console/intake`);

      // Her letter: her name and the address on her account, written her way; no email.
      await typeInto(page, 'field-type', 'Access');
      await typeInto(page, 'field-name', 'Maria Kowalski');
      await typeInto(page, 'field-postalAddress-line1', '47 Willow Lane');
      await typeInto(page, 'field-postalAddress-city', 'Springfield');
      await typeInto(page, 'field-postalAddress-region', 'IL');
      await typeInto(page, 'field-postalAddress-postalCode', '62704');
      await typeInto(page, 'field-residence-country', 'United States');
      await typeInto(page, 'field-residence-region', 'Illinois');
      await typeInto(page, 'field-manner', 'Post');
      const yesterday = new Date(Date.now() - 24 * 3600_000).toISOString();
      await typeInto(page, 'field-receivedOn', yesterday.slice(0, 10));
      await typeInto(page, 'field-receivedTime', '09:30');
      for (let presses = 0; presses < 10; presses += 1) {
        await page.keyboard.press('Tab');
        if ((await page.locator(':focus').innerText()).trim() === 'Enter request') break;
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/console\/requests\/[0-9a-f-]{36}$/);
      requestId = /requests\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
      reference = /Request (RD-[0-9A-Z-]+) entered/.exec(
        await page.getByRole('status').innerText(),
      )?.[1] as string;
      expect(reference).toBeDefined();
    } finally {
      await context.close();
    }

    // The code is read off the printed verification letter and typed on the privacy center.
    const code = codeIn(await printed(await queuedLetter(requestId, 'verification_letter')));
    const visit = await browser.newContext();
    try {
      const center = await visit.newPage();
      await center.goto(`${baseUrl}/verify/letter`);
      await center.fill('input[name="reference"]', reference);
      await center.fill('input[name="code"]', code);
      await center.click('button[type="submit"]');
      await center.waitForURL(/\/status\//);
    } finally {
      await visit.close();
    }

    // Found by name and address: her package holds her orders and addresses.
    const answer = await printed(await queuedLetter(requestId, 'access_completed'));
    const [pkg] = await dataSource.query(
      `SELECT manifest FROM access_packages WHERE request_id = $1 AND status = 'ready'`,
      [requestId],
    );
    const rowsOf = (table: string) =>
      (pkg.manifest as Array<{ table: string; rows: number }>).find(
        (entry) => entry.table === table,
      )?.rows;
    expect(rowsOf('orders')).toBe(held.orders);
    expect(rowsOf('addresses')).toBe(held.addresses);
    expect(rowsOf('customers')).toBe(1);
    // The answer, on paper, names what was found, where, and how many records.
    expect(answer).toContain(reference);
    expect(answer).toMatch(new RegExp(`Your orders\\s+${held.orders} records?`));
    expect(answer).toMatch(new RegExp(`Your saved addresses\\s+${held.addresses} records?`));
    expect(answer).not.toContain('found no records about you');
  }, 180_000);

  it('verifies her by a code posted to her, lets her enter it on the privacy center, and answers by letter', async () => {
    const request = await enterLetter();
    expect(request.status).toBe('pending_verification');

    // The verification letter: her code, her reference, how to use them; nothing else about her.
    const letter = await printed(await queuedLetter(request.id, 'verification_letter'));
    const code = codeIn(letter);
    expect(letter).toContain(request.reference);
    expect(letter).toContain(`${baseUrl}/verify/letter`);
    expect(letter).toContain('call us and read out your reference and this code');
    expect(letter).toContain('The code works for 30 days');
    expect(letter).not.toMatch(/reply to this message/i);
    // Her name and street appear once each: in the address block, nowhere in the body.
    expect(letter.match(/Rosa Tinta/g)).toHaveLength(1);
    expect(letter.match(/14 Parchment Row/g)).toHaveLength(1);
    // The copy staff read names the code in words; the code itself is only on the printed letter.
    const copy = await staffCopy(request.id, 'verification_letter');
    expect(copy).toContain('[the person’s one-time code]');
    expect(copy).not.toContain(code);
    const [challenge] = await dataSource.query(
      `SELECT code_hash, expires_at - created_at > interval '29 days' AS lasts FROM verification_challenges WHERE request_id = $1`,
      [request.id],
    );
    expect(challenge.lasts).toBe(true);
    expect(challenge.code_hash).not.toContain(code);

    // She types her reference and the code on the privacy center and lands on her request.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/find`);
      await page.click('a[href="/verify/letter"]');
      await expectAccessible(page, 'posted-code form');
      await page.fill('input[name="reference"]', request.reference.toLowerCase());
      await page.fill('input[name="code"]', `${code.slice(0, 3)} ${code.slice(3)}`);
      await page.click('button[type="submit"]');
      await page.waitForURL(/\/status\//);
      expect(await page.textContent('main')).toContain(request.reference);
    } finally {
      await context.close();
    }

    // Verified by the posted code, collected, and answered by letter.
    const answer = await printed(await queuedLetter(request.id, 'access_completed'));
    const [row] = await dataSource.query(`SELECT status FROM requests WHERE id = $1`, [request.id]);
    expect(row.status).toBe('completed');
    expect(answer).toContain('Rosa Tinta');
    expect(answer).toContain(`We have completed your request`);
    expect(answer).toContain(request.reference);
    expect(answer).not.toMatch(/reply to this message|download/i);
    // Nothing went to anyone by email.
    const emailed = await dataSource.query(
      `SELECT kind FROM correspondence WHERE request_id = $1 AND channel = 'email'`,
      [request.id],
    );
    expect(emailed).toEqual([]);

    // Weeks later she follows it again with the same reference and code.
    const again = await browser.newContext();
    try {
      const revisit = await again.newPage();
      await revisit.goto(`${baseUrl}/verify/letter`);
      await revisit.fill('input[name="reference"]', request.reference);
      await revisit.fill('input[name="code"]', code);
      await revisit.click('button[type="submit"]');
      await revisit.waitForURL(/\/status\//);
      const status = await revisit.textContent('main');
      expect(status).toContain('Done');
      // Her timeline speaks of the letter and its code, never of an email she does not have.
      expect(status).toContain('We posted you a code');
      expect(status).toContain('You confirmed the code from our letter');
      expect(status).not.toMatch(/email address/);
    } finally {
      await again.close();
    }
  }, 120_000);

  it('lets staff enter the code she reads out on a call, and stops after a few wrong ones', async () => {
    const request = await enterLetter({ name: 'Ana Pluma', line1: '3 Inkwell Court' });
    const code = codeIn(await printed(await queuedLetter(request.id, 'verification_letter')));
    const wrong = code === '000000' ? '111111' : '000000';
    const enter = (typed: string) =>
      rightsdesk.http.call<{ status: string; detail?: string }>(
        `/api/v1/requests/${request.id}/verification`,
        staffKey,
        { code: typed },
      );
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt++) answers.push(await enter(wrong));
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 410]);
    expect(answers[0].body.detail).toMatch(/That code is not right. 4 attempts left./);
    // The right code no longer helps: a new one must be posted.
    const late = await enter(code);
    expect(late.status).toBe(410);
    const [row] = await dataSource.query(`SELECT status FROM requests WHERE id = $1`, [request.id]);
    expect(row.status).toBe('pending_verification');
  }, 60_000);
});
