import request from 'supertest';
import { Letter, openFromBytes } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';

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
      'The law gives us 45 days from the day we received your request, 16 November 2026 (CCPA regs 7021(b)).',
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

  /** A letter from a person who gave no email address, as staff enter it. */
  const letterWithoutEmail = (name: string, line1: string) => ({
    manner: 'postal',
    receivedAt: new Date(Date.now() - 3600_000).toISOString(),
    request: {
      type: 'delete',
      name,
      postalAddress: { line1, city: 'Cork', postalCode: 'T12 X70A', country: 'IE' },
      // GDPR Art. 12(6): the posted code alone may do where there is no reasonable doubt.
      residence: { country: 'IE' },
    },
  });

  /** The code printed on the request's newest verification letter, as the person reads it. */
  async function postedCode(requestId: string): Promise<string> {
    const letter = await api.dataSource.getRepository(Letter).findOneOrFail({
      where: { requestId, kind: 'verification_letter' },
      order: { createdAt: 'DESC' },
    });
    const input = openFromBytes(
      api.config.packageEncryptionKey,
      `${letter.id}:input`,
      letter.sealedInput,
    ).toString('utf8');
    return /Your code is (\d{6})\./.exec(input)?.[1] as string;
  }

  it('enters a letter from a person without email and posts them their verification code', async () => {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const response = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send(letterWithoutEmail('Noa Sinmail', `${Date.now()} Quill Lane`))
      .expect(201);
    expect(response.body.status).toBe('pending_verification');
    const [person] = await api.dataSource.query(
      `SELECT s.email, r.answer_channel, r.verification_expires_at - now() > interval '29 days' AS waits
         FROM requests r JOIN subject_identities s ON s.id = r.subject_id WHERE r.id = $1`,
      [response.body.id],
    );
    expect(person).toEqual({ email: null, answer_channel: 'postal', waits: true });
    const sent = await api.dataSource.query(
      `SELECT kind, channel FROM correspondence WHERE request_id = $1`,
      [response.body.id],
    );
    expect(sent).toEqual([{ kind: 'verification_letter', channel: 'postal' }]);
    expect(await postedCode(response.body.id)).toMatch(/^\d{6}$/);
  });

  it('treats a second letter from the same name and address as a duplicate once both are verified', async () => {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const verifier = `Bearer ${await api.apiKey('requests:verify')}`;
    const street = `${Date.now()} Vellum Road`;
    const first = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send(letterWithoutEmail('Iker Sobre', street))
      .expect(201);
    // The same person writes again, their name and street spelled a little differently.
    const second = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send(letterWithoutEmail('iker  sobre', `${street.toUpperCase()}.`))
      .expect(201);
    const stranger = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send(letterWithoutEmail('Iker Otro', street))
      .expect(201);
    for (const { body } of [first, second, stranger]) {
      await http()
        .post(`/api/v1/requests/${body.id}/verification`)
        .set('authorization', verifier)
        .send({ code: await postedCode(body.id) })
        .expect(200);
    }
    const rows = await api.dataSource.query(
      `SELECT id, status, duplicate_of_id FROM requests WHERE id = ANY($1) ORDER BY created_at`,
      [[first.body.id, second.body.id, stranger.body.id]],
    );
    expect(rows.map((row: { status: string }) => row.status)).toEqual([
      'awaiting_review',
      'cancelled',
      'awaiting_review',
    ]);
    expect(rows[1].duplicate_of_id).toBe(first.body.id);
  });

  it.each([
    [
      'no email and no postal address',
      { manner: 'phone', request: { type: 'access', name: 'Sam Nada' } },
      /request.postalAddress: is required when the answer channel is postal/,
    ],
    [
      'no email and an emailed answer',
      {
        manner: 'phone',
        request: {
          type: 'access',
          name: 'Sam Nada',
          answerChannel: 'email',
          postalAddress: { line1: '1 A St', city: 'Oakland', postalCode: '94611', country: 'US' },
        },
      },
      /request.answerChannel: must be postal when there is no email/,
    ],
    [
      'no email and no name',
      {
        manner: 'postal',
        request: {
          type: 'access',
          postalAddress: { line1: '1 A St', city: 'Oakland', postalCode: '94611', country: 'US' },
        },
      },
      /request.name: is required when there is no email/,
    ],
  ])('refuses a request without email with %s, writing nothing', async (_label, body, message) => {
    const intake = `Bearer ${await api.apiKey('requests:intake')}`;
    const [before] = await api.dataSource.query(`SELECT count(*)::int AS n FROM requests`);
    const response = await http()
      .post('/api/v1/requests/intake')
      .set('authorization', intake)
      .send({ receivedAt: new Date().toISOString(), ...body })
      .expect(400);
    expect(response.body.detail).toMatch(message);
    const [after] = await api.dataSource.query(`SELECT count(*)::int AS n FROM requests`);
    expect(after.n).toBe(before.n);
  });

  it('still refuses a request without email on the public API', async () => {
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    const response = await http()
      .post('/api/v1/requests')
      .set('authorization', writer)
      .send({
        type: 'access',
        name: 'Sam Nada',
        answerChannel: 'postal',
        postalAddress: { line1: '1 A St', city: 'Oakland', postalCode: '94611', country: 'US' },
      })
      .expect(400);
    expect(response.body.errors).toEqual([{ path: 'email', message: expect.any(String) }]);
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
