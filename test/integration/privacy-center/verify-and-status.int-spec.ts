import { statusTokenHash } from '@rightsdesk/intake';
import { RequestRepository } from '@rightsdesk/requests';
import { TestApi, verificationCodeFor } from '../../support/api-app';
import {
  browser,
  formToken,
  startPrivacyCenter,
  submitThroughForm,
  visibleText,
} from './privacy-center.support';

describe('privacy center: verify, status and appeal', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startPrivacyCenter({ VERIFICATION_MAX_ATTEMPTS: '3' });
  });
  afterAll(() => api.close());

  async function requestOf(
    token: string,
  ): Promise<{ id: string; reference: string; status: string }> {
    const [row] = await api.dataSource.query(
      `SELECT id, reference, status FROM requests WHERE status_token_hash = $1`,
      [statusTokenHash(api.config.tokenKey, token)],
    );
    return row;
  }

  /** A GDPR access request: the emailed code alone verifies it (Arts 11(2), 12(6)). */
  async function gdprAccess(agent: ReturnType<typeof browser>, email: string) {
    const token = await submitThroughForm(agent, 'access', { email, 'residence.country': 'DE' });
    const request = await requestOf(token);
    const { code, verifyUrl } = await verificationCodeFor(
      api.dataSource,
      api.config.packageEncryptionKey,
      request.id,
    );
    return { token, request, code, linkPath: new URL(verifyUrl).pathname };
  }

  it('refuses a wrong code with the tries left, then accepts the right one', async () => {
    const agent = browser(api);
    const { token, request, code } = await gdprAccess(agent, 'verify.me@example.org');
    const page = await agent.get(`/verify/${token}`).expect(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const wrong = code === '000000' ? '111111' : '000000';

    const refused = await agent
      .post(`/verify/${token}`)
      .type('form')
      .send({ _csrf: formToken(page.text), code: wrong })
      .expect(400);
    expect(visibleText(refused.text)).toContain('That code is not right. You have 2 tries left.');
    expect(refused.text).toMatch(/id="code"[\s\S]*?aria-describedby="code-hint code-error"/);
    expect((await requestOf(token)).status).toBe('pending_verification');

    const accepted = await agent
      .post(`/verify/${token}`)
      .type('form')
      .send({ _csrf: formToken(page.text), code })
      .expect(303);
    expect(accepted.headers.location).toBe(`/status/${token}`);
    expect((await requestOf(token)).status).not.toBe('pending_verification');
    expect(request.reference).toMatch(/^RD-/);
  });

  it('asks a Californian for more details and a declaration after the code, then verifies', async () => {
    await api.dataSource.query(
      `UPDATE requests SET status = 'cancelled' WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired')
         AND subject_id IN (SELECT id FROM subject_identities WHERE email = 'morgan.ellis@example.com')`,
    );
    const agent = browser(api);
    const token = await submitThroughForm(agent, 'access', {
      email: 'morgan.ellis@example.com',
      'residence.country': 'US',
      'residence.region': 'CA',
    });
    const request = await requestOf(token);
    const { code } = await verificationCodeFor(
      api.dataSource,
      api.config.packageEncryptionKey,
      request.id,
    );
    const first = await agent.get(`/verify/${token}`).expect(200);
    const afterCode = await agent
      .post(`/verify/${token}`)
      .type('form')
      .send({ _csrf: formToken(first.text), code })
      .expect(303);
    expect(afterCode.headers.location).toBe(`/verify/${token}`);

    // The code was right; a copy of specific pieces needs more (regs 7062).
    const more = await agent.get(`/verify/${token}`).expect(200);
    expect(more.text).not.toContain('name="code"');
    for (const field of ['name', 'phone', 'lastOrderNumber', 'declaration']) {
      expect(more.text).toContain(`name="${field}"`);
    }
    const done = await agent
      .post(`/verify/${token}`)
      .type('form')
      .send({
        _csrf: formToken(more.text),
        name: 'Morgan Ellis',
        phone: '415 555 0142',
        declaration: 'yes',
      })
      .expect(303);
    expect(done.headers.location).toBe(`/status/${token}`);
    expect((await requestOf(token)).status).toBe('awaiting_review');
  });

  it('confirms through the emailed link only when the button is pressed', async () => {
    const agent = browser(api);
    const { token, linkPath } = await gdprAccess(agent, 'link.person@example.org');
    const page = await agent.get(linkPath).expect(200);
    expect(visibleText(page.text)).toContain('Press the button to confirm');
    await agent.get(linkPath).expect(200);
    expect((await requestOf(token)).status).toBe('pending_verification'); // a GET never confirms

    await agent
      .post(linkPath)
      .type('form')
      .send({ _csrf: formToken(page.text) })
      .expect(303);
    expect((await requestOf(token)).status).not.toBe('pending_verification');
    const after = await agent.get(linkPath).expect(200);
    expect(visibleText(after.text)).toContain('Thank you. You have confirmed it is you.');
  });

  it('answers a made-up link with a 410 page', async () => {
    const response = await browser(api).get('/verify/link/not-a-real-link-token').expect(410);
    expect(visibleText(response.text)).toContain('This link has expired');
  });

  it('shows reference, due date, time left and timeline on the status page, in Spanish too', async () => {
    const agent = browser(api);
    const token = await submitThroughForm(agent, 'delete', { email: 'status.page@example.org' });
    const request = await requestOf(token);
    const page = await agent.get(`/status/${token}`).expect(200);
    const text = visibleText(page.text);
    expect(text).toContain(request.reference);
    expect(text).toContain('Waiting for you to confirm it is you');
    expect(text).toMatch(/We answer by \d{1,2} \w+ \d{4}/);
    expect(text).toContain('The law gives us 45 days from the day we received your request');
    expect(text).toMatch(/\d+ days left/);
    expect(text).toContain('We emailed you a code');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');

    const spanish = visibleText((await agent.get(`/status/${token}?lang=es`).expect(200)).text);
    expect(spanish).toContain('Esperando a que confirme que es usted');
    expect(spanish).toContain('La ley nos da 45 días desde el día en que recibimos su solicitud');
  });

  it('answers an unknown status token with an HTML 404', async () => {
    const response = await browser(api).get('/status/no-such-token').expect(404);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(visibleText(response.text)).toContain('Page not found');
  });

  it('turns the appeal of a denied request into a linked appeal request', async () => {
    const agent = browser(api);
    // Virginia gives an appeal with its own 60-day clock; the CCPA gives none.
    const token = await submitThroughForm(agent, 'delete', {
      email: 'appeal.me@example.org',
      'residence.country': 'US',
      'residence.region': 'VA',
    });
    const request = await requestOf(token);
    await api.app.get(RequestRepository).transition(request.id, 'deny', {
      actor: 'test-officer',
      reason: 'no account found',
      context: { legalBasis: 'CCPA regs 7022(a)' },
      changes: { denialBasis: 'CCPA regs 7022(a)', denialReason: 'We hold no data about you.' },
    });
    const status = visibleText((await agent.get(`/status/${token}`).expect(200)).text);
    expect(status).toContain('We hold no data about you.');
    expect(status).toContain('Appeal our decision');

    const form = await agent.get(`/status/${token}/appeal`).expect(200);
    expect(visibleText(form.text)).toContain('The Virginia VCDPA gives us 60 days');
    expect(visibleText(form.text)).toContain('Virginia Attorney General');
    const empty = await agent
      .post(`/status/${token}/appeal`)
      .type('form')
      .send({ _csrf: formToken(form.text), reason: '  ' })
      .expect(400);
    expect(empty.text).toContain('<a href="#reason">Why do you disagree?: Fill this in.</a>');

    const sent = await agent
      .post(`/status/${token}/appeal`)
      .type('form')
      .send({ _csrf: formToken(form.text), reason: 'I do have an account.' });
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toMatch(/^\/status\/[A-Za-z0-9_-]+\/submitted$/);
    const [appeal] = await api.dataSource.query(
      `SELECT type, manner, details->>'reason' AS reason FROM requests WHERE parent_request_id = $1`,
      [request.id],
    );
    expect(appeal).toEqual({ type: 'appeal', manner: 'web', reason: 'I do have an account.' });
    const appealPage = visibleText((await agent.get(sent.headers.location).expect(200)).text);
    expect(appealPage).toContain('Request sent');
  });
});
