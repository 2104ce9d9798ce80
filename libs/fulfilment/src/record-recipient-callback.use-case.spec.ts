import { signWebhookBody } from '@rightsdesk/connectors';
import { FulfilmentStep } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { FulfilmentSources } from './fulfilment-sources';
import { RecordRecipientCallbackUseCase } from './record-recipient-callback.use-case';
import { useCaseTestModule } from './use-case-test-module';
import { WaitingSteps } from './waiting-step';

const STEP = '55555555-5555-4555-8555-555555555555';
const SECRET = 'mailer-shared-secret';
const NOW = new Date('2026-12-07T12:00:00Z');

describe(RecordRecipientCallbackUseCase.name, () => {
  const mailer = {
    name: 'mailer',
    connector: 'webhook',
    recipient: 'mailer-co',
    recipientOf: { id: 'recipient-1', name: 'Mailer Co' },
    description: 'Newsletter list',
  };
  let step: { id: string; requestId: string; source: string; status: string; planned: object };
  let requestStatus: string;
  const manager = {
    getRepository: jest.fn((entity: unknown) => {
      if (entity !== FulfilmentStep) throw new Error('unexpected repository');
      const locked = {
        setLock: () => locked,
        where: () => locked,
        getOneOrFail: async () => step,
      };
      return { findOneBy: async () => step, createQueryBuilder: () => locked };
    }),
  };
  const requests = { getById: async () => ({ id: 'request-1', status: requestStatus }) };
  const waiting = { complete: jest.fn(), fail: jest.fn() };
  const registry = {
    toldSystem: jest.fn((name: string) => (name === 'mailer' ? mailer : undefined)),
    webhookEndpoint: jest.fn(() => ({ secret: SECRET })),
  };

  async function callback(): Promise<RecordRecipientCallbackUseCase> {
    const moduleRef = await useCaseTestModule(RecordRecipientCallbackUseCase, manager, [
      { provide: FulfilmentSources, useValue: { ofStep: async () => registry } },
      { provide: RequestRepository, useValue: requests },
      { provide: WaitingSteps, useValue: waiting },
    ]);
    return moduleRef.get(RecordRecipientCallbackUseCase);
  }

  /** What the recipient sends: a body signed with the secret agreed for it. */
  function signed(body: object | string, secret = SECRET, at = NOW) {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    return [Buffer.from(raw), signWebhookBody(secret, raw, at)] as const;
  }

  beforeEach(() => {
    jest.clearAllMocks();
    step = {
      id: STEP,
      requestId: 'request-1',
      source: 'mailer',
      status: 'waiting',
      planned: { task: 'callback' },
    };
    requestStatus = 'in_progress';
  });

  it('a recipient reporting it is done completes the step, recorded as that recipient', async () => {
    const result = await (await callback()).execute(STEP, ...signed({ status: 'done' }), NOW);
    expect(result).toEqual({ stepId: STEP, status: 'done' });
    expect(waiting.complete).toHaveBeenCalledWith(
      step,
      {
        told: {
          recipient: mailer.recipientOf,
          label: 'Newsletter list',
          outcome: 'done',
          via: 'callback',
        },
      },
      'recipient:mailer-co',
      'callback',
    );
    expect(waiting.fail).not.toHaveBeenCalled();
  });

  it('a recipient reporting failure fails the step with its name and note, for the officer', async () => {
    await (
      await callback()
    ).execute(STEP, ...signed({ status: 'failed', note: 'list locked' }), NOW);
    expect(waiting.fail).toHaveBeenCalledWith(
      step,
      'Mailer Co reported that it failed: list locked',
      'recipient:mailer-co',
    );
    expect(waiting.complete).not.toHaveBeenCalled();
  });

  it('a callback signed with another secret is refused and changes nothing', async () => {
    const [body, signature] = signed({ status: 'done' }, 'not-the-secret');
    await expect((await callback()).execute(STEP, body, signature, NOW)).rejects.toMatchObject({
      code: 'unauthenticated',
      message: expect.stringContaining('does not match'),
    });
    expect(waiting.complete).not.toHaveBeenCalled();
  });

  it('a replayed callback from an hour ago is refused', async () => {
    const [body, signature] = signed({ status: 'done' }, SECRET, new Date('2026-12-07T11:00:00Z'));
    await expect((await callback()).execute(STEP, body, signature, NOW)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(waiting.complete).not.toHaveBeenCalled();
  });

  it('an unsigned callback is told how to sign', async () => {
    await expect(
      (await callback()).execute(STEP, Buffer.from('{"status":"done"}'), undefined, NOW),
    ).rejects.toMatchObject({
      code: 'unauthenticated',
      message: expect.stringContaining('X-Rightsdesk-Signature'),
    });
  });

  it('a signed body that is not JSON gets a 4xx saying what the body must be', async () => {
    await expect(
      (await callback()).execute(STEP, ...signed('status=done'), NOW),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(waiting.complete).not.toHaveBeenCalled();
  });

  it('a step no webhook recipient waits on is not found, before any signature is checked', async () => {
    step.source = 'shop_db';
    await expect(
      (await callback()).execute(STEP, ...signed({ status: 'done' }), NOW),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      (await callback()).execute('not-a-step', ...signed({ status: 'done' }), NOW),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(registry.webhookEndpoint).not.toHaveBeenCalled();
  });

  it('a step already done cannot be changed by a late callback', async () => {
    step.status = 'done';
    await expect(
      (await callback()).execute(STEP, ...signed({ status: 'failed' }), NOW),
    ).rejects.toMatchObject({
      code: 'invalid_state',
      message: 'The step is already done; a callback can no longer change it.',
    });
    expect(waiting.fail).not.toHaveBeenCalled();
  });

  it('a callback that overtakes our own record of sending the webhook is accepted', async () => {
    step.status = 'pending';
    step.planned = { task: 'webhook' };
    await (await callback()).execute(STEP, ...signed({ status: 'done' }), NOW);
    expect(waiting.complete).toHaveBeenCalled();
  });

  it('a step not yet sent to the recipient cannot be answered', async () => {
    step.status = 'pending';
    await expect(
      (await callback()).execute(STEP, ...signed({ status: 'done' }), NOW),
    ).rejects.toMatchObject({
      code: 'invalid_state',
      message: expect.stringContaining('not been sent'),
    });
  });

  it('a callback for a request no longer in progress is refused', async () => {
    requestStatus = 'cancelled';
    await expect(
      (await callback()).execute(STEP, ...signed({ status: 'done' }), NOW),
    ).rejects.toMatchObject({
      code: 'invalid_state',
      message: 'The request is cancelled, not in progress.',
    });
    expect(waiting.complete).not.toHaveBeenCalled();
  });
});
