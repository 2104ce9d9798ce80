import request from 'supertest';
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
