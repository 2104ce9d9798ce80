import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { RequestEvent, dataSourceOptions, findChainBreak } from '@rightsdesk/persistence';
import { sealAuditChain } from '@rightsdesk/requests';
import { RequestAggregate, requestAggregateFor } from '../../support/request-aggregate';
import { TEST_DATABASE_URL } from '../../support/test-env';
import { createTestRequest } from '../../support/requests';

describe('audit trail', () => {
  let dataSource: DataSource;
  let aggregate: RequestAggregate;
  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(TEST_DATABASE_URL)).initialize();
    aggregate = await requestAggregateFor(dataSource);
  });
  afterAll(() => dataSource.destroy());

  async function chain(): Promise<RequestEvent[]> {
    return dataSource
      .getRepository(RequestEvent)
      .createQueryBuilder('event')
      .where('event.chain_seq IS NOT NULL')
      .orderBy('event.chain_seq')
      .getMany();
  }

  async function sealEverything(): Promise<void> {
    while ((await sealAuditChain(dataSource, 50)) > 0) {
      /* drain in small batches to cross batch boundaries */
    }
  }

  it('seals concurrent appends into one unbroken chain, in batches', async () => {
    const requestId = await createTestRequest(dataSource);
    await Promise.all(
      Array.from({ length: 120 }, (_, index) =>
        aggregate.transactions.withTransaction(() =>
          aggregate.audit.append({ requestId, actor: 'test', action: `step.${index}` }),
        ),
      ),
    );
    await sealEverything();
    const [{ unsealed }] = await dataSource.query(
      `SELECT count(*)::int AS unsealed FROM request_events WHERE chain_seq IS NULL`,
    );
    expect(unsealed).toBe(0);
    const events = await chain();
    const steps = events.filter(
      (event) => event.requestId === requestId && event.action.startsWith('step.'),
    );
    expect(steps).toHaveLength(120);
    expect(findChainBreak(events)).toBeNull();
  });

  it('does not chain an event whose transaction rolled back', async () => {
    const requestId = await createTestRequest(dataSource);
    await expect(
      aggregate.transactions.withTransaction(async () => {
        await aggregate.audit.append({ requestId, actor: 'test', action: 'never.happened' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await sealEverything();
    const actions = (await chain())
      .filter((event) => event.requestId === requestId)
      .map((event) => event.action);
    expect(actions).toContain('request.received');
    expect(actions).not.toContain('never.happened');
    expect(findChainBreak(await chain())).toBeNull();
  });

  it('refuses to change or remove a recorded event, sealed or not', async () => {
    const requestId = await createTestRequest(dataSource);
    await expect(
      dataSource.query(`UPDATE request_events SET actor = 'mallory' WHERE request_id = $1`, [
        requestId,
      ]),
    ).rejects.toThrow(/append-only/);
    await sealEverything();
    await expect(
      dataSource.query(`UPDATE request_events SET hash = repeat('0', 64) WHERE request_id = $1`, [
        requestId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      dataSource.query(`DELETE FROM request_events WHERE request_id = $1`, [requestId]),
    ).rejects.toThrow(/append-only/);
  });

  it('names the first altered row when someone bypasses the trigger', async () => {
    const requestId = await createTestRequest(dataSource);
    for (const action of ['a', 'b', 'c']) {
      await aggregate.transactions.withTransaction(() =>
        aggregate.audit.append({ requestId, actor: 'test', action }),
      );
    }
    await sealEverything();
    const [target] = (await dataSource.query(
      `SELECT seq FROM request_events WHERE request_id = $1 AND action = 'b'`,
      [requestId],
    )) as Array<{ seq: string }>;
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      // A superuser can switch triggers off; the hash chain still gives the edit away.
      await runner.query(
        'ALTER TABLE request_events DISABLE TRIGGER request_events_no_update_delete',
      );
      await runner.query(`UPDATE request_events SET reason = 'rewritten' WHERE seq = $1`, [
        target.seq,
      ]);
      expect(findChainBreak(await chain())).toEqual({ seq: target.seq, problem: 'hash_mismatch' });
    } finally {
      await runner.query(`UPDATE request_events SET reason = NULL WHERE seq = $1`, [target.seq]);
      await runner.query(
        'ALTER TABLE request_events ENABLE TRIGGER request_events_no_update_delete',
      );
      await runner.release();
    }
    expect(findChainBreak(await chain())).toBeNull();
  });
});
