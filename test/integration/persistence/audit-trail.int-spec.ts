import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  RequestEvent,
  appendAuditEvent,
  dataSourceOptions,
  findChainBreak,
} from '@rightsdesk/persistence';
import { TEST_DATABASE_URL } from '../../support/test-env';
import { createTestRequest } from '../../support/requests';

describe('audit trail', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(TEST_DATABASE_URL)).initialize();
  });
  afterAll(() => dataSource.destroy());

  async function allEvents(): Promise<RequestEvent[]> {
    return dataSource.getRepository(RequestEvent).find({ order: { seq: 'ASC' } });
  }

  it('chains concurrent appends into one unbroken sequence', async () => {
    const requestId = await createTestRequest(dataSource);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        dataSource.transaction((manager) =>
          appendAuditEvent(manager, { requestId, actor: 'test', action: `step.${index}` }),
        ),
      ),
    );
    const events = await allEvents();
    const seqs = events.map((event) => BigInt(event.seq));
    seqs.forEach((seq, index) => index > 0 && expect(seq).toBe(seqs[index - 1] + 1n));
    expect(findChainBreak(events)).toBeNull();
  });

  it('refuses to change or remove a recorded event', async () => {
    const requestId = await createTestRequest(dataSource);
    await dataSource.transaction((manager) =>
      appendAuditEvent(manager, { requestId, actor: 'test', action: 'kept' }),
    );
    await expect(
      dataSource.query(`UPDATE request_events SET actor = 'mallory' WHERE request_id = $1`, [
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
      await dataSource.transaction((manager) =>
        appendAuditEvent(manager, { requestId, actor: 'test', action }),
      );
    }
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
      expect(findChainBreak(await allEvents())).toEqual({
        seq: target.seq,
        problem: 'hash_mismatch',
      });
    } finally {
      await runner.query(`UPDATE request_events SET reason = NULL WHERE seq = $1`, [target.seq]);
      await runner.query(
        'ALTER TABLE request_events ENABLE TRIGGER request_events_no_update_delete',
      );
      await runner.release();
    }
    expect(findChainBreak(await allEvents())).toBeNull();
  });
});
