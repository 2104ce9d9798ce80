import { TestApi } from '../../support/api-app';
import {
  browser,
  formToken,
  startPrivacyCenter,
  statusTokenFrom,
  submitThroughForm,
  visibleText,
} from './privacy-center.support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('privacy center: request forms', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startPrivacyCenter();
  });
  afterAll(() => api.close());

  it.each([
    ['en', 'Address line 1', 'Billing address'],
    ['es', 'Línea 1 de la dirección', 'Dirección de facturación'],
  ])(
    'names the fields and addresses a person (%s) corrects in the words our answer uses',
    async (language, line1, billing) => {
      const page = await browser(api).get(`/requests/new/correct?lang=${language}`).expect(200);
      const text = visibleText(page.text);
      // The data map's words for people, the same the completion email and letter use.
      expect(text).toContain(line1);
      expect(text).toContain(billing);
      if (language === 'en') expect(text).not.toContain('Your billing address');
    },
  );

  it('re-renders the form with the problem next to the field and the values kept', async () => {
    const agent = browser(api);
    const form = await agent.get('/requests/new/access').expect(200);
    const response = await agent
      .post('/requests/new/access')
      .type('form')
      .send({ _csrf: formToken(form.text), email: 'not-an-email', name: 'Ada Lovelace' })
      .expect(400);

    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('<title>Error: See your data');
    // The summary links to the field; the field names its error through aria-describedby.
    expect(response.text).toContain('<a href="#email">Email address: Enter an email address');
    expect(response.text).toMatch(/<p class="error-message" id="email-error">/);
    expect(response.text).toMatch(
      /id="email"\s+name="email"[^>]*aria-describedby="email-hint email-error"[^>]*aria-invalid="true"/,
    );
    expect(response.text).toMatch(/name="email"[\s\S]*?value="not-an-email"/);
    expect(response.text).toMatch(/name="name"[\s\S]*?value="Ada Lovelace"/);
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM subject_identities WHERE email = 'not-an-email'`,
    );
    expect(count).toBe(0);
  });

  it('stores a web request and shows the reference, due date and links after a 303', async () => {
    const agent = browser(api);
    const token = await submitThroughForm(agent, 'delete', {
      email: 'Form.Person@Example.org',
      'residence.country': 'US',
      'residence.region': 'CA',
    });
    const [stored] = await api.dataSource.query(
      `SELECT r.reference, r.manner, r.type, r.regime, r.status, to_char(r.due_at AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD') AS due, s.email
       FROM requests r JOIN subject_identities s ON s.id = r.subject_id
       WHERE s.email = 'form.person@example.org' ORDER BY r.created_at DESC LIMIT 1`,
    );
    expect(stored).toMatchObject({
      manner: 'web',
      type: 'delete',
      regime: 'ccpa',
      status: 'pending_verification',
    });

    const page = await agent.get(`/status/${token}/submitted`).expect(200);
    const text = visibleText(page.text);
    expect(text).toContain(stored.reference);
    expect(text).toContain('We emailed a 6-digit code to form.person@example.org');
    const [year, month, day] = (stored.due as string).split('-').map(Number);
    const dueWords = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year, month - 1, day)));
    expect(text).toContain(`We answer you by ${dueWords} at the latest.`);
    expect(page.text).toContain(`href="/verify/${token}"`);
    expect(page.text).toContain(`href="/status/${token}"`);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it("a Japanese resident who picks 'Another country' is recorded under the company's policy, not the CCPA", async () => {
    await submitThroughForm(browser(api), 'withdraw_consent', {
      email: 'Kenji.Tokyo@Example.org',
      'residence.country': 'ZZ',
      purposes: 'all',
    });
    const [stored] = await api.dataSource.query(
      `SELECT r.regime FROM requests r JOIN subject_identities s ON s.id = r.subject_id
       WHERE s.email = 'kenji.tokyo@example.org' ORDER BY r.created_at DESC LIMIT 1`,
    );
    expect(stored).toEqual({ regime: 'company_policy' });
  });

  it('refuses a post without the form token and stores nothing', async () => {
    const response = await browser(api)
      .post('/requests/new/access')
      .type('form')
      .send({ email: 'forged@example.org' })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(visibleText(response.text)).toContain('Something went wrong with that page');
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM subject_identities WHERE email = 'forged@example.org'`,
    );
    expect(count).toBe(0);
  });

  it('speaks Spanish with ?lang=es and remembers the choice', async () => {
    const agent = browser(api);
    const first = await agent.get('/requests/new/access?lang=es').expect(200);
    expect(first.text).toContain('<html lang="es">');
    expect(String(first.headers['set-cookie'])).toMatch(/rd_lang=es/);
    const again = await agent.get('/').expect(200);
    expect(again.text).toContain('<html lang="es">');
    const response = await agent
      .post('/requests/new/access')
      .type('form')
      .send({ _csrf: formToken(first.text), lang: 'es', email: '' })
      .expect(400);
    expect(visibleText(response.text)).toContain(
      'Escriba un correo electrónico como nombre@ejemplo.com.',
    );
  });

  it('answers an unknown request type and an unknown page with an HTML 404, and /api in JSON', async () => {
    const unknownType = await browser(api).get('/requests/new/sell_my_data').expect(404);
    expect(unknownType.headers['content-type']).toMatch(/text\/html/);
    expect(visibleText(unknownType.text)).toContain('Page not found');
    expect(unknownType.text).not.toMatch(/at .*\.ts:\d+/);
    await browser(api)
      .get('/no/such/page')
      .expect(404)
      .expect('content-type', /text\/html/);
    const apiMissing = await browser(api).get('/api/v1/nothing-here').expect(404);
    expect(apiMissing.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses an agent request without the signed permission, by the file field', async () => {
    const agent = browser(api);
    const form = await agent.get('/requests/new/access').expect(200);
    const response = await agent
      .post('/requests/new/access')
      .field('_csrf', formToken(form.text))
      .field('email', 'agent.client@example.org')
      .field('agent.name', 'Alex Agent')
      .field('agent.email', 'alex@agents.example')
      .expect(400);
    expect(response.text).toContain(
      '<a href="#agent-authorization">Signed permission from the person: Upload the permission the person signed.',
    );
    expect(response.text).toMatch(/id="agent-authorization-error"/);
    expect(response.text).toMatch(/<details class="agent"\s+open>/);
    expect(response.text).toMatch(/name="agent.name"[\s\S]*?value="Alex Agent"/);
  });

  it('refuses a file that is not a PDF, JPEG or PNG', async () => {
    const agent = browser(api);
    const form = await agent.get('/requests/new/access').expect(200);
    const response = await agent
      .post('/requests/new/access')
      .field('_csrf', formToken(form.text))
      .field('email', 'agent.client@example.org')
      .field('agent.name', 'Alex Agent')
      .field('agent.email', 'alex@agents.example')
      .attach('agent.authorization', Buffer.from('MZ not a pdf'), {
        filename: 'permission.exe',
        contentType: 'application/octet-stream',
      })
      .expect(400);
    expect(visibleText(response.text)).toContain('The file must be a PDF, JPG or PNG.');
  });

  it('stores an agent request with its signed permission PDF', async () => {
    const agent = browser(api);
    const form = await agent.get('/requests/new/access').expect(200);
    const response = await agent
      .post('/requests/new/access')
      .field('_csrf', formToken(form.text))
      .field('email', 'agent.client2@example.org')
      .field('agent.name', 'Alex Agent')
      .field('agent.email', 'alex@agents.example')
      .attach('agent.authorization', PDF, {
        filename: 'permission.pdf',
        contentType: 'application/pdf',
      })
      .expect(303);
    statusTokenFrom(response.headers.location);
    const [stored] = await api.dataSource.query(
      `SELECT r.manner, a.agent_name, a.content_type, a.byte_size, a.file_name
       FROM requests r JOIN subject_identities s ON s.id = r.subject_id
       JOIN agent_authorizations a ON a.request_id = r.id
       WHERE s.email = 'agent.client2@example.org'`,
    );
    expect(stored).toMatchObject({
      manner: 'agent',
      agent_name: 'Alex Agent',
      content_type: 'application/pdf',
      file_name: 'permission.pdf',
    });
    expect(Number(stored.byte_size)).toBe(PDF.length);
  });
});
