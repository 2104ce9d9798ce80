import { Client } from 'pg';
import request from 'supertest';
import { ExpireUnverifiedRequestsUseCase } from '@rightsdesk/intake';
import { TestApi, startTestApi, verificationCodeFor } from '../../support/api-app';
import { TEST_SHOP_DATABASE_URL } from '../../support/test-env';

/**
 * A request's life over the REST API: a company system submits with its key; the person proves
 * who they are with the emailed code (and data points where the tier asks), holding only the
 * status token the submission returned.
 */
describe('request lifecycle over the REST API', () => {
  let api: TestApi;
  let writer: string;

  beforeAll(async () => {
    // Seeded people are asked about many times here; the per-email limit has its own test.
    api = await startTestApi({
      VERIFICATION_MAX_ATTEMPTS: '3',
      RATE_LIMIT_SUBMIT_PER_EMAIL: '1000',
    });
    writer = `Bearer ${await api.apiKey('requests:write', 'requests:read')}`;
  });
  afterAll(() => api.close());

  // Seeded shop people are shared by every run: close what earlier runs left open for them, or
  // a new request would rightly be linked to the old one as a duplicate.
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

  it('verifies a Californian copy request with the code, matching data points and a declaration, then queues it for review', async () => {
    const { body: submitted } = await submit({
      type: 'access',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
    });
    expect(submitted).toMatchObject({ status: 'pending_verification', regime: 'ccpa' });
    expect(submitted.dueExplanation).toMatch(/45 days from receipt .*\(CCPA regs 7021\(b\)\)/);
    expect(submitted.acknowledgeExplanation).toMatch(/10 business days/);

    // The code alone is not enough for specific pieces of data (regs 7062: reasonably high).
    const code = await codeOf(submitted.id);
    const first = await verify(submitted.id, submitted.statusToken, { code }).expect(200);
    expect(first.body).toMatchObject({
      status: 'pending_verification',
      outcome: 'needs_more',
      missing: expect.arrayContaining(['data_points', 'signed_declaration']),
    });

    const second = await verify(submitted.id, submitted.statusToken, {
      name: 'Morgan Ellis',
      phone: '(415) 555-0142',
      signedDeclaration: true,
    }).expect(200);
    expect(second.body).toMatchObject({ status: 'awaiting_review', outcome: 'verified' });

    const status = await http()
      .get(`/api/v1/requests/${submitted.id}`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .expect(200);
    expect(status.body.verification).toMatchObject({
      outcome: 'verified',
      required: 'reasonably_high',
      signedDeclaration: true,
    });
    expect(status.body.verification.dataPoints).toMatchObject({
      name: 'matched',
      phone: 'matched',
    });
    // The person's data itself never appears in the status answer.
    expect(JSON.stringify(status.body)).not.toMatch(/morgan|555/i);

    const timeline = await http()
      .get(`/api/v1/requests/${submitted.id}/events`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .expect(200);
    expect(timeline.body.events.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining([
        'request.received',
        'verification.email_confirmed',
        'verification.needs_more',
        'request.verify',
        'request.submit_for_review',
      ]),
    );
  });

  it('counts wrong codes, says how many attempts are left, and locks the code after the last', async () => {
    const { body: submitted } = await submit({ type: 'access', email: unique() });
    const code = await codeOf(submitted.id);
    const wrong = code === '000000' ? '111111' : '000000';

    const once = await verify(submitted.id, submitted.statusToken, { code: wrong }).expect(400);
    expect(once.body.detail).toBe('That code is not right. 2 attempts left.');
    await verify(submitted.id, submitted.statusToken, { code: wrong }).expect(400);
    const locked = await verify(submitted.id, submitted.statusToken, { code: wrong }).expect(410);
    expect(locked.body.detail).toMatch(/Too many wrong codes/);
    // Even the right code no longer works; a new one must be asked for.
    await verify(submitted.id, submitted.statusToken, { code }).expect(410);

    await http()
      .post(`/api/v1/requests/${submitted.id}/verification/code`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .expect(202);
    const fresh = await codeOf(submitted.id);
    const ok = await verify(submitted.id, submitted.statusToken, { code: fresh }).expect(200);
    expect(ok.body.status).toBe('pending_verification'); // a copy needs more than the code
    expect(ok.body.missing).toContain('data_points');
  });

  it('throttles new codes per request with a 429 that says when to ask again', async () => {
    const { body: submitted } = await submit({ type: 'access', email: unique() });
    const resend = () =>
      http()
        .post(`/api/v1/requests/${submitted.id}/verification/code`)
        .set('authorization', `Bearer ${submitted.statusToken}`);
    for (let sent = 1; sent < 5; sent += 1) await resend().expect(202); // 5 codes in all
    const refused = await resend().expect(429);
    expect(refused.body.detail).toMatch(
      /^5 codes for this request were sent in the last hour; ask again in \d+ minutes\.$/,
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    // The last code sent still works.
    const code = await codeOf(submitted.id);
    await verify(submitted.id, submitted.statusToken, { code }).expect(200);
  });

  it('expires a request never verified in the configured time, and tells the person', async () => {
    const pending = (await submit({ type: 'access', email: unique() })).body;
    const withdrawn = (await submit({ type: 'withdraw_consent', email: unique() })).body;
    const expiry = api.app.get(ExpireUnverifiedRequestsUseCase);
    // Not yet: 30 days (VERIFICATION_EXPIRY_DAYS) have not passed.
    await expiry.runOnce(new Date(Date.now() + 29 * 24 * 3600_000), 10_000);
    const statusOf = async (id: string) =>
      (await api.dataSource.query('SELECT status FROM requests WHERE id = $1', [id]))[0].status;
    expect(await statusOf(pending.id)).toBe('pending_verification');

    await expiry.runOnce(new Date(Date.now() + 32 * 24 * 3600_000), 10_000);
    expect(await statusOf(pending.id)).toBe('expired');
    expect(await statusOf(withdrawn.id)).toBe('awaiting_review'); // never needed verifying
    const [notice] = await api.dataSource.query(
      `SELECT kind, channel FROM correspondence WHERE request_id = $1 AND kind = 'request_expired'`,
      [pending.id],
    );
    expect(notice).toEqual({ kind: 'request_expired', channel: 'email' });
    const [event] = await api.dataSource.query(
      `SELECT actor, reason FROM request_events WHERE request_id = $1 AND action = 'request.expire'`,
      [pending.id],
    );
    expect(event).toEqual({ actor: 'system', reason: 'identity was not confirmed in time' });
  });

  it('takes a consent withdrawal without any proof of identity (GDPR 7(3))', async () => {
    const { body } = await submit({
      type: 'withdraw_consent',
      email: unique(),
      purposes: ['marketing_email'],
    });
    expect(body.status).toBe('awaiting_review');
    const [emails] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM correspondence WHERE request_id = $1 AND kind = 'verification_code'`,
      [body.id],
    );
    expect(emails.n).toBe(0);
    // Receipt is confirmed all the same (regs 7021(a)), with the date to expect an answer.
    const [received] = await api.dataSource.query(
      `SELECT subject, body_text FROM correspondence WHERE request_id = $1 AND kind = 'request_received'`,
      [body.id],
    );
    expect(received.subject).toContain(body.reference);
    expect(received.body_text).toContain(body.dueExplanation);
  });

  it('verifies a deletion with the code, the name and an order number from a receipt', async () => {
    const orderNumber = await latestOrderOf('morgan.ellis@example.com');
    const { body: submitted } = await submit({
      type: 'delete',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
    });
    const code = await codeOf(submitted.id);
    const result = await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'morgan ellis',
      lastOrderNumber: `#${orderNumber}`,
    }).expect(200);
    expect(result.body).toMatchObject({ status: 'awaiting_review', outcome: 'verified' });
    const [stored] = await api.dataSource.query(`SELECT verification FROM requests WHERE id = $1`, [
      submitted.id,
    ]);
    expect(stored.verification.dataPoints).toMatchObject({
      name: 'matched',
      last_order_number: 'matched',
    });
    // The stated number itself is not kept on the request.
    expect(JSON.stringify(stored.verification)).not.toContain(orderNumber);
  });

  it('refuses a correction of a field the data map does not let anyone correct, writing nothing', async () => {
    const email = unique();
    const response = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({
        type: 'correct',
        email,
        corrections: [
          { field: 'phone', value: '+1 510 555 0199' },
          { field: 'email', value: 'new@example.org' },
        ],
      })
      .expect(400);
    expect(response.body.errors).toEqual([
      { path: 'corrections.1.field', message: '"email" cannot be corrected here' },
    ]);
    expect(response.body.detail).toMatch(/Fields that can be corrected: .*first_name.*phone/);
    const [row] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM subject_identities WHERE email = $1`,
      [email],
    );
    expect(row.n).toBe(0);
  });

  it('does not let the phone a person disputes prove who they are (regs 7060)', async () => {
    const { body: submitted } = await submit({
      type: 'correct',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
      corrections: [{ field: 'phone', value: '+1 510 555 0199' }],
    });
    const code = await codeOf(submitted.id);
    // Name and the old phone would reach three points, but the phone is what is disputed.
    const withPhone = await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Morgan Ellis',
      phone: '+14155550142',
    }).expect(200);
    expect(withPhone.body).toMatchObject({ status: 'pending_verification', outcome: 'needs_more' });
    const verified = await verify(submitted.id, submitted.statusToken, {
      lastOrderNumber: await latestOrderOf('morgan.ellis@example.com'),
    }).expect(200);
    expect(verified.body).toMatchObject({ status: 'awaiting_review', outcome: 'verified' });
  });

  it('denies a deletion whose data points contradict the records, with the reason and a notice', async () => {
    const { body: submitted } = await submit({
      type: 'delete',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
    });
    const code = await codeOf(submitted.id);
    const result = await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Somebody Else',
      phone: '+1 212 555 0000',
    }).expect(200);
    expect(result.body).toMatchObject({ status: 'denied', outcome: 'unverifiable' });
    expect(result.body.reason).toMatch(/\S/);
    const [stored] = await api.dataSource.query(
      `SELECT r.denial_basis, (SELECT count(*)::int FROM correspondence c
         WHERE c.request_id = r.id AND c.kind = 'verification_failed') AS notices
       FROM requests r WHERE r.id = $1`,
      [submitted.id],
    );
    expect(stored).toEqual({ denial_basis: 'unverifiable', notices: 1 });
  });

  it('answers a copy it cannot fully verify with categories when the person has nothing more (regs 7024(a))', async () => {
    const { body: submitted } = await submit({
      type: 'access',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'CA' },
    });
    const code = await codeOf(submitted.id);
    const result = await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Morgan Ellis',
      final: true,
    }).expect(200);
    expect(result.body.outcome).toBe('verified_with_fallback');
    const [stored] = await api.dataSource.query(`SELECT details FROM requests WHERE id = $1`, [
      submitted.id,
    ]);
    expect(stored.details).toMatchObject({ scope: 'categories', fallbackFrom: 'copy' });
  });

  it('links a second open request of the same type for the same person to the first', async () => {
    const email = unique();
    const first = (await submit({ type: 'withdraw_consent', email })).body;
    const second = (await submit({ type: 'withdraw_consent', email: email.toUpperCase() })).body;
    expect(first.status).toBe('awaiting_review');
    expect(second.status).toBe('cancelled');
    const [row] = await api.dataSource.query(`SELECT duplicate_of_id FROM requests WHERE id = $1`, [
      second.id,
    ]);
    expect(row.duplicate_of_id).toBe(first.id);
  });

  it('lets a status token open its own request and no other', async () => {
    const mine = (await submit({ type: 'access', email: unique() })).body;
    const theirs = (await submit({ type: 'access', email: unique() })).body;
    await http()
      .get(`/api/v1/requests/${theirs.id}`)
      .set('authorization', `Bearer ${mine.statusToken}`)
      .expect(404);
    await verify(theirs.id, mine.statusToken, { code: '123456' }).expect(404);
    const own = await http()
      .get(`/api/v1/requests/${mine.id}`)
      .set('authorization', `Bearer ${mine.statusToken}`)
      .expect(200);
    expect(own.body.reference).toBe(mine.reference);
  });

  it('refuses a step the state does not allow with 409 naming the current state', async () => {
    const pending = (await submit({ type: 'access', email: unique() })).body;
    const appeal = await http()
      .post(`/api/v1/requests/${pending.id}/appeal`)
      .set('authorization', `Bearer ${pending.statusToken}`)
      .send({ reason: 'I disagree' })
      .expect(409);
    expect(appeal.body.detail).toMatch(/pending_verification/);

    const consent = (await submit({ type: 'withdraw_consent', email: unique() })).body;
    const resend = await http()
      .post(`/api/v1/requests/${consent.id}/verification/code`)
      .set('authorization', `Bearer ${consent.statusToken}`)
      .expect(409);
    expect(resend.body.detail).toMatch(/it is awaiting_review/);
  });

  it('opens an appeal of a denied request on its own clock, linked to the refusal', async () => {
    const { body: submitted } = await submit({
      type: 'delete',
      email: 'morgan.ellis@example.com',
      residence: { country: 'US', region: 'VA' },
    });
    const code = await codeOf(submitted.id);
    await verify(submitted.id, submitted.statusToken, {
      code,
      name: 'Not Morgan',
      phone: '+1 202 555 0111',
    }).expect(200);

    const appeal = await http()
      .post(`/api/v1/requests/${submitted.id}/appeal`)
      .set('authorization', `Bearer ${submitted.statusToken}`)
      .send({ reason: 'It really is me; I changed my phone number.' })
      .expect(201);
    expect(appeal.body).toMatchObject({ type: 'appeal', regime: 'vcdpa' });
    expect(appeal.body.dueExplanation).toMatch(/60 days from receipt of the appeal/);
    const [row] = await api.dataSource.query(
      `SELECT parent_request_id FROM requests WHERE id = $1`,
      [appeal.body.id],
    );
    expect(row.parent_request_id).toBe(submitted.id);
  });
});

describe('authorized agents and staff intake over the REST API', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const pdf = Buffer.from('%PDF-1.4\n% signed permission\n%%EOF\n');
  const agent = (extra: object = {}) => ({
    name: 'Avery Agent',
    email: 'avery@agents.example',
    ...extra,
  });

  it('refuses an agent request without the signed permission, by the field, writing nothing', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const email = `agent-missing-${Date.now()}@example.org`;
    const response = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({ type: 'delete', email, agent: agent() })
      .expect(400);
    expect(response.body.errors).toEqual([
      { path: 'agent.authorization', message: expect.stringMatching(/is required/) },
    ]);
    const [row] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM subject_identities WHERE email = $1`,
      [email],
    );
    expect(row.n).toBe(0);
  });

  it("keeps an agent's power of attorney sealed and lets it stand in for verification (regs 7063(b))", async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const response = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({
        type: 'delete',
        email: `agent-poa-${Date.now()}@example.org`,
        agent: agent({
          powerOfAttorney: true,
          authorization: {
            fileName: 'poa.pdf',
            contentType: 'application/pdf',
            contentBase64: pdf.toString('base64'),
          },
        }),
      })
      .expect(201);
    // Verified by the power of attorney, and an officer still reads it: never auto-approved.
    expect(response.body.status).toBe('awaiting_review');
    const [stored] = await api.dataSource.query(
      `SELECT a.kind, a.byte_size, a.ciphertext, r.manner FROM agent_authorizations a
       JOIN requests r ON r.id = a.request_id WHERE a.request_id = $1`,
      [response.body.id],
    );
    expect(stored).toMatchObject({
      kind: 'power_of_attorney',
      byte_size: pdf.length,
      manner: 'agent',
    });
    expect(Buffer.from(stored.ciphertext).includes(Buffer.from('signed permission'))).toBe(false);
  });

  it('refuses an agent document that is not a PDF or image', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const response = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({
        type: 'access',
        email: `agent-exe-${Date.now()}@example.org`,
        agent: agent({
          authorization: {
            fileName: 'run.exe',
            contentType: 'application/x-msdownload',
            contentBase64: Buffer.from('MZ').toString('base64'),
          },
        }),
      })
      .expect(400);
    expect(response.body.detail).toMatch(/must be a PDF, JPEG or PNG file/);
  });

  it('enters a letter received last week: manner postal, answered by post, clock from receipt', async () => {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const receivedAt = '2026-11-16T17:00:00Z'; // a Monday, 09:00 in California
    const response = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send({
        manner: 'postal',
        receivedAt,
        request: {
          type: 'delete',
          email: `letter-${Date.now()}@example.org`,
          name: 'Pat Letterwriter',
          postalAddress: {
            line1: '12 Elm Street',
            city: 'Oakland',
            region: 'CA',
            postalCode: '94607',
            country: 'US',
          },
          residence: { country: 'US', region: 'CA' },
        },
      })
      .expect(201);
    expect(response.body.receivedAt).toBe(new Date(receivedAt).toISOString());
    expect(response.body.dueExplanation).toBe(
      'due 2026-12-31: 45 days from receipt on 2026-11-16 (CCPA regs 7021(b))',
    );
    const [row] = await api.dataSource.query(
      `SELECT manner, answer_channel FROM requests WHERE id = $1`,
      [response.body.id],
    );
    expect(row).toEqual({ manner: 'postal', answer_channel: 'postal' });
  });

  it.each([
    [
      'a postal answer without an address',
      {
        manner: 'phone',
        receivedAt: '2026-11-20T10:00:00Z',
        request: { type: 'access', email: 'p@example.org' },
      },
      /request.postalAddress: is required when the answer channel is postal/,
    ],
    [
      'a receipt time in the future',
      {
        manner: 'postal',
        receivedAt: '2099-01-01T00:00:00Z',
        request: { type: 'access', email: 'p@example.org', answerChannel: 'email' },
      },
      /receivedAt: must not be in the future/,
    ],
    [
      'an unknown manner',
      {
        manner: 'carrier_pigeon',
        receivedAt: '2026-11-20T10:00:00Z',
        request: { type: 'access', email: 'p@example.org', answerChannel: 'email' },
      },
      /manner/,
    ],
  ])('refuses staff intake with %s', async (_label, body, message) => {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const response = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send(body)
      .expect(400);
    expect(response.body.detail).toMatch(message);
  });

  it('keeps staff intake to keys with the intake scope', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const response = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', writer)
      .send({})
      .expect(403);
    expect(response.body.detail).toMatch(/requests:intake/);
  });
});

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
