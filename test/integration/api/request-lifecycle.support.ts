import { Client } from 'pg';
import request from 'supertest';
import { TestApi, startTestApi, verificationCodeFor } from '../../support/api-app';
import { ownTestDatabase } from '../../support/fresh-database';
import { TEST_SHOP_DATABASE_URL } from '../../support/test-env';

/**
 * The set-up of the request-lifecycle specs, called inside their describe: the api module in
 * this process against a fresh database of the file's own (`database` names it), a key that
 * writes and reads requests, and the calls a company system and the person make.
 */
export function requestLifecycleApi(database: string) {
  let api: TestApi;
  let writer: string;

  beforeAll(async () => {
    // Seeded people are asked about many times here; the per-email limit has its own test.
    api = await startTestApi({
      DATABASE_URL: await ownTestDatabase(database),
      VERIFICATION_MAX_ATTEMPTS: '3',
      RATE_LIMIT_SUBMIT_PER_EMAIL: '1000',
    });
    writer = `Bearer ${await api.apiKey('requests:write', 'requests:read')}`;
  });
  afterAll(() => api.close());

  // The seeded shop people are shared by this file's tests: close what an earlier test left open
  // for them, or a new request would rightly be linked to the old one as a duplicate.
  beforeEach(() =>
    api.dataSource.query(
      `UPDATE requests SET status = 'cancelled' WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired')
         AND subject_id IN (SELECT id FROM subject_identities WHERE email = 'morgan.ellis@example.com')`,
    ),
  );

  const http = () => request(api.app.getHttpServer());
  const submit = (body: object) =>
    http().post('/api/v1/requests').set('authorization', writer).send(body).expect(201);
  const verify = (id: string, token: string, body: object) =>
    http()
      .post(`/api/v1/requests/${id}/verification`)
      .set('authorization', `Bearer ${token}`)
      .send(body);
  const codeOf = async (id: string) =>
    (await verificationCodeFor(api.dataSource, api.config.packageEncryptionKey, id)).code;
  const unique = () => `person-${Math.random().toString(36).slice(2)}@example.org`;
  /** The number on the person's most recent receipt, as the shop holds it. */
  async function latestOrderOf(email: string): Promise<string> {
    const shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
    await shop.connect();
    try {
      const { rows } = await shop.query(
        `SELECT o.order_number FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE lower(c.email) = lower($1) ORDER BY o.placed_at DESC LIMIT 1`,
        [email],
      );
      return rows[0].order_number;
    } finally {
      await shop.end();
    }
  }

  return {
    /** Set once started: read it inside tests. */
    get api() {
      return api;
    },
    get writer() {
      return writer;
    },
    http,
    submit,
    verify,
    codeOf,
    unique,
    latestOrderOf,
  };
}
