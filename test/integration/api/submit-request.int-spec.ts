import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@rightsdesk/config';
import { ApiModule } from '../../../apps/api/src/api.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { TEST_DATABASE_URL, TEST_REDIS_URL, TEST_SHOP_DATABASE_URL } from '../../support/test-env';

describe('POST /api/v1/requests', () => {
  let app: NestExpressApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    const config = loadConfig({
      DATABASE_URL: TEST_DATABASE_URL,
      SHOP_DATABASE_URL: TEST_SHOP_DATABASE_URL,
      REDIS_URL: TEST_REDIS_URL,
      LOG_LEVEL: 'silent',
      MAX_BODY_BYTES: '4096',
    });
    app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
      bodyParser: false,
      logger: false,
    });
    configureApp(app, config);
    await app.init();
    dataSource = app.get(DataSource);
  });
  afterAll(() => app.close());

  async function counts() {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM requests)::int AS requests,
              (SELECT count(*) FROM subject_identities)::int AS identities,
              (SELECT count(*) FROM outbox)::int AS outbox,
              (SELECT count(*) FROM request_events)::int AS events`,
    )) as Array<Record<string, number>>;
    return row;
  }

  it('stores an access request, its audit event and its job before answering 201', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/requests')
      .send({ type: 'access', email: 'Zoe.Angstrom@Example.com', residence: { country: 'DE' } })
      .expect(201);

    expect(response.body).toMatchObject({
      type: 'access',
      status: 'received',
      regime: 'gdpr',
      reference: expect.stringMatching(/^RD-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    });
    expect(response.body.dueExplanation).toMatch(
      /^due \d{4}-\d{2}-\d{2}: one calendar month from receipt on .* \(GDPR Art\. 12\(3\)\)$/,
    );

    const [stored] = await dataSource.query(
      `SELECT r.reference, r.due_at, s.email,
              (SELECT count(*)::int FROM outbox o WHERE o.payload->>'requestId' = r.id::text) AS jobs,
              (SELECT action FROM request_events e WHERE e.request_id = r.id) AS action
       FROM requests r JOIN subject_identities s ON s.id = r.subject_id WHERE r.id = $1`,
      [response.body.id],
    );
    expect(stored).toMatchObject({
      reference: response.body.reference,
      email: 'zoe.angstrom@example.com',
      jobs: 1,
      action: 'request.received',
    });
    expect(new Date(stored.due_at).toISOString()).toBe(response.body.dueAt);
  });

  it('keeps personal data out of the job payload', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/requests')
      .send({ type: 'access', email: 'payload.check@example.org', name: 'Payload Check' })
      .expect(201);
    const [job] = await dataSource.query(
      `SELECT payload FROM outbox WHERE payload->>'requestId' = $1`,
      [response.body.id],
    );
    expect(job.payload).toEqual({ v: 1, requestId: response.body.id });
  });

  it.each([
    ['malformed JSON', '{"type":"access","email":', 400, /not valid JSON/],
    ['a JSON array', '[]', 400, /must be a JSON object/],
    ['a missing email', JSON.stringify({ type: 'access' }), 400, /email/],
    ['a wrong type of value', JSON.stringify({ type: 'access', email: 42 }), 400, /email/],
    [
      'an unknown request type',
      JSON.stringify({ type: 'sell_my_data', email: 'a@example.org' }),
      400,
      /type/,
    ],
    [
      'an unknown field',
      JSON.stringify({ type: 'access', email: 'a@example.org', admin: true }),
      400,
      /admin/,
    ],
    [
      'postal answers without an address',
      JSON.stringify({ type: 'access', email: 'a@example.org', answerChannel: 'postal' }),
      400,
      /postalAddress: is required/,
    ],
    [
      'a correction without fields',
      JSON.stringify({ type: 'correct', email: 'a@example.org' }),
      400,
      /corrections/,
    ],
    [
      'an oversized body',
      JSON.stringify({ type: 'access', email: 'a@example.org', name: 'x'.repeat(5000) }),
      413,
      /larger than the 4096 bytes/,
    ],
  ])('refuses %s with a clear 4xx and writes nothing', async (_label, body, status, message) => {
    const before = await counts();
    const response = await request(app.getHttpServer())
      .post('/api/v1/requests')
      .set('content-type', 'application/json')
      .send(body)
      .expect(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.detail).toMatch(message);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/); // no stack
    expect(await counts()).toEqual(before);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expect(response.body.code).toBe('not_found');
  });

  it('reports every dependency on /health', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      checks: { postgres: { status: 'up' }, redis: { status: 'up' }, shop: { status: 'up' } },
    });
  });

  it('publishes the OpenAPI document with the request schema', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    const post = response.body.paths['/api/v1/requests'].post;
    expect(post.requestBody.content['application/json'].schema).toBeDefined();
    expect(Object.keys(post.responses)).toContain('201');
  });
});
