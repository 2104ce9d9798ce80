import { Client } from 'pg';
import request from 'supertest';
import { Correspondence, OutboxMessage, RequestEvent } from '@rightsdesk/persistence';
import { TestApi, startTestApi } from '../../support/api-app';
import { createTestRequest } from '../../support/requests';
import { TEST_SHOP_DATABASE_URL } from '../../support/test-env';
import { createStaffMember, staffSession } from '../../support/staff';
import { insertQueueRow } from './queue-rows.support';

/**
 * Officers' actions over the REST API, against the real Postgres: each changes the request, lands
 * in the audit trail and, where the law asks, renders the notice to the person with its send job.
 */
describe('review actions over the REST API', () => {
  let api: TestApi;
  let manager: string;
  let keyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    const key = await api.apiKey('requests:manage', 'requests:read', 'requests:appeal');
    manager = `Bearer ${key}`;
    const [row] = (await api.dataSource.query(
      'SELECT id FROM api_keys ORDER BY created_at DESC LIMIT 1',
    )) as Array<{ id: string }>;
    keyId = row!.id;
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  const post = (path: string, body: object = {}) =>
    http().post(`/api/v1/requests${path}`).set('authorization', manager).send(body);
  const review = async (id: string) =>
    (await http().get(`/api/v1/requests/${id}/review`).set('authorization', manager).expect(200))
      .body;
  /** A consent withdrawal needs no proof of identity, so it waits in review at once. */
  const awaitingReview = (input: Record<string, unknown> = {}) =>
    createTestRequest(api.dataSource, { type: 'withdraw_consent', ...input });
  const eventsOf = (requestId: string) =>
    api.dataSource
      .getRepository(RequestEvent)
      .find({ where: { requestId }, order: { seq: 'ASC' } });
  const noticesOf = (requestId: string, kind: string) =>
    api.dataSource.getRepository(Correspondence).find({ where: { requestId, kind } });

  it('approves a request awaiting review: audited with the key as actor, fulfilment scheduled', async () => {
    const id = await awaitingReview();
    const { body } = await post(`/${id}/approve`).expect(200);
    expect(body).toEqual({ id, status: 'approved' });
    const approval = (await eventsOf(id)).find((event) => event.action === 'request.approve');
    expect(approval).toMatchObject({
      actor: `api:${keyId}`,
      fromStatus: 'awaiting_review',
      toStatus: 'approved',
    });
    const jobs = await api.dataSource
      .getRepository(OutboxMessage)
      .findBy({ jobName: 'fulfilment.start' });
    expect(jobs.some((job) => (job.payload as { requestId: string }).requestId === id)).toBe(true);

    const again = await post(`/${id}/approve`).expect(409);
    expect(again.body.detail).toBe('cannot approve a request that is approved');
  });

  it('refuses to approve a request whose person is not verified yet', async () => {
    const id = await createTestRequest(api.dataSource, { type: 'access' });
    const { body } = await post(`/${id}/approve`).expect(409);
    expect(body.detail).toBe('cannot approve a request that is pending_verification');
    expect((await eventsOf(id)).map((event) => event.action)).not.toContain('request.approve');
  });

  it('denies on a basis from the list and sends the denial notice with the basis and appeal route', async () => {
    const id = await awaitingReview();
    const { body } = await post(`/${id}/deny`, {
      basis: 'manifestly_unfounded_or_excessive',
      note: 'this is the fifth identical request this month',
    }).expect(200);
    expect(body).toMatchObject({ status: 'denied', basis: 'manifestly_unfounded_or_excessive' });
    const denial = (await eventsOf(id)).find((event) => event.action === 'request.deny');
    expect(denial?.reason).toBe('this is the fifth identical request this month');
    const [notice] = await noticesOf(id, 'request_denied');
    expect(notice?.bodyText).toContain(
      'The reason: The request is manifestly unfounded or excessive: this is the fifth identical request this month.',
    );
    expect(notice?.bodyText).toMatch(/appeal this decision/);
    const send = await api.dataSource
      .getRepository(OutboxMessage)
      .findOneBy({ jobName: 'notice.send', jobId: `notice.send.${notice!.id}.all` });
    expect(send).not.toBeNull();
    const view = await review(id);
    expect(view.request.denial).toEqual({
      basis: 'manifestly_unfounded_or_excessive',
      reason: 'this is the fifth identical request this month',
    });
  });

  it.each<[object, RegExp]>([
    [{ note: 'no basis given' }, /basis: choose a basis from the list/],
    [{ basis: 'we do not feel like it', note: 'x' }, /basis: choose a basis from the list/],
    [{ basis: 'legal_claims', note: '   ' }, /note: an explanation is required/],
  ])('refuses a denial %j with a 400 and changes nothing', async (body, message) => {
    const id = await awaitingReview();
    const answer = await post(`/${id}/deny`, body).expect(400);
    expect(answer.body.detail).toMatch(message);
    expect((await review(id)).request.status).toBe('awaiting_review');
    expect(await noticesOf(id, 'request_denied')).toEqual([]);
  });

  it('extends the deadline once by the rules, telling the person why and the new date', async () => {
    const id = await awaitingReview();
    const before = await review(id);
    const { body } = await post(`/${id}/extend`, {
      reason: 'the request covers many systems',
    }).expect(200);
    // CCPA regs 7021(b): 45 more days from the original due date.
    const original = new Date(`${before.deadline.dueOn}T12:00:00Z`);
    const expected = new Date(original.getTime() + 45 * 86_400_000).toISOString().slice(0, 10);
    expect(body.dueOn).toBe(expected);
    expect(body.dueExplanation).toMatch(
      new RegExp(`^extended to ${expected}: 45 more days, notice given \\d{4}-\\d\\d-\\d\\d`),
    );
    const [notice] = await noticesOf(id, 'request_extended');
    expect(notice?.bodyText).toContain('Why: The request covers many systems.');
    expect(notice?.bodyText).toContain(`Our new date to answer you: extended to ${expected}`);
    const after = await review(id);
    expect(after.deadline.extension).toMatchObject({ reason: 'the request covers many systems' });
    expect(after.actions).not.toContain('extend');

    const twice = await post(`/${id}/extend`, { reason: 'still busy' }).expect(409);
    expect(twice.body.detail).toBe('cannot extend a request twice: the law allows one extension');
  });

  it('refuses to extend once the original deadline has passed', async () => {
    const { id } = await insertQueueRow(api.dataSource, {
      status: 'awaiting_review',
      dueInDays: -2,
    });
    await api.dataSource.query(
      `UPDATE requests SET due_rule = jsonb_build_object('dueOn', to_char(due_at AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD'),
         'basis', jsonb_build_object('regime', 'ccpa', 'kind', 'respond', 'period', jsonb_build_object('amount', 45, 'unit', 'days'),
           'receivedOn', '2026-01-01', 'citation', 'CCPA regs 7021(b)')) WHERE id = $1`,
      [id],
    );
    const { body } = await post(`/${id}/extend`, { reason: 'too late' }).expect(409);
    expect(body.detail).toMatch(/^cannot extend after the due date/);
    expect(await noticesOf(id, 'request_extended')).toEqual([]);
  });

  it('asks for information (notice sent), then records the answer and returns to review', async () => {
    const id = await awaitingReview();
    await post(`/${id}/request-information`, {
      message: 'which newsletter you mean',
    }).expect(200, { id, status: 'needs_info' });
    const [notice] = await noticesOf(id, 'information_needed');
    expect(notice?.bodyText).toContain('What we need: Which newsletter you mean.');
    await post(`/${id}/information-received`, { note: 'answered by phone: the weekly one' }).expect(
      200,
      { id, status: 'awaiting_review' },
    );
    const actions = (await eventsOf(id)).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(['request.ask_for_info', 'request.info_received']),
    );
  });

  it('keeps internal notes apart from the audit trail, which records only that one was added', async () => {
    const id = await awaitingReview();
    const { body } = await post(`/${id}/notes`, { body: 'Called Ms Example on 555-0100' }).expect(
      201,
    );
    const view = await review(id);
    expect(view.notes).toEqual([
      expect.objectContaining({
        id: body.id,
        body: 'Called Ms Example on 555-0100',
        author: `api:${keyId}`,
      }),
    ]);
    const event = (await eventsOf(id)).find((entry) => entry.action === 'request.note_added');
    expect(event?.data).toEqual({ noteId: body.id });
    expect(JSON.stringify(await eventsOf(id))).not.toContain('555-0100');
  });

  it('assigns and cancels; a closed request cannot be assigned', async () => {
    const id = await awaitingReview();
    const officer = await createStaffMember(api.dataSource, 'privacy_officer');
    const staffId = officer.id;
    await post(`/${id}/assign`, { assigneeId: staffId }).expect(200);
    expect((await review(id)).request.assignee).toEqual({ id: staffId, name: officer.name });
    const assignEvent = (await eventsOf(id)).find((event) => event.action === 'request.assign');
    expect(assignEvent?.data).toEqual({ assigneeId: staffId, previousAssigneeId: null });
    // Auditors only read; a made-up id is nobody.
    const auditor = await createStaffMember(api.dataSource, 'auditor');
    for (const assigneeId of [auditor.id, '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e']) {
      const refused = await post(`/${id}/assign`, { assigneeId }).expect(400);
      expect(refused.body.detail).toBe('No active staff member with that id can be assigned.');
    }
    await post(`/${id}/cancel`, { reason: 'the person withdrew it by phone' }).expect(200, {
      id,
      status: 'cancelled',
    });
    const { body } = await post(`/${id}/assign`, { assigneeId: staffId }).expect(409);
    expect(body.detail).toMatch(/cannot assign a request that is cancelled/);
    await post(`/${id}/assign`, { assigneeId: 'bob' }).expect(400);
  });

  it('approves and assigns in bulk, saying for each request what happened', async () => {
    const first = await awaitingReview();
    const second = await awaitingReview();
    const unverified = await createTestRequest(api.dataSource, { type: 'access' });
    const { body } = await post('/bulk/approve', { ids: [first, second, unverified] }).expect(200);
    expect(body.results).toEqual([
      { id: first, ok: true, status: 'approved' },
      { id: second, ok: true, status: 'approved' },
      {
        id: unverified,
        ok: false,
        message: 'cannot approve a request that is pending_verification',
      },
    ]);
    const staffId = (await createStaffMember(api.dataSource, 'admin')).id;
    const assigned = await post('/bulk/assign', { ids: [first, unverified], assigneeId: staffId });
    expect(assigned.status).toBe(200);
    expect(assigned.body.results).toEqual([
      { id: first, ok: true },
      { id: unverified, ok: true },
    ]);
    await post('/bulk/approve', { ids: [] }).expect(400);
    await post('/bulk/approve', { ids: [first, first] }).expect(400);
  });

  it('decides a Virginia appeal: upheld names the Attorney General; reversed completes it', async () => {
    const appealOf = async () => {
      const id = await awaitingReview({ residence: { country: 'US', region: 'VA' } });
      await post(`/${id}/deny`, { basis: 'legal_obligation', note: 'tax records' }).expect(200);
      const { body } = await post(`/${id}/appeal`, { reason: 'I disagree' }).expect(201);
      expect(body.status).toBe('awaiting_review');
      return body.id as string;
    };
    const upheld = await appealOf();
    await post(`/${upheld}/approve`).expect(409);
    await post(`/${upheld}/appeal-decision`, {
      decision: 'uphold',
      reason: 'the law requires us to keep tax records for seven years',
    }).expect(200, { id: upheld, status: 'denied', decision: 'uphold' });
    const [refusal] = await noticesOf(upheld, 'appeal_decided');
    expect(refusal?.bodyText).toContain('We have decided to keep our earlier decision.');
    expect(refusal?.bodyText).toContain('the Virginia Attorney General');

    const reversed = await appealOf();
    await post(`/${reversed}/appeal-decision`, {
      decision: 'reverse',
      reason: 'the records are past their retention period',
    }).expect(200, { id: reversed, status: 'completed', decision: 'reverse' });
    // The refused work is done now: a new request of the original kind waits in review.
    const [followUp] = (await api.dataSource.query(
      `SELECT id, type, status, details FROM requests WHERE details->>'reopenedByAppeal' = $1`,
      [reversed],
    )) as Array<{ id: string; type: string; status: string }>;
    expect(followUp).toMatchObject({ type: 'withdraw_consent', status: 'awaiting_review' });
    const completion = (await eventsOf(reversed)).find(
      (event) => event.action === 'request.complete',
    );
    expect(completion?.data).toMatchObject({ decision: 'reverse', followUp: followUp!.id });
    const [grant] = await noticesOf(reversed, 'appeal_decided');
    expect(grant?.bodyText).toContain('we have reversed our earlier decision');
    expect(grant?.bodyText).not.toContain('Attorney General');
    const notAppeal = await awaitingReview();
    const { body } = await post(`/${notAppeal}/appeal-decision`, {
      decision: 'uphold',
      reason: 'x',
    }).expect(409);
    expect(body.detail).toMatch(/is not an appeal/);
  });

  it('answers unknown and malformed ids with 404, and a read-only key with 403', async () => {
    await post('/00000000-0000-4000-8000-000000000000/approve').expect(404);
    await post('/not-an-id/deny', { basis: 'legal_claims', note: 'x' }).expect(404);
    await http().get('/api/v1/requests/not-an-id/review').set('authorization', manager).expect(404);
    const readOnly = `Bearer ${await api.apiKey('requests:read')}`;
    const id = await awaitingReview();
    const { body } = await http()
      .post(`/api/v1/requests/${id}/approve`)
      .set('authorization', readOnly)
      .expect(403);
    expect(body.detail).toMatch(/requests:manage/);
  });

  it('lets a signed-in officer act through the session cookie, and refuses an auditor', async () => {
    const id = await awaitingReview();
    const auditor = await staffSession(api, 'auditor');
    const refused = await http()
      .post(`/api/v1/requests/${id}/approve`)
      .set('Cookie', auditor.cookie)
      .set('X-CSRF-Token', auditor.csrfToken)
      .expect(403);
    expect(refused.body.detail).toMatch(/Auditor.*requests:manage/);
    // Auditors read the queue and the request like everyone else.
    await http().get(`/api/v1/requests/${id}/review`).set('Cookie', auditor.cookie).expect(200);

    const officer = await staffSession(api, 'privacy_officer');
    await http()
      .post(`/api/v1/requests/${id}/approve`)
      .set('Cookie', officer.cookie)
      .set('X-CSRF-Token', officer.csrfToken)
      .expect(200, { id, status: 'approved' });
    const approval = (await eventsOf(id)).find((event) => event.action === 'request.approve');
    expect(approval?.actor).toBe(`staff:${officer.id}`);
    const view = await http()
      .get(`/api/v1/requests/${id}/review`)
      .set('Cookie', auditor.cookie)
      .expect(200);
    expect(view.body.actions).toEqual([]);
  });

  it('shows what each source holds for the person before approval, read without changing it', async () => {
    const shop = new Client({ connectionString: TEST_SHOP_DATABASE_URL });
    await shop.connect();
    const { rows } = await shop
      .query('SELECT email FROM customers ORDER BY id LIMIT 1 OFFSET 7')
      .finally(() => shop.end());
    const email = (rows[0] as { email: string }).email;
    // An earlier run's open request for the same person would make this one a duplicate.
    await api.dataSource.query(
      `UPDATE requests SET status = 'cancelled' WHERE status NOT IN ('completed', 'denied', 'cancelled', 'expired')
         AND subject_id IN (SELECT id FROM subject_identities WHERE email = lower($1))`,
      [email],
    );
    const id = await awaitingReview({ email });
    const view = await review(id);
    const shopFound = view.found.find((entry: { source: string }) => entry.source === 'shop');
    expect(shopFound).toMatchObject({ action: 'lookup', status: 'found now' });
    expect(shopFound.rows).toBeGreaterThan(0);
    expect(shopFound.preview.length).toBeGreaterThan(0);
  });
});
