import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { insertRequest, reportsDatabase } from './report-fixtures';

/** The requests_record_closing trigger: what every report reads about a request's response. */
describe('closing a request records when and whether only in part', () => {
  let db: DataSource;

  beforeAll(async () => {
    ({ dataSource: db } = await reportsDatabase('closing'));
  }, 60_000);
  afterAll(() => db?.destroy());

  const close = async (id: string, status: string, completedAt: string | null = null) => {
    await db.query('UPDATE requests SET status = $2, completed_at = $3 WHERE id = $1', [
      id,
      status,
      completedAt,
    ]);
    const [row] = (await db.query(
      'SELECT closed_at, complied_in_part FROM requests WHERE id = $1',
      [id],
    )) as Array<{ closed_at: Date | null; complied_in_part: boolean }>;
    return row;
  };

  it('marks a deletion that kept rows under a legal exception as complied with in part', async () => {
    const id = await insertRequest(db, {
      reference: 'KEPT',
      type: 'delete',
      status: 'in_progress',
      received: '2026-01-05 12:00',
    });
    await db.query(
      `INSERT INTO fulfilment_steps (request_id, action, source, status, result) VALUES
         ($1, 'erase', 'shop', 'done', '{"tables": [{"table": "orders", "action": "retain", "rowsRetained": 3}]}'),
         ($1, 'erase', 'crm', 'done', '{"tables": [{"table": "contacts", "rowsDeleted": 1}]}')`,
      [id],
    );
    const row = await close(id, 'completed', '2026-01-20T10:00:00Z');
    expect(row).toEqual({ closed_at: new Date('2026-01-20T10:00:00Z'), complied_in_part: true });
  });

  it('marks a full erasure as complied with in whole', async () => {
    const id = await insertRequest(db, {
      reference: 'GONE',
      type: 'delete',
      status: 'in_progress',
      received: '2026-01-05 12:00',
    });
    await db.query(
      `INSERT INTO fulfilment_steps (request_id, action, source, status, result)
       VALUES ($1, 'erase', 'shop', 'done', '{"tables": [{"table": "orders", "rowsDeleted": 2, "rowsRetained": 0}]}')`,
      [id],
    );
    expect((await close(id, 'completed', '2026-01-21T10:00:00Z')).complied_in_part).toBe(false);
  });

  it('records the moment of a denial or expiry, and never moves it again', async () => {
    const id = await insertRequest(db, {
      reference: 'DENIED',
      status: 'awaiting_review',
      received: '2026-01-05 12:00',
    });
    const before = Date.now();
    const denied = await close(id, 'denied');
    expect(denied.closed_at?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // A later write of the same status (e.g. a retried update) leaves the date of response alone.
    expect((await close(id, 'denied')).closed_at).toEqual(denied.closed_at);
  });

  it('leaves open requests without a closing date', async () => {
    const id = await insertRequest(db, {
      reference: 'OPEN',
      status: 'received',
      received: '2026-01-05 12:00',
    });
    expect(await close(id, 'pending_verification')).toEqual({
      closed_at: null,
      complied_in_part: false,
    });
  });
});
