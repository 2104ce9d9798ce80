import request from 'supertest';
import { CollectAccessPackageUseCase } from '@rightsdesk/fulfilment';
import { statusTokenHash } from '@rightsdesk/intake';
import { RenderNoticeUseCase, SendNoticeUseCase } from '@rightsdesk/notices';
import { Correspondence } from '@rightsdesk/persistence';
import { ReviewHandlingUseCase } from '@rightsdesk/review';
import { TestApi } from '../../support/api-app';
import { readAccessPackage } from '../../support/package-reader';
import { SmtpSink } from '../../support/smtp-sink';
import {
  browser,
  startPrivacyCenter,
  submitThroughForm,
  visibleText,
} from './privacy-center.support';

/**
 * Dates and deadlines as a person reads them: times in their own zone, named; the deadline as a
 * sentence with the rule on its own line; the completion email linking to their status page.
 */
describe('privacy center: times, deadlines and links a person understands', () => {
  const smtp = new SmtpSink();
  let api: TestApi;

  beforeAll(async () => {
    api = await startPrivacyCenter({ SMTP_URL: await smtp.start() });
  });
  afterAll(async () => {
    await api.close();
    await smtp.stop();
  });

  const unique = () => Math.random().toString(36).slice(2, 8);

  async function requestOf(token: string): Promise<{ id: string; reference: string }> {
    const [row] = await api.dataSource.query(
      `SELECT id, reference FROM requests WHERE status_token_hash = $1`,
      [statusTokenHash(api.config.tokenKey, token)],
    );
    return row;
  }

  /** A request taken in by staff with its real receipt time, so every date is known. */
  async function intake(body: Record<string, unknown>, receivedAt: string) {
    const key = `Bearer ${await api.apiKey('requests:intake')}`;
    const response = await request(api.app.getHttpServer())
      .post('/api/v1/requests/intake')
      .set('authorization', key)
      .send({ manner: 'email', receivedAt, request: { answerChannel: 'email', ...body } });
    expect(response.body.errors ?? response.body.detail ?? 'created').toBe('created');
    return response.body as { id: string; reference: string };
  }

  async function noticeText(requestId: string, kind: string): Promise<string> {
    const notice = await api.dataSource
      .getRepository(Correspondence)
      .findOneByOrFail({ requestId, kind, channel: 'email' });
    return notice.bodyText;
  }

  it('shows a person in Spain the times on their status page in their own zone, named', async () => {
    const agent = browser(api);
    const token = await submitThroughForm(agent, 'delete', {
      email: `madrid-${unique()}@example.es`,
      'residence.country': 'ES',
      timeZone: 'Europe/Madrid',
    });
    const english = visibleText((await agent.get(`/status/${token}`).expect(200)).text);
    expect(english).toMatch(
      /\d{1,2} \w+ \d{4}, \d{2}:\d{2} Central European \w+ Time \(Europe\/Madrid\)/,
    );
    expect(english).not.toContain('America/Los_Angeles');
    const spanish = visibleText((await agent.get(`/status/${token}?lang=es`).expect(200)).text);
    expect(spanish).toMatch(
      /\d{1,2} de \w+ de \d{4}, \d{2}:\d{2}, hora [^()]*Europa central \(Europe\/Madrid\)/,
    );
  });

  it('shows a person in Spain who asked over the API, with no zone, Madrid times on their status page and in their report', async () => {
    const email = `api-madrid-${unique()}@example.es`;
    const filed = await request(api.app.getHttpServer())
      .post('/api/v1/requests')
      .set('authorization', `Bearer ${await api.apiKey('requests:write')}`)
      .send({ type: 'access', email, residence: { country: 'ES' }, scope: 'copy' })
      .expect(201);
    const { id, statusToken } = filed.body as { id: string; statusToken: string };
    const madrid = /\d{2}:\d{2} Central European \w+ Time \(Europe\/Madrid\)/;
    const page = visibleText((await browser(api).get(`/status/${statusToken}`).expect(200)).text);
    expect(page).toMatch(madrid);
    expect(page).not.toContain('America/Los_Angeles');
    await api.dataSource.query(`UPDATE requests SET status = 'approved' WHERE id = $1`, [id]);
    await api.app.get(CollectAccessPackageUseCase).execute(id);
    const { report } = await readAccessPackage(api.dataSource, api.config.packageEncryptionKey, id);
    expect(visibleText(report)).toMatch(madrid);
    expect(report).not.toContain('America/Los_Angeles');
  });

  it("names the company's zone when the browser sent none it could trust", async () => {
    const agent = browser(api);
    const token = await submitThroughForm(agent, 'delete', {
      email: `nozone-${unique()}@example.org`,
      timeZone: 'Mars/Olympus_Mons',
    });
    const page = visibleText((await agent.get(`/status/${token}`).expect(200)).text);
    expect(page).toMatch(/\d{2}:\d{2} Pacific \w+ Time \(America\/Los_Angeles\)/);
  });

  it.each([
    [
      'en',
      'We will answer by 7 January 2027.',
      'The law gives us one month from the day we received your request, 7 December 2026',
    ],
    [
      'es',
      'Le responderemos a más tardar el 7 de enero de 2027.',
      'La ley nos da un mes desde el día en que recibimos su solicitud, el 7 de diciembre de 2026',
    ],
  ])(
    'tells a GDPR requester (%s) the date to expect an answer as a sentence, the rule on its own line',
    async (language, sentence, rule) => {
      const { id } = await intake(
        {
          type: 'withdraw_consent',
          email: `gdpr-${unique()}@example.es`,
          language,
          residence: { country: 'ES' },
        },
        '2026-12-07T10:00:00Z',
      );
      const text = await noticeText(id, 'request_received');
      const paragraphs = text.split('\n\n');
      expect(paragraphs).toContain(sentence);
      expect(paragraphs.find((paragraph) => paragraph.startsWith(rule))).toBeDefined();
      expect(text).not.toMatch(/due 20\d\d-|vence el 20\d\d-|this date:|esta fecha como muy tarde/);
    },
  );

  it.each([
    ['en', 'We now expect to answer by 7 March 2027.', 'The law lets us take a further 2 months'],
    [
      'es',
      'Ahora prevemos responderle a más tardar el 7 de marzo de 2027.',
      'La ley nos permite tomar 2 meses más',
    ],
  ])(
    'tells a GDPR requester (%s) the new date after an extension, and the rule on its own line',
    async (language, sentence, rule) => {
      const { id } = await intake(
        {
          type: 'delete',
          email: `extend-${unique()}@example.es`,
          language,
          residence: { country: 'ES' },
        },
        '2026-12-07T10:00:00Z',
      );
      await api.dataSource.query(`UPDATE requests SET status = 'awaiting_review' WHERE id = $1`, [
        id,
      ]);
      await api.app
        .get(ReviewHandlingUseCase)
        .extend(
          id,
          'many systems hold your data',
          { kind: 'system', keyId: 'test' },
          new Date('2026-12-20T10:00:00Z'),
        );
      const text = await noticeText(id, 'request_extended');
      const paragraphs = text.split('\n\n');
      expect(paragraphs).toContain(sentence);
      expect(paragraphs.find((paragraph) => paragraph.startsWith(rule))).toBeDefined();
      expect(text).not.toMatch(/extended to 20\d\d-|prorrogado hasta el 20\d\d-/);
    },
  );

  it.each(['en', 'es'] as const)(
    'links the completion email (%s) to the person’s own status page',
    async (language) => {
      const agent = browser(api);
      const email = `done-${unique()}@example.org`;
      const token = await submitThroughForm(agent, 'delete', { email, lang: language });
      const { id } = await requestOf(token);
      await api.app.get(RenderNoticeUseCase).execute(id, 'request_completed');
      const notice = await api.dataSource
        .getRepository(Correspondence)
        .findOneByOrFail({ requestId: id, kind: 'request_completed' });
      // The stored copy holds no working link; the email the person receives does.
      expect(notice.bodyText).not.toContain(token);
      await api.app.get(SendNoticeUseCase).execute(notice.id);
      const mail = await smtp.waitFor(
        (message) =>
          message.subject === notice.subject &&
          message.text?.includes(email) !== true &&
          (message.to as { text: string }).text.includes(email),
      );
      expect(mail.text).toContain(`/status/${token}`);
      // Opened on another device whose browser asks for English, the page speaks the request's language.
      const link = new URL(/https?:\/\/\S+\/status\/\S+/.exec(mail.text ?? '')![0]);
      const page = await browser(api)
        .get(`${link.pathname}${link.search}`)
        .set('accept-language', 'en-US,en;q=0.9')
        .expect(200);
      expect(visibleText(page.text)).toContain((await requestOf(token)).reference);
      expect(visibleText(page.text)).toContain(language === 'es' ? 'Su solicitud' : 'Your request');
    },
  );

  it('links the verification email to the person’s page, while the copy staff read holds no working link', async () => {
    const agent = browser(api);
    const email = `code-${unique()}@example.org`;
    const token = await submitThroughForm(agent, 'access', { email, lang: 'es' });
    const { id } = await requestOf(token);
    const notice = await api.dataSource
      .getRepository(Correspondence)
      .findOneByOrFail({ requestId: id, kind: 'verification_code' });
    expect(notice.bodyText).not.toContain(token);
    await api.app.get(SendNoticeUseCase).execute(notice.id);
    const mail = await smtp.waitFor(
      (message) =>
        message.subject === notice.subject && (message.to as { text: string }).text.includes(email),
    );
    expect(mail.text).toContain(`/status/${token}?lang=es`);
  });
});
