import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../support/api-app';

describe('POST /api/v1/requests', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let writer: string;

  beforeAll(async () => {
    api = await startTestApi({ MAX_BODY_BYTES: '4096' });
    dataSource = api.dataSource;
    writer = `Bearer ${await api.apiKey('requests:write', 'requests:read')}`;
  });
  afterAll(() => api.close());

  const post = (path = '/api/v1/requests') =>
    request(api.app.getHttpServer()).post(path).set('authorization', writer);

  async function counts() {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM requests)::int AS requests,
              (SELECT count(*) FROM subject_identities)::int AS identities,
              (SELECT count(*) FROM outbox)::int AS outbox,
              (SELECT count(*) FROM request_events)::int AS events`,
    )) as Array<Record<string, number>>;
    return row;
  }

  it('stores an access request, its audit event and its verification email before answering 201', async () => {
    const response = await post()
      .send({ type: 'access', email: 'Zoe.Angstrom@Example.com', residence: { country: 'DE' } })
      .expect(201);

    expect(response.body).toMatchObject({
      type: 'access',
      status: 'pending_verification',
      regime: 'gdpr',
      reference: expect.stringMatching(/^RD-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      statusToken: expect.any(String),
    });
    // The wording people read: the promise as a sentence, the rule on its own (issue 12).
    expect(response.body.deadline.sentence).toMatch(/^We will answer by \d{1,2} \w+ \d{4}\.$/);
    expect(response.body.dueExplanation).toMatch(
      /^The law gives us one month from the day we received your request, \d{1,2} \w+ \d{4} \(GDPR Art\. 12\(3\)\)\.$/,
    );

    const [stored] = await dataSource.query(
      `SELECT r.reference, r.due_at, r.manner, s.email,
              (SELECT array_agg(o.job_name) FROM outbox o JOIN correspondence c
                 ON o.payload->>'correspondenceId' = c.id::text WHERE c.request_id = r.id) AS jobs,
              (SELECT array_agg(e.action ORDER BY e.seq) FROM request_events e
                WHERE e.request_id = r.id) AS actions
       FROM requests r JOIN subject_identities s ON s.id = r.subject_id WHERE r.id = $1`,
      [response.body.id],
    );
    expect(stored).toMatchObject({
      reference: response.body.reference,
      manner: 'api',
      email: 'zoe.angstrom@example.com',
      jobs: ['notice.send'],
      actions: [
        'request.received',
        'request.request_verification',
        'verification.code_sent',
        'notice.rendered',
      ],
    });
    expect(new Date(stored.due_at).toISOString()).toBe(response.body.dueAt);
  });

  it('keeps personal data out of the job payload', async () => {
    const response = await post()
      .send({ type: 'access', email: 'payload.check@example.org', name: 'Payload Check' })
      .expect(201);
    const jobs = await dataSource.query(
      `SELECT o.payload FROM outbox o
       WHERE o.payload->>'requestId' = $1::text
          OR o.payload->>'correspondenceId' IN
             (SELECT id::text FROM correspondence WHERE request_id = $1::uuid)`,
      [response.body.id],
    );
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(JSON.stringify(job.payload)).not.toMatch(/payload\.check|Payload Check/i);
      // Ids and a schema version only.
      for (const [key, value] of Object.entries(job.payload as Record<string, unknown>)) {
        expect(key === 'v' ? value : String(value)).toEqual(
          key === 'v' ? 1 : expect.stringMatching(/^[0-9a-f-]{36}$/),
        );
      }
    }
  });

  it.each([
    ['no credentials', undefined, 401, /API key or your request token/],
    ['an unknown key', 'Bearer rdk_AAAAAAAAAA_' + 'x'.repeat(43), 401, /not valid/],
    ['a key without the write scope', 'read-only', 403, /lacks the "requests:write" scope/],
    ["a person's status token", 'Bearer some-status-token', 403, /needs an API key/],
  ])('refuses a submission with %s and writes nothing', async (_label, auth, status, message) => {
    const header = auth === 'read-only' ? `Bearer ${await api.apiKey('requests:read')}` : auth;
    const before = await counts();
    const call = request(api.app.getHttpServer()).post('/api/v1/requests');
    if (header) call.set('authorization', header);
    const response = await call.send({ type: 'access', email: 'a@example.org' }).expect(status);
    expect(response.body.detail).toMatch(message);
    expect(await counts()).toEqual(before);
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
    const response = await post().set('content-type', 'application/json').send(body).expect(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.detail).toMatch(message);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/); // no stack
    expect(await counts()).toEqual(before);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await request(api.app.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expect(response.body.code).toBe('not_found');
  });

  it('reports every dependency on /health', async () => {
    const response = await request(api.app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      checks: { postgres: { status: 'up' }, redis: { status: 'up' }, shop: { status: 'up' } },
    });
  });

  it('publishes the OpenAPI document with the request schema', async () => {
    const response = await request(api.app.getHttpServer()).get('/api/docs-json').expect(200);
    const post = response.body.paths['/api/v1/requests'].post;
    expect(post.requestBody.content['application/json'].schema).toBeDefined();
    expect(Object.keys(post.responses)).toContain('201');
    // A system that submits for a person can give their clock, and reads what it is for.
    const timeZone = propertyNamed(post.requestBody.content['application/json'].schema, 'timeZone');
    expect(timeZone).toMatchObject({ type: 'string', example: 'Europe/Madrid' });
    expect(timeZone?.description).toMatch(/IANA time zone/);
  });
});

/** A property's schema wherever it sits in a JSON schema (inside anyOf/oneOf/allOf too). */
function propertyNamed(schema: unknown, name: string): Record<string, unknown> | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const node = schema as Record<string, unknown>;
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties?.[name]) return properties[name];
  for (const value of Object.values(node)) {
    const found = Array.isArray(value)
      ? value.map((item) => propertyNamed(item, name)).find(Boolean)
      : propertyNamed(value, name);
    if (found) return found;
  }
  return undefined;
}
