import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { sealAuditChain } from '@rightsdesk/requests';
import { ReportContext, verifyAuditChain } from '@rightsdesk/reports';
import { requestAggregateFor } from '../../support/request-aggregate';
import { ZONE, insertRequest, reportsDatabase } from './report-fixtures';

/** The chain check over many rows and batches: positions 9, 10, 11 must follow in number order. */
describe(verifyAuditChain.name, () => {
  let db: DataSource;
  let context: ReportContext;

  beforeAll(async () => {
    ({ dataSource: db } = await reportsDatabase('chain'));
    context = { db, timeZone: ZONE, companyName: 'Example Shop', now: new Date() };
    const requestId = await insertRequest(db, {
      reference: 'RD-CHAIN',
      status: 'in_progress',
      received: '2026-01-05 12:00',
    });
    const { audit, transactions } = await requestAggregateFor(db);
    await transactions.withTransaction(async () => {
      for (let step = 1; step <= 25; step += 1) {
        await audit.append({
          requestId,
          actor: 'worker',
          action: 'request.step',
          data: { step },
        });
      }
    });
    while ((await sealAuditChain(db, 4)) > 0) {
      /* seal in small transactions, as the worker's sealer does under load */
    }
  }, 60_000);
  afterAll(() => db?.destroy());

  it.each([7, 10, 10_000])('finds 25 sealed rows intact, read %i at a time', async (batch) => {
    expect(await verifyAuditChain(context, batch)).toEqual({
      intact: true,
      checkedRows: 25,
      unsealedRows: 0,
      firstBreak: null,
    });
  });

  it('names row 12 when its data was altered, whatever the batch size', async () => {
    const [row] = (await db.query(
      'SELECT seq::text AS seq FROM request_events WHERE chain_seq = 12',
    )) as Array<{ seq: string }>;
    await db.transaction(async (manager) => {
      await manager.query("SET LOCAL session_replication_role = 'replica'");
      await manager.query(`UPDATE request_events SET data = '{"step": 99}' WHERE seq = $1`, [
        row.seq,
      ]);
    });
    for (const batch of [5, 10_000]) {
      const chain = await verifyAuditChain(context, batch);
      expect(chain).toMatchObject({
        intact: false,
        checkedRows: 12,
        firstBreak: {
          seq: row.seq,
          chainSeq: '12',
          reference: 'RD-CHAIN',
          problem: 'hash_mismatch',
        },
      });
    }
  });
});
