import { FulfilmentStep, enqueueInOutbox } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { CompleteFulfilmentUseCase } from './complete-fulfilment.use-case';
import { FulfilmentSources } from './fulfilment-sources';
import { suppressionHash } from './suppression-hash';
import { useCaseTestModule } from './use-case-test-module';

jest.mock('@rightsdesk/persistence', () => ({
  ...jest.requireActual('@rightsdesk/persistence'),
  enqueueInOutbox: jest.fn(),
}));

const KEY = Buffer.alloc(32, 7);

describe(CompleteFulfilmentUseCase.name, () => {
  const step = (action: string, source: string, status = 'done') => ({
    id: `${action}-${source}`,
    requestId: 'request-1',
    action,
    source,
    status,
    planned: { location: { customerId: 7 } },
    result: { erased: 3 },
  });
  let request: { id: string; type: string; status: string; subjectId: string };
  /** The status a re-read inside the completing transaction sees. */
  let statusAtCompletion: string;
  let reads: number;
  let steps: ReturnType<typeof step>[];
  const suppressed: unknown[] = [];
  const manager = {
    getRepository: jest.fn((entity: unknown) => {
      if (entity === FulfilmentStep) return { findBy: async () => steps };
      throw new Error('unexpected repository');
    }),
    query: jest.fn(),
    createQueryBuilder: () => {
      const builder = {
        insert: () => builder,
        into: () => builder,
        values: (values: unknown) => (suppressed.push(values), builder),
        orIgnore: () => builder,
        execute: async () => undefined,
      };
      return builder;
    },
  };
  const requests = {
    getById: jest.fn(async () =>
      reads++ === 0 ? request : { ...request, status: statusAtCompletion },
    ),
    subjectOf: jest.fn(async () => ({ email: 'Ada@Example.org' })),
    transition: jest.fn(),
  };
  const shopDb = { system: { name: 'shop_db' }, residualAfterErasure: jest.fn() };
  const registry = {
    connectors: [shopDb],
    // The mailer is a recipient told by webhook: it answers for its own system.
    toldSystem: (name: string) => (name === 'mailer' ? { name } : undefined),
  };

  async function complete(): Promise<CompleteFulfilmentUseCase> {
    const moduleRef = await useCaseTestModule(CompleteFulfilmentUseCase, manager, [
      { provide: FulfilmentSources, useValue: { ofRequest: async () => registry } },
      { provide: RequestRepository, useValue: requests },
    ]);
    return moduleRef.get(CompleteFulfilmentUseCase);
  }

  beforeEach(() => {
    jest.clearAllMocks();
    suppressed.length = 0;
    request = { id: 'request-1', type: 'delete', status: 'in_progress', subjectId: 'subject-1' };
    statusAtCompletion = 'in_progress';
    reads = 0;
    steps = [step('erase', 'shop_db'), step('erase', 'mailer')];
    shopDb.residualAfterErasure.mockResolvedValue({ customers: 0, orders: 0 });
  });

  it('a person whose data is erased everywhere has the request completed, is told, and is suppressed', async () => {
    await (await complete()).execute('request-1');
    expect(shopDb.residualAfterErasure).toHaveBeenCalledWith(
      { email: 'Ada@Example.org' },
      { customerId: 7 },
    );
    // The proof that nothing was left is kept on the step.
    expect(manager.query).toHaveBeenCalledWith(expect.stringContaining('UPDATE fulfilment_steps'), [
      'erase-shop_db',
      JSON.stringify({ erased: 3, residual: { customers: 0, orders: 0 } }),
    ]);
    expect(suppressed).toEqual([
      {
        identityHash: suppressionHash(KEY, 'ada@example.org'),
        reason: 'deleted',
        requestId: 'request-1',
      },
    ]);
    expect(requests.transition).toHaveBeenCalledWith(
      'request-1',
      'complete',
      expect.objectContaining({
        actor: 'worker',
        changes: { completedAt: expect.any(Date), failure: null },
      }),
    );
    expect(enqueueInOutbox).toHaveBeenCalledWith(
      manager,
      expect.objectContaining({
        jobName: 'notice.render',
        payload: { v: 1, requestId: 'request-1', notice: 'request_completed' },
      }),
    );
  });

  it('a recipient told by webhook is not re-queried: it answers for its own system', async () => {
    await (await complete()).execute('request-1');
    expect(shopDb.residualAfterErasure).toHaveBeenCalledTimes(1);
    expect(manager.query).toHaveBeenCalledTimes(1);
  });

  it('an erasure that left rows fails the check: nothing is completed, suppressed or sent', async () => {
    shopDb.residualAfterErasure.mockResolvedValue({ customers: 0, orders: 2 });
    await expect((await complete()).execute('request-1')).rejects.toThrow(
      'erasure in shop_db left rows: orders 2',
    );
    expect(suppressed).toEqual([]);
    expect(requests.transition).not.toHaveBeenCalled();
    expect(enqueueInOutbox).not.toHaveBeenCalled();
  });

  it('a person who withdrew consent is suppressed as such', async () => {
    request.type = 'withdraw_consent';
    steps = [step('withdraw_consent', 'shop_db')];
    await (await complete()).execute('request-1');
    expect(suppressed).toEqual([expect.objectContaining({ reason: 'consent_withdrawn' })]);
    expect(requests.transition).toHaveBeenCalled();
  });

  it('an access request completes with no suppression record and no erasure check', async () => {
    request.type = 'access';
    steps = [step('collect', 'shop_db')];
    await (await complete()).execute('request-1');
    expect(shopDb.residualAfterErasure).not.toHaveBeenCalled();
    expect(suppressed).toEqual([]);
    expect(requests.transition).toHaveBeenCalledWith('request-1', 'complete', expect.anything());
  });

  it('a request still waiting for a recipient or staff is left open, quietly', async () => {
    steps = [step('erase', 'shop_db'), step('erase', 'mailer', 'waiting')];
    await (await complete()).execute('request-1');
    expect(requests.transition).not.toHaveBeenCalled();
    expect(enqueueInOutbox).not.toHaveBeenCalled();
  });

  it('a step still to run is an error naming it, and the request is not completed', async () => {
    steps = [step('erase', 'shop_db', 'pending'), step('erase', 'mailer', 'waiting')];
    await expect((await complete()).execute('request-1')).rejects.toThrow(
      'steps not done: erase/shop_db, erase/mailer',
    );
    expect(requests.transition).not.toHaveBeenCalled();
  });

  it('a request no longer in progress (completed by its step, or cancelled) is left as it is', async () => {
    request.status = 'cancelled';
    await (await complete()).execute('request-1');
    expect(shopDb.residualAfterErasure).not.toHaveBeenCalled();
    expect(requests.transition).not.toHaveBeenCalled();
  });

  it('a request cancelled while the check ran is not completed and the person is not told', async () => {
    statusAtCompletion = 'cancelled';
    await (await complete()).execute('request-1');
    expect(requests.transition).not.toHaveBeenCalled();
    expect(enqueueInOutbox).not.toHaveBeenCalled();
  });
});
