import request from 'supertest';
import { TestApi, startTestApi } from '../../support/api-app';

describe('abuse limits over the REST API', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      QUEUE_PREFIX: `limits-${Date.now()}`,
      RATE_LIMIT_SUBMIT_PER_EMAIL: '2',
      RATE_LIMIT_VERIFY_PER_IP: '3',
    });
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());

  it('refuses a third request for one email address within the hour with a clear 429', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const email = `flooded-${Date.now()}@example.org`;
    const send = () =>
      http().post('/api/v1/requests').set('authorization', writer).send({ type: 'access', email });
    await send().expect(201);
    await send().expect(201);
    const refused = await send().expect(429);
    expect(refused.body.detail).toMatch(
      /^Too many attempts for this email address in the last hour; try again in \d+ minutes\.$/,
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const [row] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM subject_identities WHERE email = $1`,
      [email],
    );
    expect(row.n).toBe(2);
    // Another address from the same system is not held up.
    await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({ type: 'access', email: `other-${email}` })
      .expect(201);
  });

  it('throttles guessing codes from one address across requests', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const submitted = await Promise.all(
      [1, 2].map(
        async (n) =>
          (
            await http()
              .post('/api/v1/requests')
              .set('authorization', writer)
              .send({ type: 'access', email: `guess-${n}-${Date.now()}@example.org` })
              .expect(201)
          ).body,
      ),
    );
    const guess = (target: { id: string; statusToken: string }) =>
      http()
        .post(`/api/v1/requests/${target.id}/verification`)
        .set('authorization', `Bearer ${target.statusToken}`)
        .send({ code: '000001' });
    await guess(submitted[0]).expect(400);
    await guess(submitted[0]).expect(400);
    await guess(submitted[1]).expect(400);
    const refused = await guess(submitted[1]).expect(429);
    expect(refused.body.detail).toMatch(/^Too many attempts from your address in the last hour/);
  });
});
