import request from 'supertest';
import { runMigrations } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';
import { freshDatabase } from '../../support/fresh-database';
import { staffSession } from '../../support/staff';
import { TEST_DATABASE_URL } from '../../support/test-env';
import { browser, formToken, visibleText } from '../privacy-center/privacy-center.support';

/**
 * Intake offered all four request types to everyone, whatever the person's law gives: an Iowa
 * resident's correction was stored under the Iowa law, which has no right to correct, with that
 * law's deadline. Now a right the person's law does not give is honoured as a courtesy under the
 * company's privacy policy (the default, as the policy promises everyone) and the person is told
 * so, or, where the admin turns that off, refused at intake with the reason and nothing stored.
 */
describe('the rights a person’s law gives, and the ones the company gives anyway', () => {
  let api: TestApi;
  let writer: string;
  let admin: string;
  let intake: string;

  beforeAll(async () => {
    // The policy is changed here: a database of this suite's own, as the admin specs have.
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `${url.pathname}_rights`;
    await freshDatabase(url.toString());
    await runMigrations(url.toString());
    api = await startTestApi({
      DATABASE_URL: url.toString(),
      RATE_LIMIT_SUBMIT_PER_IP: '1000',
      RATE_LIMIT_SUBMIT_PER_EMAIL: '1000',
      RATE_LIMIT_SIGN_IN_PER_IP: '1000',
    });
    writer = `Bearer ${await api.apiKey('requests:write', 'requests:read')}`;
    admin = `Bearer ${await api.apiKey('admin:settings')}`;
    intake = `Bearer ${await api.apiKey('requests:intake')}`;
  }, 60_000);
  afterAll(() => api?.close());

  const http = () => request(api.app.getHttpServer());
  const correction = (email: string, region: string) => ({
    type: 'correct',
    email,
    residence: { country: 'US', region },
    corrections: [{ field: 'phone', value: '+1 515 555 0142' }],
  });
  const counts = async () =>
    (await api.dataSource.query(
      `SELECT (SELECT count(*) FROM requests)::int AS requests,
              (SELECT count(*) FROM subject_identities)::int AS identities`,
    )) as unknown[];

  it('an Iowa resident asking to correct is answered under the company’s policy, and told their law does not give the right', async () => {
    const filed = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send(correction('ida.courtesy@example.com', 'IA'))
      .expect(201);
    expect(filed.body.regime).toBe('company_policy');
    // The company's promise, not the Iowa law's 90 days.
    expect(filed.body.dueExplanation).toMatch(/privacy policy/i);
    expect(filed.body.dueExplanation).not.toMatch(/Iowa/);

    const page = visibleText(
      (await browser(api).get(`/status/${filed.body.statusToken}`).expect(200)).text,
    );
    expect(page).toContain(
      'The Iowa ICDPA does not give you a right to have your data corrected. We will still do it, as our privacy policy promises everyone',
    );
    const spanish = visibleText(
      (await browser(api).get(`/status/${filed.body.statusToken}?lang=es`).expect(200)).text,
    );
    expect(spanish).toContain('no le da derecho a que se corrijan sus datos. Aun así lo haremos');
    const [acknowledgement] = await api.dataSource.query(
      `SELECT body_text FROM correspondence WHERE request_id = $1 AND kind = 'verification_code'`,
      [filed.body.id],
    );
    expect(acknowledgement.body_text).toContain(
      'The Iowa ICDPA does not give you a right to have your data corrected. We will still do it, as our privacy policy promises everyone',
    );
    const [event] = await api.dataSource.query(
      `SELECT data FROM request_events WHERE request_id = $1 AND action = 'request.received'`,
      [filed.body.id],
    );
    expect(event.data).toMatchObject({ regime: 'company_policy', courtesyTo: 'icdpa' });
  });

  it('an Iowa resident sending the correction form reads, on the page that confirms it, that their law does not give the right and we will still do it', async () => {
    const agent = browser(api);
    const form = await agent.get('/requests/new/correct').expect(200);
    const sent = await agent
      .post('/requests/new/correct')
      .type('form')
      .send({
        _csrf: formToken(form.text),
        email: 'ida.form.courtesy@example.com',
        'residence.country': 'US',
        'residence.region': 'IA',
        'corrections.0.field': 'phone',
        'corrections.0.value': '+1 515 555 0142',
      })
      .expect(303);
    const page = visibleText((await agent.get(sent.headers.location).expect(200)).text);
    expect(page).toContain(
      'The Iowa ICDPA does not give you a right to have your data corrected. We will still do it',
    );
  });

  it('an Iowa resident asking to delete is under the Iowa law, which gives that right', async () => {
    const filed = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({
        type: 'delete',
        email: 'ida.delete@example.com',
        residence: { country: 'US', region: 'IA' },
      })
      .expect(201);
    expect(filed.body.regime).toBe('icdpa');
  });

  it.each([
    ['2026-06-30T18:00:00Z', 'company_policy'],
    ['2026-07-01T18:00:00Z', 'ucpa'],
  ])(
    'a Utah resident whose correction arrived at %s is answered under %s (Utah’s right to correct began on 1 July 2026)',
    async (receivedAt, regime) => {
      const filed = await http()
        .post('/api/v1/requests/intake')
        .set('authorization', intake)
        .send({
          manner: 'email',
          receivedAt,
          request: { answerChannel: 'email', ...correction(`uma.${regime}@example.com`, 'UT') },
        })
        .expect(201);
      expect(filed.body.regime).toBe(regime);
    },
  );

  describe('once an admin turns off “Offer every right to everyone”', () => {
    beforeAll(async () => {
      await http()
        .put('/api/v1/admin/settings/laws')
        .set('authorization', admin)
        .send({ switchedOff: [], leadAuthority: 'none', appealDays: 60, offerEveryRight: false })
        .expect(200);
    });

    it('an Iowa resident asking to correct over the API gets a 4xx saying why, and nothing is stored', async () => {
      const before = await counts();
      const refused = await http()
        .post('/api/v1/requests')
        .set('authorization', writer)
        .send(correction('ida.refused@example.com', 'IA'))
        .expect(400);
      expect(refused.body.detail).toBe(
        "The Iowa Consumer Data Protection Act does not give a right to have their data corrected, and this company answers only the rights a person's law gives.",
      );
      expect(await counts()).toEqual(before);
    });

    it('an Iowa resident on the correction form is told, beside where they live, that their law does not give this right', async () => {
      const agent = browser(api);
      const form = await agent.get('/requests/new/correct').expect(200);
      const page = await agent
        .post('/requests/new/correct')
        .type('form')
        .send({
          _csrf: formToken(form.text),
          email: 'ida.form@example.com',
          'residence.country': 'US',
          'residence.region': 'IA',
          'corrections.0.field': 'phone',
          'corrections.0.value': '+1 515 555 0142',
        })
        .expect(400);
      expect(visibleText(page.text)).toContain(
        'The privacy law of the place where you live does not give this right',
      );
    });

    it('an officer entering an Iowa resident’s letter asking for a correction is told, beside where they live, why the company does not take it', async () => {
      const officer = await staffSession(api, 'privacy_officer');
      const before = await counts();
      const fields: Record<string, string> = {
        type: 'correct',
        name: 'Ida Letterwriter',
        email: 'ida.letter@example.com',
        'residence.country': 'US',
        'residence.region': 'IA',
        'correction.field': 'phone',
        'correction.value': '+1 515 555 0142',
        language: 'en',
        answerChannel: 'email',
        manner: 'postal',
        receivedOn: '2026-11-16',
        receivedTime: '09:00',
      };
      let call = http()
        .post('/console/intake')
        .set('Cookie', officer.cookie)
        .set('X-CSRF-Token', officer.csrfToken);
      for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
      const page = await call.expect(400);
      expect(visibleText(page.text)).toContain(
        'The privacy law where they live does not give this right, and “Offer every right to everyone” is off',
      );
      expect(await counts()).toEqual(before);
    });
  });
});
