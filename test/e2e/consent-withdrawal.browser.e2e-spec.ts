import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { Client } from 'pg';
import { statusTokenHash } from '@rightsdesk/intake';
import { Browser, Page, launchChromium } from '../support/browser';
import { type Answer, processorWebhookScenario } from '../support/processor-webhook-scenario';

/** Where the walk's screenshots go when asked for (outside the repository). */
const SHOTS = process.env.CONSENT_SHOTS_DIR;

/**
 * A person withdraws consent on the privacy center of an installation that set no approval
 * policy for withdrawals (AUTO_APPROVE lists other types only): the form promises "We stop
 * straight away, without any extra checks", so no code is asked, no officer acts, the shop stops,
 * the email provider is told, and the status page and the email say it is done.
 */
describe('a consent withdrawal takes effect at once, end to end', () => {
  const scenario = processorWebhookScenario('consent', { autoApprove: 'access,delete,correct' });
  const { rightsdesk, smtp, deliveries, answers } = scenario;
  let browser: Browser;
  let shop: Client;

  beforeAll(async () => {
    browser = await launchChromium();
    shop = new Client({ connectionString: rightsdesk.databases.shop });
    await shop.connect();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await shop?.end();
  });

  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };
  const rows = async (sql: string, values: unknown[]) => (await shop.query(sql, values)).rows;

  /** A customer who agreed to marketing emails and is still subscribed to a mailing list. */
  async function subscribedCustomer(skip: readonly string[] = []) {
    const [row] = await rows(
      `SELECT c.id, c.email FROM customers c
        WHERE EXISTS (SELECT 1 FROM consents k WHERE k.customer_id = c.id
                       AND k.purpose = 'marketing_email' AND k.granted AND k.withdrawn_at IS NULL)
          AND EXISTS (SELECT 1 FROM marketing_subscriptions m WHERE m.customer_id = c.id
                       AND m.status = 'subscribed')
          AND NOT (c.email = ANY($1))
        ORDER BY c.id LIMIT 1`,
      [skip],
    );
    return row as { id: string; email: string };
  }

  /** Fills the withdrawal form as the person would and returns their status token. */
  async function withdrawOnThePrivacyCenter(page: Page, email: string): Promise<string> {
    await page.goto(`${rightsdesk.baseUrl}/requests/new/withdraw_consent?lang=en`);
    // The form promises no checks, and says no code is sent.
    expect(await page.locator('main').innerText()).toContain('We send no code');
    await page.getByRole('textbox', { name: /^Email address/ }).fill(email);
    await page.getByRole('checkbox', { name: /Marketing emails/ }).check();
    await shot(page, '1-withdrawal-form');
    await page.getByRole('button', { name: 'Send request' }).click();
    await shot(page, '2-request-sent');
    return /\/status\/([^/]+)\/submitted$/.exec(page.url())?.[1] as string;
  }

  async function requestOf(statusToken: string) {
    const [request] = await scenario.dataSource.query(
      'SELECT id, reference FROM requests WHERE status_token_hash = $1',
      [statusTokenHash(rightsdesk.secrets.tokenKey, statusToken)],
    );
    return request as { id: string; reference: string };
  }

  const completed = (id: string) =>
    rightsdesk.http.waitForRequest<Answer>(
      id,
      scenario.officer,
      (answer) => ['completed', 'awaiting_review', 'failed'].includes(answer.status),
      60_000,
      () => 'the withdrawal to finish',
    );

  it('stops marketing emails with no code, no officer, tells the email provider and says it is done', async () => {
    answers.withdraw_consent = { status: 200, body: { status: 'done' } };
    const person = await subscribedCustomer();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const statusToken = await withdrawOnThePrivacyCenter(page, person.email);
      expect(await page.locator('main').innerText()).not.toMatch(/6-digit code/);
      const { id, reference } = await requestOf(statusToken);

      const answer = await completed(id);
      expect(answer.status).toBe('completed');
      // Nobody was asked to prove who they are, and no member of staff acted on it.
      const [codes] = await scenario.dataSource.query(
        `SELECT count(*)::int AS n FROM correspondence WHERE request_id = $1 AND kind = 'verification_code'`,
        [id],
      );
      expect(codes.n).toBe(0);
      const actors = await scenario.dataSource.query(
        `SELECT DISTINCT actor FROM request_events WHERE request_id = $1 ORDER BY actor`,
        [id],
      );
      expect(actors.map((row: { actor: string }) => row.actor)).toEqual(
        expect.not.arrayContaining([expect.stringMatching(/^(staff|api:|user)/)]),
      );

      // The shop stopped: no marketing email consent in force, the mailing lists ended.
      const [inForce] = await rows(
        `SELECT count(*)::int AS n FROM consents WHERE customer_id = $1
            AND purpose = 'marketing_email' AND granted AND withdrawn_at IS NULL`,
        [person.id],
      );
      expect(inForce.n).toBe(0);
      const [subscribed] = await rows(
        `SELECT count(*)::int AS n FROM marketing_subscriptions
          WHERE customer_id = $1 AND status = 'subscribed'`,
        [person.id],
      );
      expect(subscribed.n).toBe(0);
      // The email provider, who keeps its own mailing lists, was told.
      expect(
        deliveries.filter(
          (delivery) =>
            delivery.body.action === 'withdraw_consent' &&
            delivery.signatureValid &&
            JSON.stringify(delivery.body).includes(reference),
        ),
      ).toHaveLength(1);

      // The status page says it is done, in English and in Spanish.
      await page.goto(`${rightsdesk.baseUrl}/status/${statusToken}?lang=en`);
      await shot(page, '3-status-done-en');
      const english = await page.locator('main').innerText();
      expect(english).toContain('Done');
      expect(english).toContain('we have stopped what you asked us to stop');
      expect(english).toContain('Took effect');
      expect(english).not.toMatch(/Being checked by our team|Approved|Confirmed it is you/);
      await page.goto(`${rightsdesk.baseUrl}/status/${statusToken}?lang=es`);
      await shot(page, '4-status-done-es');
      const spanish = await page.locator('main').innerText();
      expect(spanish).toContain('Terminada');
      expect(spanish).toContain('hemos dejado de hacer lo que nos pidió');

      // The email says it is done.
      const mail = await smtp.waitFor(
        (message) =>
          (message.subject ?? '').includes(reference) && /complete/.test(message.subject ?? ''),
      );
      expect(mail.subject).toBe(`Your withdrawal of consent ${reference} is complete`);
      expect(mail.text).toContain('We have stopped everything you had agreed to');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('keeps the date a consent was first withdrawn and adds the new request to its history', async () => {
    answers.withdraw_consent = { status: 200, body: { status: 'done' } };
    const person = await subscribedCustomer([(await subscribedCustomer()).email]);
    // The person withdrew their marketing email consent on 26 January 2025.
    const [consent] = await rows(
      `UPDATE consents SET withdrawn_at = '2025-01-26T10:15:00Z'
        WHERE id = (SELECT min(id) FROM consents WHERE customer_id = $1
                     AND purpose = 'marketing_email' AND granted AND withdrawn_at IS NULL)
        RETURNING id`,
      [person.id],
    );
    await rows(
      `INSERT INTO consent_events (consent_id, event, occurred_at, source)
       VALUES ($1, 'withdrawn', '2025-01-26T10:15:00Z', 'account_settings')`,
      [consent.id],
    );
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    let reference: string;
    try {
      const statusToken = await withdrawOnThePrivacyCenter(page, person.email);
      const request = await requestOf(statusToken);
      reference = request.reference;
      expect((await completed(request.id)).status).toBe('completed');
    } finally {
      await context.close();
    }
    const [after] = await rows(`SELECT withdrawn_at FROM consents WHERE id = $1`, [consent.id]);
    expect(after.withdrawn_at.toISOString()).toBe('2025-01-26T10:15:00.000Z');
    const history = await rows(
      `SELECT event, occurred_at, source FROM consent_events WHERE consent_id = $1 ORDER BY id`,
      [consent.id],
    );
    expect(history.map((row) => [row.event, row.source])).toEqual([
      ['granted', expect.any(String)],
      ['withdrawn', 'account_settings'],
      ['already_withdrawn', `privacy request ${reference}`],
    ]);
    expect(history[1].occurred_at.toISOString()).toBe('2025-01-26T10:15:00.000Z');
  }, 120_000);
});
