import { StaffAlerts } from '@rightsdesk/notices';
import { FulfilmentStep } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { FailFulfilmentStepUseCase } from './fail-fulfilment-step.use-case';
import { useCaseTestModule } from './use-case-test-module';

describe(FailFulfilmentStepUseCase.name, () => {
  const erase = (overrides: object = {}) => ({
    id: 'step-1',
    requestId: 'request-1',
    action: 'erase',
    source: 'shop_db',
    status: 'running',
    ...overrides,
  });
  let step: object | null;
  let requestStatus: string;
  const manager = {
    getRepository: jest.fn((entity: unknown) => {
      if (entity === FulfilmentStep) return { findOneBy: async () => step };
      throw new Error('unexpected repository');
    }),
    update: jest.fn(),
  };
  const requests = {
    getById: jest.fn(async () => ({ id: 'request-1', status: requestStatus })),
    transition: jest.fn(),
  };
  const alerts = { stepFailed: jest.fn() };

  async function failStep(): Promise<FailFulfilmentStepUseCase> {
    const moduleRef = await useCaseTestModule(FailFulfilmentStepUseCase, manager, [
      { provide: RequestRepository, useValue: requests },
      { provide: StaffAlerts, useValue: alerts },
    ]);
    return moduleRef.get(FailFulfilmentStepUseCase);
  }

  beforeEach(() => {
    jest.clearAllMocks();
    step = erase();
    requestStatus = 'in_progress';
  });

  it('a step whose last try failed shows the error, and the officer sees the request failed on that source', async () => {
    await (await failStep()).execute('step-1', 'connection refused');
    expect(alerts.stepFailed).toHaveBeenCalledWith('request-1', 'erase');
    expect(manager.update).toHaveBeenCalledWith(
      FulfilmentStep,
      { id: 'step-1' },
      { status: 'failed', error: 'connection refused' },
    );
    expect(requests.transition).toHaveBeenCalledWith(
      'request-1',
      'fail',
      expect.objectContaining({
        actor: 'worker',
        reason: 'erase on shop_db failed: connection refused',
        data: { stepId: 'step-1', step: 'erase', source: 'shop_db' },
        changes: {
          failure: expect.objectContaining({
            step: 'erase',
            source: 'shop_db',
            message: 'connection refused',
          }),
        },
      }),
    );
  });

  it('a long error is cut to 500 characters before it is shown', async () => {
    await (await failStep()).execute('step-1', 'x'.repeat(2000));
    expect(manager.update).toHaveBeenCalledWith(
      FulfilmentStep,
      { id: 'step-1' },
      { status: 'failed', error: 'x'.repeat(500) },
    );
  });

  it('a step already done is not marked failed by a late failure report', async () => {
    step = erase({ status: 'done' });
    await (await failStep()).execute('step-1', 'timeout');
    expect(manager.update).not.toHaveBeenCalled();
    expect(requests.transition).not.toHaveBeenCalled();
    expect(alerts.stepFailed).not.toHaveBeenCalled();
  });

  it('a step that no longer exists is ignored', async () => {
    step = null;
    await (await failStep()).execute('step-1', 'timeout');
    expect(manager.update).not.toHaveBeenCalled();
    expect(requests.transition).not.toHaveBeenCalled();
  });

  it('a request no longer in progress (cancelled meanwhile) keeps its status', async () => {
    requestStatus = 'cancelled';
    await (await failStep()).execute('step-1', 'timeout');
    expect(manager.update).toHaveBeenCalled();
    expect(requests.transition).not.toHaveBeenCalled();
  });

  it('a failure of the flow itself names the job, with no source', async () => {
    await (await failStep()).failRequest('request-1', 'plan', 'no data map version');
    expect(requests.transition).toHaveBeenCalledWith(
      'request-1',
      'fail',
      expect.objectContaining({
        reason: 'plan failed: no data map version',
        data: { step: 'plan', source: null },
      }),
    );
  });
});
