import 'reflect-metadata';
import { Test, TestingModule } from '@nestjs/testing';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '@rightsdesk/persistence';
import { AuditTrail, RequestRepository, RequestsModule } from '@rightsdesk/requests';
import { TEST_DATABASE_URL } from '../../support/test-env';
import { createTestRequest } from '../../support/requests';

/** Outside any HTTP request (as in worker jobs, the CLI and tests), transactions still hold. */
describe('transactional context', () => {
  let moduleRef: TestingModule;
  let txHost: TransactionHost<TransactionalAdapterTypeOrm>;
  let trail: AuditTrail;
  let requests: RequestRepository;
  let dataSource: DataSource;

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot(TEST_DATABASE_URL), RequestsModule],
    }).compile();
    txHost = moduleRef.get(TransactionHost);
    trail = moduleRef.get(AuditTrail);
    requests = moduleRef.get(RequestRepository);
    dataSource = moduleRef.get(DataSource);
  });
  afterAll(() => moduleRef.close());

  const actions = async (requestId: string) =>
    (
      (await dataSource.query('SELECT action FROM request_events WHERE request_id = $1', [
        requestId,
      ])) as Array<{ action: string }>
    ).map((row) => row.action);

  it('undoes every write of a use case that fails, and keeps those of one that succeeds', async () => {
    const requestId = await createTestRequest(dataSource);
    await expect(
      txHost.withTransaction(async () => {
        await trail.append({ requestId, actor: 'test', action: 'test.rolled_back' });
        throw new Error('the use case failed');
      }),
    ).rejects.toThrow('the use case failed');
    await txHost.withTransaction(() =>
      trail.append({ requestId, actor: 'test', action: 'test.committed' }),
    );
    const recorded = await actions(requestId);
    expect(recorded).toContain('test.committed');
    expect(recorded).not.toContain('test.rolled_back');
  });

  it('reads outside a transaction with the plain connection', async () => {
    const requestId = await createTestRequest(dataSource);
    expect(txHost.isTransactionActive()).toBe(false);
    expect((await requests.getById(requestId)).status).toBe('pending_verification');
  });
});
