import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { signWebhookBody, verifyWebhookSignature } from '@rightsdesk/connectors';
import { E2eRightsdesk } from './e2e-harness';

/** What the processor's server received: the raw body, the headers, and whether it verified. */
export interface Delivery {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  signatureValid: boolean;
}

export interface Step {
  id: string;
  action: string;
  source: string;
  status: string;
  attempts: number;
  error: string | null;
  waitingFor: { kind: string; recipient: string | null; instructions: string | null } | null;
}
export interface Answer {
  id: string;
  reference: string;
  statusToken: string;
  status: string;
  steps: Step[];
  failure: { step: string; source: string; message: string } | null;
  detail?: string;
}

/**
 * The processor-webhook specs' set-up, called inside their describe: the built api and worker
 * with the demo map's processor (the email provider, told by webhook) pointed at a real HTTP
 * server on 127.0.0.1 standing in for it (hence WEBHOOK_ALLOW_PRIVATE=true), a real SMTP
 * server, and the calls the specs make. `name` names the spec's own databases.
 */
export function processorWebhookScenario(
  name: string,
  /** Types approved by policy; a consent withdrawal needs none (it takes effect at once). */
  { autoApprove = 'access,delete,correct,withdraw_consent' }: { autoApprove?: string } = {},
) {
  const secret = randomBytes(32).toString('hex');
  const deliveries: Delivery[] = [];
  /** How the processor answers the next delivery of an action. */
  const answers: Record<string, { status: number; body?: object }> = {};
  let processor: Server;
  // Databases of its own: these tests change the shop's data and leave steps waiting.
  const rightsdesk = new E2eRightsdesk({
    name,
    shopPeople: 50,
    smtp: true,
    env: async () => ({
      AUTO_APPROVE: autoApprove,
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '200',
      OUTBOX_POLL_MS: '100',
      // The processor's stand-in listens on loopback: allowed for tests only.
      WEBHOOK_ALLOW_PRIVATE: 'true',
      MAILER_WEBHOOK_URL: `http://127.0.0.1:${await startProcessor()}/rightsdesk`,
      MAILER_WEBHOOK_SECRET: secret,
    }),
  });
  const smtp = rightsdesk.smtp;
  const key = rightsdesk.secrets.packageKey;
  let baseUrl: string;
  let dataSource: DataSource;
  let writer: string;
  let officer: string;

  /** The processor's stand-in: records each delivery and answers as `answers` says; its port. */
  async function startProcessor(): Promise<number> {
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
    return (processor.address() as AddressInfo).port;
  }

  beforeAll(async () => {
    await rightsdesk.start();
    ({ baseUrl, dataSource } = rightsdesk);
    writer = await rightsdesk.apiKey('e2e', ['requests:write', 'requests:read']);
    officer = await rightsdesk.apiKey('e2e-officer', ['requests:manage', 'requests:read']);
  }, 120_000);

  afterAll(async () => {
    await rightsdesk.stop();
    processor?.closeAllConnections();
    if (processor?.listening) await new Promise((done) => processor.close(done));
  });

  const call = (path: string, token: string, body?: object) =>
    rightsdesk.http.call<Answer>(path, token, body);

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
    const answer = await rightsdesk.http.waitForRequest(
      id,
      officer,
      ready,
      60_000,
      () => `request ${reference} to be ready`,
    );
    return { ...answer, statusToken };
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

  return {
    rightsdesk,
    smtp,
    key,
    secret,
    deliveries,
    answers,
    call,
    callBack,
    completeTask,
    submit,
    stepOn,
    footprint,
    /** Set once started (read them inside tests). */
    get baseUrl() {
      return baseUrl;
    },
    get dataSource() {
      return dataSource;
    },
    get writer() {
      return writer;
    },
    get officer() {
      return officer;
    },
  };
}
