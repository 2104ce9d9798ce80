import request from 'supertest';
import { enqueueInOutbox } from '@rightsdesk/persistence';
import { jobIdFor, outboxEntryFor } from '@rightsdesk/queue';
import { TestApi, startTestApi } from '../../support/api-app';
import { StaffSessionForTests, staffSession } from '../../support/staff';
import { visibleText } from '../console/console.support';
import { insertQueueRow } from './queue-rows.support';

/**
 * An officer opens a request in progress, as the page and the REST view show it: "Start again" is
 * offered without asking the queues on every view. Only when the officer presses it are they
 * asked: while a job still works on the request, the officer is told it is being worked on now
 * and nothing changes.
 */
describe('starting again a request in progress: the queues are asked when the officer presses it', () => {
  let api: TestApi;
  let officer: StaffSessionForTests;
  let manager: string;

  beforeAll(async () => {
    api = await startTestApi();
    officer = await staffSession(api, 'privacy_officer');
    manager = `Bearer ${await api.apiKey('requests:manage', 'requests:read')}`;
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());

  /** A request in progress whose first job is still waiting to run (not yet handed to Redis). */
  async function inProgressWithWaitingJob(): Promise<string> {
    const { id } = await insertQueueRow(api.dataSource, { status: 'in_progress', dueInDays: 20 });
    const jobId = jobIdFor('fulfilment.start', id, 'g0');
    await enqueueInOutbox(
      api.dataSource.manager,
      outboxEntryFor('fulfilment.start', { v: 1, requestId: id, generation: 0 }, jobId),
    );
    return id;
  }

  const statusAndRetries = async (id: string) =>
    (
      await api.dataSource.query(
        `SELECT status,
                (SELECT count(*)::int FROM request_events
                  WHERE request_id = $1 AND action = 'request.retry') AS retries
           FROM requests WHERE id = $1`,
        [id],
      )
    )[0];

  it('offers "Start again" on the page, and tells the officer who presses it that it is being worked on now', async () => {
    const id = await inProgressWithWaitingJob();
    const page = await http().get(`/console/requests/${id}`).set('Cookie', officer.cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`action="/console/requests/${id}/retry"`);
    expect(visibleText(page.text)).toContain('Start again');

    const pressed = await http()
      .post(`/console/requests/${id}/retry`)
      .set('Cookie', officer.cookie)
      .type('form')
      .send({ _csrf: officer.csrfToken })
      .expect(303)
      .expect('location', `/console/requests/${id}`);
    const flash = (pressed.headers['set-cookie'] as unknown as string[])
      .find((cookie) => cookie.startsWith('rd_flash='))
      ?.split(';')[0];
    const after = await http()
      .get(`/console/requests/${id}`)
      .set('Cookie', `${officer.cookie}; ${flash}`)
      .expect(200);
    expect(visibleText(after.text)).toContain('it is being worked on now');
    expect(await statusAndRetries(id)).toEqual({ status: 'in_progress', retries: 0 });
  });

  it('lists retry among the actions of the REST view, and answers 409 "being worked on now" to it', async () => {
    const id = await inProgressWithWaitingJob();
    const view = await http()
      .get(`/api/v1/requests/${id}/review`)
      .set('authorization', manager)
      .expect(200);
    expect(view.body.actions).toContain('retry');

    const refused = await http()
      .post(`/api/v1/requests/${id}/retry`)
      .set('authorization', manager)
      .expect(409);
    expect(JSON.stringify(refused.body)).toMatch(/being worked on now/);
    expect(await statusAndRetries(id)).toEqual({ status: 'in_progress', retries: 0 });
  });
});
