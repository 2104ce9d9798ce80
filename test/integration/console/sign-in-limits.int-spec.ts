import { TestApi } from '../../support/api-app';
import { browser, formToken, startConsole, visibleText } from './console.support';

/**
 * Sign-in attempts from one address are limited per hour, whatever the account, and the
 * forgotten-password form counts against the same limit; a stale form is refused before it
 * counts, so a reload is never what locks a person out.
 */
describe('console: sign-in attempts per address', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startConsole({ RATE_LIMIT_SIGN_IN_PER_IP: '2' });
  });
  afterAll(() => api.close());

  it('refuses stale forms without counting them, then the third attempt from the address', async () => {
    const agent = browser(api);
    const page = await agent.get('/console/sign-in').expect(200);
    for (let stale = 0; stale < 3; stale += 1) {
      const expired = await agent
        .post('/console/sign-in')
        .type('form')
        .send({ _csrf: 'not-the-token', email: 'someone@staff.example.com', password: 'pw' })
        .expect(403);
      expect(visibleText(expired.text)).toContain(
        'This form has expired; reload the page and try again.',
      );
    }
    const attempt = () =>
      agent
        .post('/console/sign-in')
        .type('form')
        .send({
          _csrf: formToken(page.text),
          email: 'nobody@staff.example.com',
          password: 'a wrong guess',
        });
    expect((await attempt()).status).toBe(401);
    const forgot = await agent.get('/console/password/forgot').expect(200);
    await agent
      .post('/console/password/forgot')
      .type('form')
      .send({ _csrf: formToken(forgot.text), email: 'nobody@staff.example.com' })
      .expect(303);

    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(visibleText(refused.text)).toContain(
      'Too many attempts to sign in from your address in the last hour',
    );
  });
});
