import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '@rightsdesk/api-keys';
import { signWebhookBody, verifyWebhookSignature } from '@rightsdesk/connectors';
import { dataSourceOptions, openFromBytes } from '@rightsdesk/persistence';
import { SHOP_DEFAULT_SEED, seedShop } from '@demo/shop';
import { AppProcess, freePort, waitUntil } from '../support/app-processes';
import { freshDatabase } from '../support/fresh-database';
import { SmtpSink } from '../support/smtp-sink';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../support/test-env';

/** Databases of their own: these tests change the shop's data and leave steps waiting. */
const RIGHTSDESK_URL = TEST_DATABASE_URL.replace(/\/[^/]+$/, '/rightsdesk_test_webhook');
const SHOP_URL = TEST_DATABASE_URL.replace(/\/[^/]+$/, '/rightsdesk_shop_test_webhook');

/** What the processor's server received: the raw body, the headers, and whether it verified. */
interface Delivery {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  signatureValid: boolean;
}

/**
 * The demo map's processor (the email provider, told by webhook) and its paper archive (a task
 * for staff), end to end: the built api and worker as processes, a real HTTP server on 127.0.0.1
 * standing in for the processor (hence WEBHOOK_ALLOW_PRIVATE=true), a real SMTP server.
 */
describe('processors told by webhook, and tasks done by hand, end to end', () => {
  const key = randomBytes(32);
  const tokenKey = randomBytes(32);
  const secret = randomBytes(32).toString('hex');
  const smtp = new SmtpSink();
  const deliveries: Delivery[] = [];
  /** How the processor answers the next delivery of an action. */
  const answers: Record<string, { status: number; body?: object }> = {};
  let processor: Server;
  let baseUrl: string;
  let api: AppProcess;
  let worker: AppProcess;
  let dataSource: DataSource;
  let writer: string;
  let officer: string;

  beforeAll(async () => {
    await freshDatabase(RIGHTSDESK_URL);
    await freshDatabase(SHOP_URL);
    await seedShop({ databaseUrl: SHOP_URL, people: 50, seed: SHOP_DEFAULT_SEED });
    processor = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks);
        const header = request.headers['x-rightsdesk-signature'] as string | undefined;
        const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
        const signatureValid = verifyWebhookSignature(secret, header, raw).ok;
        deliveries.push({ headers: request.headers, body, signatureValid });
        const answer = signatureValid
          ? (answers[String(body.action)] ?? { status: 500 })
          : { status: 401 };
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.body ?? {}));
      });
    });
    await new Promise<void>((done) => processor.listen(0, '127.0.0.1', done));
    const hookPort = (processor.address() as AddressInfo).port;

    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATABASE_URL: RIGHTSDESK_URL,
      SHOP_DATABASE_URL: SHOP_URL,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `e2e-webhook-${Date.now()}`,
      PACKAGE_ENCRYPTION_KEY: key.toString('hex'),
      TOKEN_SECRET: tokenKey.toString('hex'),
      SMTP_URL: await smtp.start(),
      AUTO_APPROVE: 'access,delete,correct,withdraw_consent',
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '200',
      OUTBOX_POLL_MS: '100',
      LOG_LEVEL: 'info',
      // The processor's stand-in listens on loopback: allowed for tests only.
      WEBHOOK_ALLOW_PRIVATE: 'true',
      MAILER_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/rightsdesk`,
      MAILER_WEBHOOK_SECRET: secret,
    };
    api = new AppProcess('api', env).start();
    await api.waitForOutput(/api listening/);
    worker = new AppProcess('worker', env).start();
    await worker.waitForOutput(/worker started/);
    dataSource = await new DataSource(dataSourceOptions(RIGHTSDESK_URL)).initialize();
    const keys = new ApiKeyService(dataSource, tokenKey);
    writer = (await keys.create('e2e', ['requests:write', 'requests:read'])).key;
    officer = (await keys.create('e2e-officer', ['requests:manage', 'requests:read'])).key;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await smtp.stop();
    await dataSource?.destroy();
    processor?.closeAllConnections();
    if (processor?.listening) await new Promise((done) => processor.close(done));
  });

  interface Step {
    id: string;
    action: string;
    source: string;
    status: string;
    attempts: number;
    error: string | null;
    waitingFor: { kind: string; recipient: string | null; instructions: string | null } | null;
  }
  interface Answer {
    id: string;
    reference: string;
    statusToken: string;
    status: string;
    steps: Step[];
    failure: { step: string; source: string; message: string } | null;
    detail?: string;
  }

  async function call(path: string, token: string, body?: object) {
    const response = await fetch(`${baseUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Answer };
  }

  /** A processor's callback, signed with `signingSecret` over exactly the bytes sent. */
  async function callBack(stepId: string, body: string, signingSecret = secret, at = new Date()) {
    const response = await fetch(`${baseUrl}/api/v1/processor-callbacks/${stepId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-rightsdesk-signature': signWebhookBody(signingSecret, body, at),
      },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function completeTask(requestId: string, stepId: string, form: FormData, token = officer) {
    const response = await fetch(
      `${baseUrl}/api/v1/requests/${requestId}/tasks/${stepId}/complete`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      },
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** Submits, enters the emailed code, and waits until `ready` holds for the request. */
  async function submit(request: object, ready: (answer: Answer) => boolean): Promise<Answer> {
    const submitted = await call('/api/v1/requests', writer, {
      residence: { country: 'DE' },
      ...request,
    });
    expect(submitted.status).toBe(201);
    const { id, reference, statusToken } = submitted.body;
    if (submitted.body.status === 'pending_verification') {
      const code = await smtp.verificationCode(reference);
      await call(`/api/v1/requests/${id}/verification`, statusToken, { code });
    }
    return waitUntil(
      async () => {
        const answer = (await call(`/api/v1/requests/${id}`, officer)).body;
        return ready(answer) ? { ...answer, statusToken } : undefined;
      },
      60_000,
      () => `request ${reference} to be ready`,
    );
  }

  const stepOn = (answer: Answer, source: string) =>
    answer.steps.find((step) => step.source === source) as Step;

  /** Rows that a refused call must not add to: the trail, the outbox, evidence, step states. */
  async function footprint(requestId: string) {
    const [row] = await dataSource.query(
      `SELECT (SELECT count(*) FROM request_events WHERE request_id = $1)::int AS events,
              (SELECT count(*) FROM outbox)::int AS outbox,
              (SELECT count(*) FROM manual_task_evidence)::int AS evidence,
              (SELECT string_agg(source || '=' || status, ',' ORDER BY source)
                 FROM fulfilment_steps WHERE request_id = $1) AS steps`,
      [requestId],
    );
    return row as Record<string, unknown>;
  }

  it('deletes: the processor verifies, answers 202 and calls back; staff shred the letters; the request completes', async () => {
    answers.erase = { status: 202 };
    const email = 'ada.lindqvist@example.org';
    const waiting = await submit(
      { type: 'delete', email },
      (answer) =>
        ['email_provider', 'support_letters'].every(
          (source) => stepOn(answer, source)?.status === 'waiting',
        ) && stepOn(answer, 'shop')?.status === 'done',
    );
    expect(waiting.status).toBe('in_progress');
    const hook = stepOn(waiting, 'email_provider');
    const letters = stepOn(waiting, 'support_letters');

    // The processor got one signed message with what it needs to act, and no more.
    const delivery = deliveries.find((candidate) => candidate.body.requestId === waiting.id);
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.headers['idempotency-key']).toBe(hook.id);
    expect(delivery?.body).toEqual({
      requestId: waiting.id,
      reference: waiting.reference,
      action: 'erase',
      subject: { email },
      callbackUrl: `${baseUrl}/api/v1/processor-callbacks/${hook.id}`,
      sentAt: expect.any(String),
    });

    // Staff see what waits for whom, and what to do; the person sees the wait, not the internals.
    expect(hook.waitingFor).toEqual({
      kind: 'recipient',
      recipient: 'Email delivery service',
      instructions: null,
    });
    expect(letters.waitingFor).toMatchObject({
      kind: 'staff',
      instructions: expect.stringMatching(/support letters archive/),
    });
    const own = (await call(`/api/v1/requests/${waiting.id}`, waiting.statusToken)).body;
    expect(stepOn(own, 'support_letters').waitingFor?.instructions).toBeNull();
    // The person's status page says, per place, how far the work is, in words.
    const page = await fetch(`${baseUrl}/status/${encodeURIComponent(waiting.statusToken)}`);
    const progress = [
      ...(await page.text()).matchAll(/<tr>\s*<td>([^<]*)<\/td>\s*<td>([^<]*)<\/td>\s*<\/tr>/g),
    ].map((row) => `${row[1]}: ${row[2]}`);
    expect(progress).toEqual(
      expect.arrayContaining([
        'Our records (shop): Done',
        'Email delivery service: We told them and are waiting for their confirmation',
        expect.stringMatching(/^Paper letters .*: Our staff are doing this by hand$/),
      ]),
    );
    expect(progress.join('\n')).not.toMatch(/cabinet|shred/i);

    // Refused callbacks change nothing.
    const before = await footprint(waiting.id);
    const done = JSON.stringify({ status: 'done', note: 'Removed from all lists.' });
    const refused = [
      await callBack(hook.id, done, randomBytes(32).toString('hex')),
      await callBack(hook.id, done, secret, new Date(Date.now() - 10 * 60_000)),
      await callBack(randomUUID(), done),
      await callBack('not-a-step', done),
      await callBack(letters.id, done), // a manual task takes no callback
      await callBack(hook.id, JSON.stringify({ status: 'maybe' })),
    ];
    expect(refused.map((answer) => answer.status)).toEqual([401, 401, 404, 404, 404, 400]);
    expect(refused[0].body.detail).toMatch(/signature does not match/);
    expect(refused[1].body.detail).toMatch(/more than 5 minutes/);
    expect(await footprint(waiting.id)).toEqual(before);

    // The processor reports it is done; once only.
    expect(await callBack(hook.id, done)).toEqual({
      status: 200,
      body: { stepId: hook.id, status: 'done' },
    });
    expect((await callBack(hook.id, done)).status).toBe(409);
    const afterCallback = (await call(`/api/v1/requests/${waiting.id}`, officer)).body;
    expect(afterCallback.status).toBe('in_progress'); // the letters still wait for staff

    // Staff: a note is required, the file must be what it claims, the scope is needed.
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(200),
    ]);
    const form = (note: string | undefined, file?: Blob, name = 'shredding-log.png') => {
      const data = new FormData();
      if (note !== undefined) data.append('note', note);
      if (file) data.append('file', file, name);
      return data;
    };
    const beforeTask = await footprint(waiting.id);
    const noNote = await completeTask(waiting.id, letters.id, form('  '));
    const fakePdf = await completeTask(
      waiting.id,
      letters.id,
      form(
        'Shredded.',
        new Blob([Buffer.from('MZ not a pdf')], { type: 'application/pdf' }),
        'a.pdf',
      ),
    );
    const noScope = await completeTask(waiting.id, letters.id, form('Shredded.'), writer);
    const wrongStep = await completeTask(waiting.id, randomUUID(), form('Shredded.'));
    expect([noNote.status, fakePdf.status, noScope.status, wrongStep.status]).toEqual([
      400, 400, 403, 404,
    ]);
    expect(noNote.body.detail).toMatch(/note is required/);
    expect(fakePdf.body.detail).toMatch(/PDF, PNG, JPEG or plain text/);
    expect(await footprint(waiting.id)).toEqual(beforeTask);

    const completed = await completeTask(
      waiting.id,
      letters.id,
      form(
        'Two letters found in cabinet 2 and shredded on site.',
        new Blob([png], { type: 'image/png' }),
      ),
    );
    expect(completed).toEqual({ status: 200, body: { stepId: letters.id, status: 'done' } });

    await waitUntil(
      async () =>
        (await call(`/api/v1/requests/${waiting.id}`, officer)).body.status === 'completed',
      60_000,
      () => 'the request to complete after its last waiting step',
    );
    const notice = await smtp.waitFor(
      (message) =>
        message.subject === `Your request to delete your data ${waiting.reference} is complete`,
    );
    expect(notice.text).toMatch(/Told Email delivery service: done/);
    expect(notice.text).toMatch(/Done by our staff/);

    // The evidence is kept, the file sealed at rest.
    const [evidence] = await dataSource.query(
      `SELECT note, file_name, content_type, byte_size, sealed_file, completed_by
         FROM manual_task_evidence WHERE step_id = $1`,
      [letters.id],
    );
    expect(evidence).toMatchObject({
      note: 'Two letters found in cabinet 2 and shredded on site.',
      file_name: 'shredding-log.png',
      content_type: 'image/png',
      byte_size: png.length,
      completed_by: expect.stringMatching(/^api:/),
    });
    expect((evidence.sealed_file as Buffer).includes(png.subarray(8, 40))).toBe(false);
    expect(openFromBytes(key, letters.id, evidence.sealed_file as Buffer).equals(png)).toBe(true);

    // Staff read back what was recorded, and the file itself; a person's token cannot.
    const recorded = await call(
      `/api/v1/requests/${waiting.id}/tasks/${letters.id}/evidence`,
      officer,
    );
    expect(recorded.body).toMatchObject({
      note: 'Two letters found in cabinet 2 and shredded on site.',
      file: { fileName: 'shredding-log.png', contentType: 'image/png', byteSize: png.length },
    });
    const file = await fetch(
      `${baseUrl}/api/v1/requests/${waiting.id}/tasks/${letters.id}/evidence/file`,
      { headers: { authorization: `Bearer ${officer}` } },
    );
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="shredding-log.png"',
    );
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);
    const asPerson = await call(
      `/api/v1/requests/${waiting.id}/tasks/${letters.id}/evidence`,
      waiting.statusToken,
    );
    expect(asPerson.status).toBe(403);
  }, 180_000);

  it('corrects: a processor that answers {"status":"done"} at once completes its step', async () => {
    answers.correct = { status: 200, body: { status: 'done' } };
    const answer = await submit(
      {
        type: 'correct',
        email: 'jon.smith@example.com',
        corrections: [{ field: 'phone', value: '+1 312 555 0142' }],
      },
      (candidate) => candidate.status === 'completed',
    );
    // No manual task: the paper archive is listed for deletions only.
    expect(answer.steps.map((step) => `${step.source}=${step.status}`).sort()).toEqual([
      'email_provider=done',
      'shop=done',
    ]);
    const delivery = deliveries.find((candidate) => candidate.body.requestId === answer.id);
    expect(delivery?.body.corrections).toEqual([{ field: 'phone', value: '+1 312 555 0142' }]);
  }, 120_000);

  it('shows a processor that keeps answering 500 as a failed step, after its retries', async () => {
    answers.withdraw_consent = { status: 500 };
    const failed = await submit(
      { type: 'withdraw_consent', email: 'grace.omalley@example.com' },
      (answer) => answer.status === 'failed',
    );
    const hook = stepOn(failed, 'email_provider');
    expect(hook).toMatchObject({ status: 'failed', attempts: 2 });
    expect(hook.error).toMatch(/Email delivery service answered 500/);
    expect(failed.failure).toMatchObject({ step: 'withdraw_consent', source: 'email_provider' });
    // Both tries carried the same idempotency key, so the processor can tell a retry.
    const keys = deliveries
      .filter((candidate) => candidate.body.requestId === failed.id)
      .map((candidate) => candidate.headers['idempotency-key']);
    expect(keys).toEqual([hook.id, hook.id]);
  }, 120_000);
});
