import { ParsedMail } from 'mailparser';
import { SendNoticeUseCase, statusLinkOf } from '@rightsdesk/notices';
import { Correspondence, DataSubjectRequest } from '@rightsdesk/persistence';
import { TestApi, verificationCodeFor } from '../../support/api-app';
import { SmtpSink } from '../../support/smtp-sink';
import {
  browser,
  formToken,
  startPrivacyCenter,
  submitThroughForm,
  visibleText,
} from './privacy-center.support';

type Agent = ReturnType<typeof browser>;

function sentTo(mail: ParsedMail): string {
  const to = mail.to;
  return (Array.isArray(to) ? to : to ? [to] : []).map((address) => address.text).join(', ');
}

/**
 * A person who lost the first email (and with it the link to their request) finds the request
 * again on the privacy center by its reference and their email address: a code goes to the
 * request's own address, and the code opens the status page under a new link. Nobody learns
 * from the answer whether a reference or an address exists, and guessing codes is throttled.
 */
describe('privacy center: find my request', () => {
  let api: TestApi;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    api = await startPrivacyCenter({
      SMTP_URL: await smtp.start(),
      PUBLIC_URL: 'http://localhost:3000',
      VERIFICATION_MAX_ATTEMPTS: '5',
      // The timing scenario asks for many codes for one request: throttling would end it early.
      VERIFICATION_CODES_PER_HOUR: '100',
    });
  });
  afterAll(async () => {
    await api?.close();
    await smtp.stop();
  });

  /** A request sent on the form; returns its reference and first status link. */
  async function sentRequest(email: string, language = 'en') {
    const token = await submitThroughForm(browser(api), 'access', {
      email,
      'residence.country': 'DE',
      lang: language,
    });
    const [row] = (await api.dataSource.query(
      `SELECT r.id, r.reference FROM requests r JOIN subject_identities s ON s.id = r.subject_id
       WHERE lower(s.email) = lower($1) ORDER BY r.created_at DESC LIMIT 1`,
      [email],
    )) as Array<{ id: string; reference: string }>;
    return { token, id: row.id, reference: row.reference };
  }

  async function askForCode(agent: Agent, reference: string, email: string, lang = 'en') {
    const form = await agent.get(`/find?lang=${lang}`).expect(200);
    return agent
      .post('/find')
      .type('form')
      .send({ _csrf: formToken(form.text), reference, email });
  }

  async function lookupNotices(requestId: string): Promise<Correspondence[]> {
    return api.dataSource
      .getRepository(Correspondence)
      .find({ where: { requestId, kind: 'lookup_code' }, order: { createdAt: 'ASC' } });
  }

  /** The worker's part: the queued email goes out to the SMTP server. */
  async function deliver(notice: Correspondence): Promise<ParsedMail> {
    await api.app.get(SendNoticeUseCase).execute(notice.id);
    return smtp.waitFor((mail) => mail.messageId === `<${notice.id}@rightsdesk>`);
  }

  function enterCode(agent: Agent, page: string, fields: Record<string, string>) {
    return agent
      .post('/find/code')
      .type('form')
      .send({ _csrf: formToken(page), ...fields });
  }

  it('emails a code to the request’s address and the code opens the status page under a new link', async () => {
    const request = await sentRequest('lost.first.email@example.com');
    const agent = browser(api);
    // The home page shows the way in.
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('href="/find"');

    const asked = await askForCode(
      agent,
      request.reference.toLowerCase(),
      'Lost.First.Email@example.com',
    );
    expect(asked.status).toBe(200);
    expect(visibleText(asked.text)).toContain('we have emailed a 6-digit code to that address');

    const [notice] = await lookupNotices(request.id);
    // The job carries ids only: no address, no code.
    const [job] = (await api.dataSource.query(
      `SELECT payload FROM outbox WHERE job_name = 'notice.send' AND payload ->> 'correspondenceId' = $1`,
      [notice.id],
    )) as Array<{ payload: Record<string, unknown> }>;
    expect(job.payload).toEqual({ v: 1, correspondenceId: notice.id });
    expect(notice.bodyText).not.toMatch(/\b\d{6}\b/);

    const mail = await deliver(notice);
    expect(sentTo(mail)).toContain('lost.first.email@example.com');
    expect(mail.subject).toBe(`Your code to open your request ${request.reference}`);
    const code = /Your code is (\d{6})/.exec(mail.text ?? '')?.[1] as string;
    expect(code).toMatch(/^\d{6}$/);

    const opened = await enterCode(agent, asked.text, {
      reference: request.reference,
      email: 'lost.first.email@example.com',
      code: `${code.slice(0, 3)} ${code.slice(3)}`,
    }).expect(303);
    const statusPath = opened.headers.location as string;
    expect(statusPath).toMatch(/^\/status\/[A-Za-z0-9_-]{43}$/);
    expect(statusPath).not.toBe(`/status/${request.token}`);
    const status = await agent.get(statusPath).expect(200);
    expect(visibleText(status.text)).toContain(request.reference);

    // Later emails (the completion email's link) open the page under the new link, not the lost one.
    const stored = await api.dataSource
      .getRepository(DataSubjectRequest)
      .findOneByOrFail({ reference: request.reference });
    const later = statusLinkOf(
      stored.statusTokenSealed,
      api.config.packageEncryptionKey,
      'http://x',
    );
    expect(later && new URL(later).pathname).toBe(statusPath);

    // The lost link stops working, and its page points to Find my request.
    const old = await agent.get(`/status/${request.token}`).expect(404);
    expect(old.text).toContain('href="/find"');
    // The code is spent.
    await enterCode(agent, asked.text, {
      reference: request.reference,
      email: 'lost.first.email@example.com',
      code,
    }).expect(400);
  });

  it('answers a wrong email exactly as a right one, and sends nothing', async () => {
    const request = await sentRequest('right.address@example.com');
    const agent = browser(api);
    const right = await askForCode(agent, request.reference, 'right.address@example.com');
    const wrong = await askForCode(agent, request.reference, 'someone.else@example.com');
    const unknown = await askForCode(agent, 'RD-0000-0000', 'someone.else@example.com');
    const words = (text: string) => visibleText(text).replace(/RD-[0-9A-Z-]+|\S+@\S+/g, '');
    expect([wrong.status, unknown.status]).toEqual([right.status, right.status]);
    expect(words(wrong.text)).toBe(words(right.text));
    expect(words(unknown.text)).toBe(words(right.text));
    expect(await lookupNotices(request.id)).toHaveLength(1);
    const mailed = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM correspondence WHERE recipient = 'someone.else@example.com'`,
    );
    expect(mailed[0].n).toBe(0);
  });

  it('leaves the code of the first email working for a person who finds their request before confirming it', async () => {
    const request = await sentRequest('found.before.confirming@example.com');
    const { code } = await verificationCodeFor(
      api.dataSource,
      api.config.packageEncryptionKey,
      request.id,
    );
    const agent = browser(api);
    for (let ask = 1; ask <= 2; ask += 1) {
      const asked = await askForCode(
        agent,
        request.reference,
        'found.before.confirming@example.com',
      );
      expect(asked.status).toBe(200);
    }
    expect(await lookupNotices(request.id)).toHaveLength(2);

    const page = await agent.get(`/verify/${request.token}`).expect(200);
    const confirmed = await agent
      .post(`/verify/${request.token}`)
      .type('form')
      .send({ _csrf: formToken(page.text), code })
      .expect(303);
    expect(confirmed.headers.location).toBe(`/status/${request.token}`);
    const [row] = (await api.dataSource.query('SELECT status FROM requests WHERE id = $1', [
      request.id,
    ])) as Array<{ status: string }>;
    expect(row.status).not.toBe('pending_verification');
  });

  it('takes as long to answer a reference that matches as one that does not', async () => {
    const request = await sentRequest('timed.answer@example.com');
    const agent = browser(api);
    const form = await agent.get('/find').expect(200);
    const ask = async (reference: string, email: string): Promise<number> => {
      const started = process.hrtime.bigint();
      await agent
        .post('/find')
        .type('form')
        .send({ _csrf: formToken(form.text), reference, email })
        .expect(200);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const matched: number[] = [];
    const unmatched: number[] = [];
    // Interleaved, so a slow moment of the machine falls on both sides alike.
    for (let sample = 0; sample < 12; sample += 1) {
      matched.push(await ask(request.reference, 'timed.answer@example.com'));
      unmatched.push(await ask(request.reference, 'not.them@example.com'));
    }
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1];
    // A stranger comparing answer times must not tell which reference and address match.
    expect(Math.abs(median(matched) - median(unmatched))).toBeLessThan(0.25 * median(unmatched));
  }, 60_000);

  it('throttles the sixth wrong code, for a real reference and an unknown one alike', async () => {
    const request = await sentRequest('guessed.at@example.com');
    for (const [reference, email] of [
      [request.reference, 'guessed.at@example.com'],
      ['RD-ZZZZ-9999', 'guessed.at@example.com'],
    ]) {
      const agent = browser(api);
      const asked = await askForCode(agent, reference, email);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        const refused = await enterCode(agent, asked.text, { reference, email, code: '000000' });
        expect(refused.status).toBe(400);
        expect(visibleText(refused.text)).toContain('That code is not right');
      }
      const sixth = await enterCode(agent, asked.text, { reference, email, code: '000000' });
      expect(sixth.status).toBe(429);
    }
    // The real code no longer opens anything either: five wrong tries used it up.
    const [challenge] = (await api.dataSource.query(
      `SELECT attempts, closed_reason FROM verification_challenges
       WHERE request_id = $1 AND purpose = 'find_request'`,
      [request.id],
    )) as Array<{ attempts: number; closed_reason: string }>;
    expect(challenge).toEqual({ attempts: 5, closed_reason: 'exhausted' });
  });

  it('speaks Spanish to a Spanish speaker, page and email', async () => {
    const request = await sentRequest('perdi.el.correo@example.es', 'es');
    const agent = browser(api);
    const form = await agent.get('/find?lang=es').expect(200);
    expect(visibleText(form.text)).toContain('Buscar mi solicitud');
    expect(visibleText(form.text)).toContain('¿Le respondemos por correo postal?');
    const asked = await askForCode(agent, request.reference, 'perdi.el.correo@example.es', 'es');
    expect(visibleText(asked.text)).toContain('Revise su correo');
    const [notice] = await lookupNotices(request.id);
    const mail = await deliver(notice);
    expect(mail.subject).toBe(`Su código para abrir su solicitud ${request.reference}`);
    expect(mail.text).toMatch(/Su código es \d{6}/);
  });

  it('tells a person who is answered by post how to reach the company', async () => {
    const page = await browser(api).get('/find').expect(200);
    const text = visibleText(page.text);
    expect(text).toContain('If you sent your request by post or gave us no email address');
    expect(text).toContain(api.config.COMPANY_POSTAL_ADDRESS[0]);
  });

  it.each([
    [
      'a malformed reference',
      { reference: 'RD-12', email: 'a@example.com' },
      'Enter the reference number',
    ],
    [
      'an overlong email',
      { reference: 'RD-0000-0000', email: `${'a'.repeat(250)}@example.com` },
      'too long',
    ],
    [
      'a NUL in the email',
      { reference: 'RD-0000-0000', email: 'a\u0000b@example.com' },
      'We could not read some of what you typed',
    ],
    [
      'a NUL in the reference',
      { reference: 'RD-0000-000\u0000', email: 'a@example.com' },
      'We could not read some of what you typed',
    ],
  ])('refuses %s with a 400 that says what is wrong', async (_what, fields, message) => {
    const agent = browser(api);
    const form = await agent.get('/find').expect(200);
    const refused = await agent
      .post('/find')
      .type('form')
      .send({ _csrf: formToken(form.text), ...fields });
    expect(refused.status).toBe(400);
    expect(visibleText(refused.text)).toContain(message);
    const code = await enterCode(agent, form.text, { ...fields, code: '12x' });
    expect(code.status).toBe(400);
  });
});
