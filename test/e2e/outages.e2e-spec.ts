import 'reflect-metadata';
import { waitUntil } from '../support/app-processes';
import { E2eRightsdesk } from '../support/e2e-harness';
import { PrivatePostgres } from '../support/private-postgres';
import { PrivateRedis } from '../support/private-redis';

/**
 * Rightsdesk's own services going away under a person's feet: while Postgres is down every
 * surface says so honestly (503, try again later) and takes requests again once it is back;
 * while Redis is down intake still answers at once, and the work waits for Redis to return.
 */
describe('outages of Postgres and Redis', () => {
  let postgres: PrivatePostgres;
  let redis: PrivateRedis;
  const rightsdesk = new E2eRightsdesk({
    name: 'outages',
    smtp: true,
    env: async () => {
      postgres = await PrivatePostgres.started();
      redis = await PrivateRedis.started();
      return {
        DATABASE_URL: postgres.url('rightsdesk_outages'),
        REDIS_URL: redis.url,
        OUTBOX_POLL_MS: '100',
        QUEUE_REPLAY_MS: '500',
        QUEUE_REPLAY_GRACE_MS: '500',
      };
    },
  });
  let writer: string;

  beforeAll(async () => {
    await rightsdesk.start();
    writer = await rightsdesk.apiKey('outages', ['requests:write']);
  }, 120_000);

  afterAll(async () => {
    await rightsdesk.stop();
    await redis?.stop();
    await postgres?.stop();
  });

  const submit = (email: string) => rightsdesk.http.personInFranceAsks(writer, email, 'access');

  it('answers 503 with Retry-After while Postgres is down, and takes requests again once it is back', async () => {
    const before = await submit('before.outage@example.com');
    expect(before.status).toBe(201);

    await postgres.crash();
    try {
      const during = await fetch(`${rightsdesk.baseUrl}/api/v1/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${writer}` },
        body: JSON.stringify({ type: 'access', email: 'during.outage@example.com' }),
      });
      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await during.json()).toMatchObject({ code: 'unavailable', status: 503 });
      const statusPage = await fetch(`${rightsdesk.baseUrl}/status/${before.body.statusToken}`);
      expect(statusPage.status).toBe(503);
      expect(statusPage.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await statusPage.text()).toContain('We are unavailable for a moment');
    } finally {
      await postgres.start();
    }

    const after = await waitUntil(
      async () => {
        const answer = await submit('after.outage@example.com');
        return answer.status === 201 ? answer : undefined;
      },
      30_000,
      () => 'intake to accept a request again after Postgres restarted',
    );
    expect(after.body.status).toBe('pending_verification');
    expect(rightsdesk.api.running).toBe(true);
  }, 60_000);

  it('answers intake at once while Redis is down, and sends the codes once Redis is back', async () => {
    await redis.crash();
    const references: string[] = [];
    try {
      for (let person = 0; person < 5; person += 1) {
        const started = Date.now();
        const answer = await submit(`redis.outage.${person}@example.com`);
        expect(answer.status).toBe(201);
        expect(Date.now() - started).toBeLessThan(1_000);
        references.push(answer.body.reference);
      }
    } finally {
      await redis.start();
    }
    for (const reference of references) {
      expect(await rightsdesk.smtp.verificationCode(reference)).toMatch(/^\d{6}$/);
    }
    expect(rightsdesk.api.output.match(/rate limits are not counted/g)).toHaveLength(1);
  }, 60_000);
});
