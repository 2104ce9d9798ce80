import type { Server } from 'node:http';
import { TestApi, startTestApi } from '../../support/api-app';
import { listenOnLoopback, sendPartly } from '../../support/raw-http';

/** A body just under the 100 KB cap, of which the sender sends a sixth before waiting. */
const BODY_BYTES = 96 * 1024;
const SENT_BYTES = 16 * 1024;

const jsonBody = () =>
  Buffer.from(JSON.stringify({ code: '000001', note: 'x'.repeat(BODY_BYTES - 40) }));
const formBody = () => Buffer.from(`_csrf=t&code=000001&note=${'x'.repeat(BODY_BYTES - 30)}`);

/**
 * Someone guessing codes or passwords from one address, once over that address's hourly limit,
 * is answered 429 from the request's headers, whatever body they are still sending (JSON, a
 * form), and the connection is closed: the api does not read or hold 100 KB bodies for them.
 * People under the limit are answered as before.
 */
describe('an address over its hourly limit sending large bodies', () => {
  let api: TestApi;
  let port: number;
  let base: string;
  let target: { id: string; statusToken: string };
  const bytesRead: Array<{ bytesRead: number }> = [];

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_VERIFY_PER_IP: '2', RATE_LIMIT_SIGN_IN_PER_IP: '1' });
    const server = api.app.getHttpServer() as Server;
    server.on('connection', (socket) => bytesRead.push(socket));
    port = await listenOnLoopback(server);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => api.close());

  it('answers people under the limit as before: a request filed, a wrong code named as wrong', async () => {
    const filed = await fetch(`${base}/api/v1/requests`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await api.apiKey('requests:write')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ type: 'access', email: `limits-${Date.now()}@example.org` }),
    });
    expect(filed.status).toBe(201);
    target = (await filed.json()) as typeof target;

    for (let guess = 0; guess < 2; guess += 1) {
      const answer = await fetch(`${base}/api/v1/requests/${target.id}/verification`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${target.statusToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ code: '000001' }),
      });
      expect(answer.status).toBe(400);
    }

    const signIn = await fetch(`${base}/console/sign-in`);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]);
    const token = /name="_csrf" value="([^"]+)"/.exec(await signIn.text())?.[1] ?? '';
    const wrongPassword = await fetch(`${base}/console/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie.join('; ') },
      body: new URLSearchParams({
        _csrf: token,
        email: 'nobody@staff.example.com',
        password: 'no',
      }),
      redirect: 'manual',
    });
    expect(wrongPassword.status).toBe(401);
  });

  const posts: Array<[string, () => string, 'json' | 'form']> = [
    [
      'a JSON code guess on the REST API',
      () => `/api/v1/requests/${target.id}/verification`,
      'json',
    ],
    ['a code form on the privacy center', () => `/verify/${target.statusToken}`, 'form'],
    ['a sign-in form on the console', () => '/console/sign-in', 'form'],
  ];
  it.each(posts)('refuses %s at once and hangs up', async (_what, path, kind) => {
    const before = bytesRead.reduce((total, socket) => total + socket.bytesRead, 0);
    const body = kind === 'json' ? jsonBody() : formBody();
    const type = kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
    const answer = await sendPartly(
      port,
      `POST ${path()} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        `Authorization: Bearer ${target.statusToken}\r\nContent-Type: ${type}`,
      body,
      SENT_BYTES,
    );
    expect(answer.head).toMatch(/^HTTP\/1.1 429/);
    expect(answer.head).toMatch(/\r\nRetry-After: \d+(\r\n|$)/i);
    expect(answer.head).toMatch(/\r\nConnection: close(\r\n|$)/i);
    expect(answer.answeredInMs).toBeLessThan(2_000);
    expect(answer.closedByServer).toBe(true);
    const read = bytesRead.reduce((total, socket) => total + socket.bytesRead, 0) - before;
    expect(read).toBeLessThan(SENT_BYTES + 4096);
  });
});
