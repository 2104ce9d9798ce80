import { ABANDONED_MESSAGE, FailAbandonedFulfilmentUseCase } from '@rightsdesk/fulfilment';
import { enqueueInOutbox } from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { TestApi, startTestApi } from '../../support/api-app';
import { insertQueueRow } from '../review/queue-rows.support';

/**
 * A person's access request was being carried out when the worker holding its last job died
 * before it could record the failure (a kill, under load): no job is left, and the request
 * would say "in progress" forever. After a quiet while it fails visibly, on the step that was
 * not done, so the officer sees what happened and starts it again. A request whose job is still
 * queued, one waiting on a recipient's answer and one still being worked on are left alone.
 */
describe('a request in progress that no job is left to run', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  async function inProgress(step: 'pending' | 'waiting', quietMinutes: number): Promise<string> {
    const { id } = await insertQueueRow(api.dataSource, { status: 'in_progress', dueInDays: 20 });
    await api.dataSource.query(
      `INSERT INTO fulfilment_steps (request_id, action, source, status, attempts, updated_at)
       VALUES ($1, 'access', 'all', $2, 6, now() - make_interval(mins => $3))`,
      [id, step, quietMinutes],
    );
    await api.dataSource.query(
      `UPDATE requests SET updated_at = now() - make_interval(mins => $2) WHERE id = $1`,
      [id, quietMinutes],
    );
    return id;
  }

  const stateOf = async (id: string) =>
    (
      await api.dataSource.query(
        `SELECT r.status, r.failure->>'message' AS message, s.status AS step
           FROM requests r JOIN fulfilment_steps s ON s.request_id = r.id WHERE r.id = $1`,
        [id],
      )
    )[0];

  const sweep = () => api.app.get(FailAbandonedFulfilmentUseCase).runOnce();

  it('fails it visibly on its unfinished step, so the officer can start it again', async () => {
    const abandoned = await inProgress('pending', 10);

    await sweep();

    expect(await stateOf(abandoned)).toEqual({
      status: 'failed',
      message: ABANDONED_MESSAGE,
      step: 'failed',
    });
    const page = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM request_events WHERE request_id = $1 AND action = 'request.fail'`,
      [abandoned],
    );
    expect(page[0].n).toBe(1);
    // A second pass (another worker) changes nothing more.
    await sweep();
    expect((await stateOf(abandoned)).status).toBe('failed');
  });

  it('leaves alone a request whose job still waits to run, one waiting on a recipient, and one still worked on', async () => {
    const queued = await inProgress('pending', 10);
    await enqueueInOutbox(
      api.dataSource.manager,
      outboxEntryFor(
        'fulfilment.start',
        { v: 1, requestId: queued, generation: 0 },
        jobIdFor('fulfilment.start', queued, 'g0'),
      ),
    );
    const waiting = await inProgress('waiting', 60);
    const recent = await inProgress('pending', 1);

    await sweep();

    expect((await stateOf(queued)).status).toBe('in_progress');
    expect((await stateOf(waiting)).status).toBe('in_progress');
    expect((await stateOf(recent)).status).toBe('in_progress');
  });
});
