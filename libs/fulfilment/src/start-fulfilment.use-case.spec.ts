import { FulfilmentStep } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { FulfilmentSources } from './fulfilment-sources';
import { FLOW_STARTER, StartFulfilmentUseCase } from './start-fulfilment.use-case';
import { useCaseTestModule } from './use-case-test-module';

describe(StartFulfilmentUseCase.name, () => {
  let request: { id: string; type: string; status: string } | null;
  let stored: { id: string; status: string }[];
  const recorded: unknown[] = [];
  const manager = {
    getRepository: jest.fn((entity: unknown) => {
      if (entity === FulfilmentStep) return { find: async () => stored };
      throw new Error('unexpected repository');
    }),
    createQueryBuilder: () => {
      const builder = {
        insert: () => builder,
        into: () => builder,
        values: (values: unknown) => (recorded.push(values), builder),
        orIgnore: () => builder,
        execute: async () => undefined,
      };
      return builder;
    },
  };
  const requests = { findForUpdate: jest.fn(async () => request), transition: jest.fn() };
  const flow = { add: jest.fn() };
  const registry = {
    fulfilmentSources: () => [
      { name: 'shop_db', actions: ['erase', 'access'] },
      { name: 'mailer', actions: ['erase'] },
    ],
  };

  async function start(): Promise<StartFulfilmentUseCase> {
    const moduleRef = await useCaseTestModule(StartFulfilmentUseCase, manager, [
      { provide: FulfilmentSources, useValue: { starting: async () => registry } },
      { provide: FLOW_STARTER, useValue: flow },
      { provide: RequestRepository, useValue: requests },
    ]);
    return moduleRef.get(StartFulfilmentUseCase);
  }

  beforeEach(() => {
    jest.clearAllMocks();
    recorded.length = 0;
    request = { id: 'request-1', type: 'delete', status: 'approved' };
    stored = [
      { id: 'step-shop', status: 'pending' },
      { id: 'step-mailer', status: 'pending' },
    ];
  });

  it('an approved deletion starts: one erase step per source, and a flow to run them', async () => {
    await (await start()).execute('request-1', 0);
    expect(requests.transition).toHaveBeenCalledWith('request-1', 'start', {
      actor: 'worker',
    });
    expect(recorded).toEqual([
      { requestId: 'request-1', action: 'erase', source: 'shop_db' },
      { requestId: 'request-1', action: 'erase', source: 'mailer' },
    ]);
    expect(flow.add).toHaveBeenCalledWith('request-1', 0, ['step-shop', 'step-mailer']);
  });

  it('run again on a request already in progress, it does not restart it and skips steps done or waiting', async () => {
    request = { id: 'request-1', type: 'delete', status: 'in_progress' };
    stored = [
      { id: 'step-shop', status: 'done' },
      { id: 'step-mailer', status: 'waiting' },
      { id: 'step-crm', status: 'failed' },
    ];
    await (await start()).execute('request-1', 2);
    expect(requests.transition).not.toHaveBeenCalled();
    expect(flow.add).toHaveBeenCalledWith('request-1', 2, ['step-crm']);
  });

  it.each(['cancelled', 'denied', 'completed'])(
    'a request %s meanwhile gets no steps and no flow',
    async (status) => {
      request = { id: 'request-1', type: 'delete', status };
      await (await start()).execute('request-1', 0);
      expect(requests.transition).not.toHaveBeenCalled();
      expect(recorded).toEqual([]);
      expect(flow.add).not.toHaveBeenCalled();
    },
  );

  it('a request that does not exist is an error, and no flow starts', async () => {
    request = null;
    await expect((await start()).execute('request-1', 0)).rejects.toThrow(
      'request request-1 does not exist',
    );
    expect(flow.add).not.toHaveBeenCalled();
  });
});
