import { Client } from 'pg';
import request from 'supertest';
import type { Server } from 'node:http';
import { TestApi, startTestApi } from '../../support/api-app';
import { ownTestDatabase } from '../../support/fresh-database';
import { TEST_SHOP_DATABASE_URL } from '../../support/test-env';

const OFFICERS = 24;

/**
 * Officers approving many corrections at the same moment while the shop answers slowly (its
 * customers locked for longer than a request may wait for one of Rightsdesk's ten connections):
 * every officer gets an answer, no approval waits on the shop while holding a connection, and
 * every correction is approved, its rows chosen and its fulfilment started exactly once.
 */
describe('corrections approved at the same moment while the shop is slow', () => {
  let api: TestApi;
  let manager: string;
  const ids: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_URL: await ownTestDatabase('simultaneous_approvals') });
    manager = `Bearer ${await api.apiKey('requests:manage')}`;
    const shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
    await shop.connect();
    const { rows } = await shop
      .query<{ email: string }>(
        `SELECT lower(email) AS email FROM customers GROUP BY lower(email)
          HAVING count(*) = 1 ORDER BY 1 LIMIT ${OFFICERS}`,
      )
      .finally(() => shop.end());
    const writer = `Bearer ${await api.apiKey('requests:write')}`;
    for (const { email } of rows) {
      const filed = await request(api.app.getHttpServer() as Server)
        .post('/api/v1/requests')
        .set('authorization', writer)
        .send({
          type: 'correct',
          email,
          corrections: [{ field: 'phone', value: '+1 510 555 0199' }],
        })
        .expect(201);
      ids.push((filed.body as { id: string }).id);
    }
    // Verified and waiting for an officer, as the person left them.
    await api.dataSource.query(
      `UPDATE requests SET status = 'awaiting_review' WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }, 120_000);
  afterAll(() => api.close());

  const approve = (id: string) =>
    request(api.app.getHttpServer() as Server)
      .post(`/api/v1/requests/${id}/approve`)
      .set('authorization', manager);

  const count = async (sql: string) =>
    ((await api.dataSource.query(sql, [ids])) as Array<{ n: number }>)[0]!.n;

  it('answers every officer and approves each correction once', async () => {
    expect(ids).toHaveLength(OFFICERS);
    const shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
    await shop.connect();
    await shop.query('BEGIN');
    await shop.query('LOCK TABLE customers IN ACCESS EXCLUSIVE MODE');
    const approving = Promise.all(ids.map((id) => approve(id)));
    await new Promise((held) => setTimeout(held, 7_000));
    await shop.query('ROLLBACK');
    await shop.end();
    const answers = await approving;

    expect(answers.map((answer) => [answer.status, answer.body.detail])).toEqual(
      ids.map(() => [200, undefined]),
    );
    expect(answers.map((answer) => answer.body.status)).toEqual(ids.map(() => 'approved'));
    const once = (action: string) =>
      count(
        `SELECT count(*)::int AS n FROM request_events
          WHERE request_id = ANY($1::uuid[]) AND action = '${action}'`,
      );
    expect(await once('request.approve')).toBe(OFFICERS);
    expect(await once('request.correction_rows_chosen')).toBe(OFFICERS);
    const chosen = (await api.dataSource.query(
      `SELECT details->'corrections'->0->'rows' AS rows FROM requests WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{ rows: string[] }>;
    expect(chosen.map((row) => row.rows.length)).toEqual(ids.map(() => 1));

    // A second approval by another officer changes nothing.
    const again = await Promise.all(ids.map((id) => approve(id)));
    expect(again.map((answer) => answer.status)).toEqual(ids.map(() => 409));
    expect(await once('request.approve')).toBe(OFFICERS);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox
          WHERE payload->>'requestId' = ANY($1::text[]) AND job_name = 'fulfilment.start'`,
      ),
    ).toBe(OFFICERS);
  }, 60_000);
});
