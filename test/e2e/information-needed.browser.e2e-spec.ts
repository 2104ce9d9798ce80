import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  addDays,
  calendarDateIn,
  formatCalendarDate,
  parseCalendarDate,
  responseDueDate,
} from '@rightsdesk/domain';
import { dateInWords } from '@rightsdesk/messages';
import {
  Browser,
  accessibilityViolations,
  describeViolations,
  launchChromium,
  signInToConsole,
} from '../support/browser';
import { databaseOnlyDataMap } from '../support/database-only-data-map';
import { E2eRightsdesk } from '../support/e2e-harness';
import { createStaffMember } from '../support/staff';

const DAY = 86_400_000;
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('a photo of the newsletter'),
]);

/**
 * Two-way correspondence with the built api and worker, a real SMTP server and Chromium: an
 * officer asks a UK resident for information in the console, the person reads the email, answers
 * on their status page with a photo, and the officer sees the answer on the timeline with the
 * due date moved by the days the person took (UK GDPR Art. 12A stops the clock).
 */
describe('asking the person for information, and their answer, in a browser', () => {
  const rightsdesk = new E2eRightsdesk({
    name: 'information_needed',
    smtp: true,
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

  /**
   * The request arrived eight days ago and the question went out seven days ago: the clock
   * rules count whole days, so the test moves those two moments back rather than waiting.
   */
  async function askedAWeekAgo(id: string, timeZone: string): Promise<string> {
    const received = new Date(Date.now() - 8 * DAY);
    const due = responseDueDate('uk_gdpr', received, timeZone);
    await dataSource.query(
      `UPDATE requests SET received_at = $2, due_at = $3, due_explanation = $4, due_rule = $5 WHERE id = $1`,
      [id, received, due.dueAt, due.explanation, { dueOn: due.dueOn, basis: due.basis }],
    );
    await dataSource.query(
      `UPDATE request_messages SET received_at = received_at - interval '7 days'
        WHERE request_id = $1 AND direction = 'to_person'`,
      [id],
    );
    return due.dueOn;
  }

  it('the officer asks, the person answers on the status page, and the officer sees the answer and the later date', async () => {
    const email = `uk-${randomUUID().slice(0, 8)}@example.org`;
    const response = await rightsdesk.http.submit<{ id: string; reference: string }>(writer, {
      type: 'withdraw_consent',
      email,
      residence: { country: 'GB' },
    });
    expect(response.status).toBe(201);
    const { id, reference } = response.body;
    const timeZone = 'America/Los_Angeles';

    // axe is the tester's script; the pages' CSP forbids all script, so it is bypassed here.
    const staffContext = await browser.newContext({ bypassCSP: true });
    const officerPage = await staffContext.newPage();
    const person = await browser.newContext({ bypassCSP: true });
    const personPage = await person.newPage();
    try {
      await signInToConsole(officerPage, baseUrl, officer, '/console/requests');
      await officerPage.goto(`${baseUrl}/console/requests/${id}`);
      await officerPage.getByLabel(/^What is needed/).fill('Which newsletter do you mean?');
      await officerPage.getByRole('button', { name: 'Send request for information' }).click();
      expect(await officerPage.getByRole('status').innerText()).toContain(
        'The person has been asked for the information.',
      );
      // Waiting now: the page offers to record a letter or call, and stays WCAG 2.1 AA clean.
      await officerPage
        .getByRole('heading', { name: "Record the person's answer (letter or call)" })
        .waitFor();
      expect(describeViolations(await accessibilityViolations(officerPage))).toEqual([]);

      const mail = await smtp.waitFor(
        (message) => message.subject === `We need more information for your request ${reference}`,
      );
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(email);
      expect(mail.text).toContain('What we need: Which newsletter do you mean?');
      expect(mail.text).toContain('stop counting the time we have to answer you');
      const statusUrl = /https?:\/\/\S+\/status\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
      expect(statusUrl).toBeDefined();

      const dueBefore = await askedAWeekAgo(id, timeZone);
      const dueAfter = formatCalendarDate(addDays(parseCalendarDate(dueBefore), 7));

      await personPage.goto(statusUrl!);
      const reply = personPage.getByRole('region', { name: 'We need more information' });
      expect(await reply.innerText()).toContain('Which newsletter do you mean?');
      expect(describeViolations(await accessibilityViolations(personPage))).toEqual([]);
      // With the keyboard alone: into the answer, on to the file, on to the button.
      await personPage.getByLabel(/^Your answer/).focus();
      await personPage.keyboard.type('The weekly one.');
      await personPage
        .getByLabel(/^Attach a document/)
        .setInputFiles({ name: 'newsletter.png', mimeType: 'image/png', buffer: PNG });
      await personPage.keyboard.press('Tab');
      await personPage.keyboard.press('Tab');
      await personPage.keyboard.press('Enter');
      // The answer posts to the page's own address and comes back to it: the URL alone does not
      // say the new page is there, its first line of the answer does.
      await personPage.getByText(/^You wrote on /).waitFor();

      // The person reads their own day: they live in the UK, wherever the company is.
      const today = dateInWords(
        formatCalendarDate(calendarDateIn(new Date(), 'Europe/London')),
        'en',
      );
      const seen = await personPage.locator('main').innerText();
      expect(seen).toContain(`You wrote on ${today}: The weekly one.`);
      expect(seen).toContain(dateInWords(dueAfter, 'en'));
      expect(seen).toContain('The 7 days between our question and your answer are not counted');
      expect(seen).not.toContain('Send your answer');

      await officerPage.reload();
      const timeline = await officerPage.locator('#timeline + .table-wrap').innerText();
      expect(timeline).toMatch(
        /Question to the person \(written in the console\)[^\n]*Which newsletter/,
      );
      expect(timeline).toMatch(/The person\tAnswer from the person \(on the status page\)/);
      expect(timeline).toContain('The weekly one.');
      expect(timeline).toContain('newsletter.png');
      expect(timeline.indexOf('Which newsletter')).toBeLessThan(
        timeline.indexOf('The weekly one.'),
      );
      const deadline = await officerPage.locator('#deadline + dl').innerText();
      expect(deadline).toContain(dateInWords(dueAfter, 'en'));
      expect(await officerPage.locator('dl.summary-list').first().innerText()).toContain(
        'Awaiting review',
      );
    } finally {
      await staffContext.close();
      await person.close();
    }
  }, 180_000);
});
