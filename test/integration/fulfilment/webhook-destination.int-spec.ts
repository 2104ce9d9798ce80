import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { readDataMapFile } from '@rightsdesk/data-map';
import {
  CompleteManualTaskUseCase,
  FailFulfilmentStepUseCase,
  FulfilmentModule,
  RunFulfilmentStepUseCase,
  SourceRegistry,
} from '@rightsdesk/fulfilment';
import { FulfilmentStep, dataSourceOptions } from '@rightsdesk/persistence';
import { withSources } from '../../support/fixed-sources';
import { createTestRequest } from '../../support/requests';
import { TEST_DATABASE_URL, TEST_CONNECTIONS } from '../../support/test-env';
import { type TestModule, testModule } from '../../support/test-module';

/**
 * Server-side request forgery: a webhook URL that points inside the network (here loopback,
 * where a real HTTP server listens) is refused unless WEBHOOK_ALLOW_PRIVATE allows it, and the
 * refusal is what the step and the request show.
 */
describe('webhook destinations', () => {
  let dataSource: DataSource;
  let fulfilment: TestModule;
  let server: Server;
  let url: URL;
  let hits = 0;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(TEST_DATABASE_URL)).initialize();
    fulfilment = await testModule([FulfilmentModule]);
    server = createServer((request, response) => {
      hits += 1;
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"done"}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await fulfilment?.close();
    server?.closeAllConnections();
    if (server?.listening) await new Promise((done) => server.close(done));
  });

  /** A deletion in progress with its step for the demo map's email provider. */
  async function webhookStep(): Promise<FulfilmentStep> {
    const requestId = await createTestRequest(dataSource, { type: 'delete' });
    await dataSource.query(`UPDATE requests SET status = 'in_progress' WHERE id = $1`, [requestId]);
    return dataSource.getRepository(FulfilmentStep).save({
      requestId,
      action: 'erase',
      source: 'email_provider',
    });
  }

  async function runWith(
    allowPrivate: boolean,
    step: FulfilmentStep,
    configured = true,
  ): Promise<unknown> {
    const sources = new SourceRegistry(
      await readDataMapFile('data-map/shop.v1.yaml'),
      TEST_CONNECTIONS,
      configured ? { email_provider: { url, secret: randomBytes(32).toString('hex') } } : {},
    );
    // The fulfilment module as the worker has it, told by the given WEBHOOK_ALLOW_PRIVATE.
    const module = await testModule(
      [FulfilmentModule],
      {
        WEBHOOK_ALLOW_PRIVATE: String(allowPrivate),
        WEBHOOK_TIMEOUT_MS: '5000',
        PUBLIC_URL: 'http://localhost:3000',
      },
      withSources(sources),
    );
    try {
      return await module
        .get(RunFulfilmentStepUseCase)
        .execute(step.id)
        .then(
          () => undefined,
          (error: unknown) => error,
        );
    } finally {
      await module.close();
      await sources.close();
    }
  }

  it('refuses 127.0.0.1 without WEBHOOK_ALLOW_PRIVATE, and the step says why', async () => {
    const step = await webhookStep();
    const error = (await runWith(false, step)) as Error;
    expect(error.message).toBe(
      'refused to connect to 127.0.0.1: it is a loopback address; webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=true allows private networks, for development and tests)',
    );
    expect(hits).toBe(0);

    // The job's last try failing is recorded as the worker records it.
    await fulfilment.get(FailFulfilmentStepUseCase).execute(step.id, error.message);
    const failed = await dataSource.getRepository(FulfilmentStep).findOneByOrFail({ id: step.id });
    expect(failed).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/refused to connect to 127\.0\.0\.1/),
    });
    const [request] = await dataSource.query(`SELECT status, failure FROM requests WHERE id = $1`, [
      step.requestId,
    ]);
    expect(request.status).toBe('failed');
    expect(request.failure).toMatchObject({
      source: 'email_provider',
      message: expect.stringMatching(/loopback/),
    });
  });

  it('reaches the same server when private networks are allowed (development and tests)', async () => {
    const step = await webhookStep();
    expect(await runWith(true, step)).toBeUndefined();
    expect(hits).toBe(1);
    const done = await dataSource.getRepository(FulfilmentStep).findOneByOrFail({ id: step.id });
    expect(done.status).toBe('done');
    expect(done.result).toMatchObject({
      told: { recipient: { id: 'email_provider', name: 'Email delivery service' }, via: 'webhook' },
    });
  });

  it('turns a webhook whose variables are unset into a task for staff, never a skipped step', async () => {
    const step = await webhookStep();
    const before = hits;
    expect(await runWith(false, step, false)).toBeUndefined();
    expect(hits).toBe(before);
    const waiting = await dataSource.getRepository(FulfilmentStep).findOneByOrFail({ id: step.id });
    expect(waiting.status).toBe('waiting');
    expect(waiting.planned).toMatchObject({
      task: 'manual',
      recipient: { name: 'Email delivery service' },
      instructions: expect.stringMatching(
        /^Tell Email delivery service about this deletion by other means.*MAILER_WEBHOOK_URL and MAILER_WEBHOOK_SECRET are not set/,
      ),
    });

    await fulfilment
      .get(CompleteManualTaskUseCase)
      .execute(
        step.requestId,
        step.id,
        { note: 'Asked their privacy desk by email; they confirmed deletion.' },
        'api:test',
      );
    const done = await dataSource.getRepository(FulfilmentStep).findOneByOrFail({ id: step.id });
    expect(done).toMatchObject({ status: 'done', result: { told: { via: 'staff' } } });
    const [scheduled] = await dataSource.query(`SELECT job_name FROM outbox WHERE job_id = $1`, [
      `fulfilment.complete.${step.requestId}.after-${step.id}`,
    ]);
    expect(scheduled).toEqual({ job_name: 'fulfilment.complete' });
  });
});
