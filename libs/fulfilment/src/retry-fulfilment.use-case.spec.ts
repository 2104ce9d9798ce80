import { InvalidTransitionError } from '@rightsdesk/domain';
import { FulfilmentStep, enqueueInOutbox } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { FulfilmentJobsQuery } from './fulfilment-jobs.query';
import { RetryFulfilmentUseCase } from './retry-fulfilment.use-case';
import { useCaseTestModule } from './use-case-test-module';

jest.mock('@rightsdesk/persistence', () => ({
  ...jest.requireActual('@rightsdesk/persistence'),
  enqueueInOutbox: jest.fn(),
}));

describe(RetryFulfilmentUseCase.name, () => {
  const manager = { update: jest.fn() };
  const requests = {
    transition: jest.fn(),
    countEvents: jest.fn(async () => 2),
    findForUpdate: jest.fn(async (id: string) => ({ id, status: 'failed' })),
  };
  const jobs = { of: jest.fn(async () => 'none') };

  async function retry(): Promise<RetryFulfilmentUseCase> {
    const moduleRef = await useCaseTestModule(RetryFulfilmentUseCase, manager, [
      { provide: RequestRepository, useValue: requests },
      { provide: FulfilmentJobsQuery, useValue: jobs },
    ]);
    return moduleRef.get(RetryFulfilmentUseCase);
  }

  beforeEach(() => {
    jest.clearAllMocks();
    requests.transition.mockImplementation(async (id: string) => ({ id, status: 'in_progress' }));
  });

  it('an officer retrying a failed request reruns only its failed steps, as a new flow', async () => {
    const retried = await (await retry()).execute('request-1', 'staff:officer-1');
    expect(retried.status).toBe('in_progress');
    expect(requests.transition).toHaveBeenCalledWith('request-1', 'retry', {
      actor: 'staff:officer-1',
      reason: 'retry of the failed steps',
      changes: { failure: null },
      context: {},
    });
    expect(manager.update).toHaveBeenCalledWith(
      FulfilmentStep,
      { requestId: 'request-1', status: 'failed' },
      { status: 'pending', error: null },
    );
    // The second retry is generation 2: a job id BullMQ has not seen for this request.
    expect(enqueueInOutbox).toHaveBeenCalledWith(
      manager,
      expect.objectContaining({
        jobName: 'fulfilment.start',
        jobId: 'fulfilment.start.request-1.g2',
        payload: { v: 1, requestId: 'request-1', generation: 2 },
      }),
    );
  });

  it('a request that has not failed is refused, and no step is reset and no flow starts', async () => {
    requests.transition.mockRejectedValue(
      new InvalidTransitionError('completed', 'retry', 'cannot retry a request that is completed'),
    );
    await expect((await retry()).execute('request-1', 'staff:officer-1')).rejects.toMatchObject({
      code: 'invalid_state',
    });
    expect(manager.update).not.toHaveBeenCalled();
    expect(enqueueInOutbox).not.toHaveBeenCalled();
  });
});
