import { randomUUID } from 'node:crypto';
import { ApiResources } from '../../../apps/api/src/api-resources';
import { TestApi } from '../../support/api-app';
import { browser, formToken, startPrivacyCenter, visibleText } from './privacy-center.support';

describe('privacy center: rate limits', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startPrivacyCenter({ RATE_LIMIT_SUBMIT_PER_IP: '2' });
  });
  afterAll(() => api.close());

  it('answers the submission over the hourly limit with a 429 page and Retry-After', async () => {
    const agent = browser(api);
    const form = await agent.get('/requests/new/withdraw_consent').expect(200);
    const post = (email: string) =>
      agent
        .post('/requests/new/withdraw_consent')
        .type('form')
        .send({ _csrf: formToken(form.text), email, purposes: 'all' });
    await post('limit.one@example.org').expect(303);
    await post('limit.two@example.org').expect(303);
    const refused = await post('limit.three@example.org').expect(429);

    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(refused.headers['content-type']).toMatch(/text\/html/);
    expect(visibleText(refused.text)).toMatch(
      /Too many tries .* Please try again in \d+ minutes?\./,
    );
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM subject_identities WHERE email = 'limit.three@example.org'`,
    );
    expect(count).toBe(0);
    // Counters are keyed by a keyed hash, never by the address itself.
    const keys = await api.app.get(ApiResources).redis.keys('*');
    expect(keys.join(' ')).not.toMatch(/127\.0\.0\.1|limit\./);
  });
});

describe('privacy center: the hourly limit on one email address', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startPrivacyCenter({ RATE_LIMIT_SUBMIT_PER_EMAIL: '1' });
  });
  afterAll(() => api.close());

  it('counts only forms that read well, and answers the next one for the address with a 429 page', async () => {
    const agent = browser(api);
    const email = `once.${randomUUID().slice(0, 8)}@example.org`;
    const form = await agent.get('/requests/new/withdraw_consent').expect(200);
    const post = (fields: Record<string, string>) =>
      agent
        .post('/requests/new/withdraw_consent')
        .type('form')
        .send({ _csrf: formToken(form.text), email, ...fields });

    // A form with a mistake costs the address nothing: the person fixes it and sends it again.
    await post({}).expect(400);
    await post({ purposes: 'all' }).expect(303);
    const refused = await post({ purposes: 'all' }).expect(429);

    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(visibleText(refused.text)).toMatch(
      /Too many tries .* Please try again in \d+ minutes?\./,
    );
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM requests r JOIN subject_identities s ON s.id = r.subject_id
        WHERE s.email = $1`,
      [email],
    );
    expect(count).toBe(1);
  });
});
